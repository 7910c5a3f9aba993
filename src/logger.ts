import { AsyncLocalStorage } from "node:async_hooks";
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

/** What every log line written while serving a request carries (set by the app's request handler). */
export interface RequestScope {
  requestId: string;
  /** The GraphQL operation's name, once known. */
  operation?: string;
  operationType?: string;
  /** `ok` or the first error's code, once the GraphQL result is known. */
  outcome?: string;
}
export const requestScope = new AsyncLocalStorage<RequestScope>();

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const paths = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `headers["${k}"]`]);
  const mixin = () => {
    const scope = requestScope.getStore();
    return scope ? (scope.operation ? { requestId: scope.requestId, operation: scope.operation } : { requestId: scope.requestId }) : {};
  };
  return pino({ level, redact: { paths, censor: "[redacted]" }, base: undefined, mixin }, destination);
}
