import { readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { TLSSocket } from "node:tls";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { databaseUrlProblems, pgConfigFromUrl } from "../../src/db/url.js";

// Test PKI (test/fixtures/tls): ca.pem signed server.pem, whose only name is db.gateway.test;
// other-ca.pem signed nothing here.
const TLS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/tls");
const CA = path.join(TLS, "ca.pem");
const OTHER_CA = path.join(TLS, "other-ca.pem");

/**
 * The server half of PostgreSQL's TLS start (SSLRequest → 'S' → TLS handshake), then just enough
 * protocol (AuthenticationOk, ReadyForQuery) for node-postgres's connect() to succeed, so a connect
 * succeeds exactly when the client accepted the server's certificate.
 */
let server: Server;
let port = 0;
beforeAll(async () => {
  const key = readFileSync(path.join(TLS, "server.key"));
  const cert = readFileSync(path.join(TLS, "server.pem"));
  server = createServer((socket: Socket) => {
    socket.once("data", (first) => {
      if (first.length !== 8 || first.readInt32BE(4) !== 80877103) return socket.destroy();
      socket.write("S");
      const tls = new TLSSocket(socket, { isServer: true, key, cert });
      tls.on("error", () => {});
      tls.once("data", () => {
        const ok = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]); // 'R' AuthenticationOk
        const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z' ReadyForQuery (idle)
        tls.write(Buffer.concat([ok, ready]));
      });
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Connects with the config the gateway builds from this URL: "connected", or the TLS error's code. */
async function connect(query: string): Promise<string> {
  const client = new pg.Client({ ...pgConfigFromUrl(`postgresql://postgres@127.0.0.1:${port}/gateway?${query}`), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    return "connected";
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  }
}

describe("sslmode against a TLS server", () => {
  it("verify-ca accepts a certificate from the CA in sslrootcert, whatever host name it carries", async () => {
    expect(await connect(`sslmode=verify-ca&sslrootcert=${CA}`)).toBe("connected");
  });

  it("verify-ca refuses a certificate of another CA (it used not to verify at all)", async () => {
    expect(await connect(`sslmode=verify-ca&sslrootcert=${OTHER_CA}`)).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|unable to verify/i);
  });

  it("verify-full also checks the host name: 127.0.0.1 is not db.gateway.test", async () => {
    expect(await connect(`sslmode=verify-full&sslrootcert=${CA}`)).toBe("ERR_TLS_CERT_ALTNAME_INVALID");
    expect(await connect(`sslmode=verify-full&sslrootcert=${OTHER_CA}`)).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED/);
  });

  it("require encrypts without verifying (libpq's meaning)", async () => {
    expect(await connect("sslmode=require")).toBe("connected");
    expect(await connect("sslmode=disable")).not.toBe("connected");
  });
});

describe("the pg config built from DATABASE_URL", () => {
  it("verify-ca: the CA from sslrootcert, rejectUnauthorized, no host name check", () => {
    const ssl = pgConfigFromUrl(`postgresql://u@db.example:5432/g?sslmode=verify-ca&sslrootcert=${CA}`).ssl as Record<string, unknown>;
    expect(ssl).toMatchObject({ rejectUnauthorized: true, ca: readFileSync(CA, "utf8") });
    expect((ssl.checkServerIdentity as () => unknown)()).toBeUndefined();
  });

  it("verify-full: rejectUnauthorized and Node's own host name check; disable: no TLS", () => {
    const ssl = pgConfigFromUrl(`postgresql://u@db.example:5432/g?sslmode=verify-full&sslrootcert=${CA}`).ssl as Record<string, unknown>;
    expect(ssl).toMatchObject({ rejectUnauthorized: true, ca: readFileSync(CA, "utf8") });
    expect(ssl.checkServerIdentity).toBeUndefined();
    expect(pgConfigFromUrl("postgresql://u@db.example/g?sslmode=verify-full").ssl).toEqual({ rejectUnauthorized: true });
    expect(pgConfigFromUrl("postgresql://u@db.example/g?sslmode=disable").ssl).toBeUndefined();
  });

  it("verify-ca without a CA, or an unknown sslmode, stops the start with a config error", () => {
    expect(databaseUrlProblems("postgresql://u@db.example/g?sslmode=verify-ca")).toEqual([expect.stringContaining("sslmode=verify-ca needs sslrootcert")]);
    expect(databaseUrlProblems("postgresql://u@db.example/g?sslmode=verify")).toEqual([expect.stringContaining("sslmode must be one of")]);
    const env = { AUTH_JWT_SECRET: "x".repeat(32), TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`, OAUTH_STATE_SECRET: "y".repeat(32) };
    expect(() => loadConfig({ ...env, DATABASE_URL: "postgresql://u@db.example/g?sslmode=verify-ca" })).toThrow(ConfigError);
    expect(() => pgConfigFromUrl(`postgresql://u@db.example/g?sslmode=verify-ca&sslrootcert=${TLS}/missing.pem`)).toThrow(/cannot read sslrootcert/);
  });
});
