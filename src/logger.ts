import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Field names whose values never reach a log line, wherever they sit in the logged object. */
const SECRET_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "accessToken",
  "refreshToken",
  "access_token",
  "refresh_token",
  "id_token",
  "code",
  "code_verifier",
  "client_secret",
  "token",
  "apiKey",
  "secret",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const paths = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `headers["${k}"]`]);
  return pino({ level, redact: { paths, censor: "[redacted]" }, base: undefined }, destination);
}
