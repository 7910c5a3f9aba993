import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { SignJWT } from "jose";
import { startTestJwks, type TestJwks } from "../support/jwks.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { encodeGlobalId } from "../../src/ids.js";
import { connect, ResolveCredential } from "../support/credentials.js";
import { JWT_SECRET, SERVICE_AUDIENCE, SERVICE_JWT_SECRET, startTestGateway, type TestGateway } from "../support/gateway.js";

// Service callers (tool runners) are not users with a claim: their tokens are verified apart, for
// their own audience, and act only on resolveCredential.

const UserFields = graphql(`query ServiceAsUser { viewer { userId } }`);
const ConnectionsAsService = graphql(`query ConnectionsAsService { connections { id } }`);
const StartAsService = graphql(`
  mutation StartAsService($input: StartOAuthInput!) { startOAuth(input: $input) { authorizationUrl } }
`);

const enc = (s: string) => new TextEncoder().encode(s);
const hs256 = (secret: string, sub: string, claims: Record<string, unknown>, configure: (j: SignJWT) => SignJWT = (j) => j) =>
  configure(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuedAt().setExpirationTime("5m")).sign(enc(secret));

async function resolveAs(gw: TestGateway, connectionId: string, token: string | null) {
  return gw.gql(ResolveCredential, { userId: "alice", connectionId, tool: "drive_list_files" }, token ? { token } : { as: null });
}

const expectNoToken = (gw: TestGateway, result: unknown) => {
  const text = JSON.stringify(result);
  for (const token of gw.google.accessTokens.keys()) expect(text).not.toContain(token);
};

describe("service tokens are verified apart from user tokens", () => {
  let gw: TestGateway;
  let alice: { id: string };
  beforeAll(async () => {
    gw = await startTestGateway({ env: { SERVICE_JWT_ISSUER: "https://runners.example" } });
    alice = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
  });
  afterAll(() => gw.close());

  const service = (claims: Record<string, unknown> = {}, configure: (j: SignJWT) => SignJWT = (j) => j) =>
    hs256(SERVICE_JWT_SECRET, "tool-runner", { token_use: "service", ...claims }, (j) => configure(j.setAudience(SERVICE_AUDIENCE).setIssuer("https://runners.example")));

  it("a service token resolves; it needs its secret, audience, issuer, token_use and exp", async () => {
    const ok = await resolveAs(gw, alice.id, await service());
    expect(ok.errors).toBeUndefined();
    expect(gw.google.accessTokens.has(ok.data!.resolveCredential.accessToken)).toBe(true);
    const refused: Record<string, string> = {
      "user secret": await hs256(JWT_SECRET, "tool-runner", { token_use: "service" }, (j) => j.setAudience(SERVICE_AUDIENCE).setIssuer("https://runners.example")),
      "wrong audience": await service({}, (j) => j.setAudience("gateway")),
      "wrong issuer": await service({}, (j) => j.setIssuer("https://evil.example")),
      "no token_use": await service({ token_use: undefined }),
      "token_use user": await service({ token_use: "user" }),
      "no exp": await new SignJWT({ token_use: "service" }).setProtectedHeader({ alg: "HS256" }).setSubject("tool-runner").setAudience(SERVICE_AUDIENCE).setIssuer("https://runners.example").sign(enc(SERVICE_JWT_SECRET)),
      expired: await service({}, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60)),
    };
    for (const [name, token] of Object.entries(refused)) {
      const result = await resolveAs(gw, alice.id, token);
      expect(result.data, name).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, name).toBe("UNAUTHENTICATED");
      expectNoToken(gw, result);
    }
  });

  it("a user token can never act as a service, whatever claims it carries", async () => {
    // A valid user token is a user (FORBIDDEN here); one addressed to services fails service verification.
    const attempts: Record<string, [string, string]> = {
      "scope credentials:resolve": [await gw.tokenFor("mallory", { scope: "credentials:resolve" }), "FORBIDDEN"],
      "the service audience": [await hs256(JWT_SECRET, "mallory", { scope: "credentials:resolve" }, (j) => j.setAudience(SERVICE_AUDIENCE)), "UNAUTHENTICATED"],
      "token_use service + audience + issuer": [await hs256(JWT_SECRET, "mallory", { token_use: "service", scope: "credentials:resolve" }, (j) => j.setAudience(SERVICE_AUDIENCE).setIssuer("https://runners.example")), "UNAUTHENTICATED"],
      "alice herself": [await gw.tokenFor("alice", { scope: "credentials:resolve" }), "FORBIDDEN"],
    };
    for (const [name, [token, code]] of Object.entries(attempts)) {
      const result = await resolveAs(gw, alice.id, token);
      expect(result.data, name).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, name).toBe(code);
      expectNoToken(gw, result);
    }
    const anonymous = await resolveAs(gw, alice.id, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a service token is not a user: user fields are FORBIDDEN and no user is created for it", async () => {
    const token = await service({}, (j) => j.setSubject("runner-7"));
    for (const [name, result] of [
      ["viewer", await gw.gql(UserFields, {}, { token })],
      ["connections", await gw.gql(ConnectionsAsService, {}, { token })],
      ["startOAuth", await gw.gql(StartAsService, { input: { provider: "GOOGLE", scopes: ["drive.readonly"], returnTo: "http://localhost:5173/" } }, { token })],
    ] as const) {
      expect(result.data ?? null, name).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, name).toBe("FORBIDDEN");
    }
    expect(await gw.app.deps.db.user.count({ where: { id: "runner-7" } })).toBe(0);
  });
});

describe("when an operator sets the service secret equal to the user secret (outside production)", () => {
  let gw: TestGateway;
  let alice: { id: string };
  beforeAll(async () => {
    gw = await startTestGateway({ env: { SERVICE_JWT_SECRET: JWT_SECRET } });
    alice = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
  });
  afterAll(() => gw.close());

  it("warns at start, and tokens still cannot cross: audience and token_use decide", async () => {
    expect(gw.logs.join("\n")).toContain("SERVICE_JWT_SECRET equals AUTH_JWT_SECRET");
    const userTokens: Record<string, [string, string]> = {
      "scope only": [await gw.tokenFor("mallory", { scope: "credentials:resolve" }), "FORBIDDEN"],
      "service audience, no token_use": [await gw.tokenFor("mallory", { scope: "credentials:resolve", aud: SERVICE_AUDIENCE }), "UNAUTHENTICATED"],
      "token_use service, no audience": [await gw.tokenFor("mallory", { token_use: "service" }), "UNAUTHENTICATED"],
    };
    for (const [name, [token, code]] of Object.entries(userTokens)) {
      const result = await resolveAs(gw, alice.id, token);
      expect(result.data, name).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, name).toBe(code);
    }
    // ...and a service token is not taken for a user either.
    const serviceToken = await gw.tokenFor("tool-runner", { token_use: "service", aud: SERVICE_AUDIENCE });
    expect((await resolveAs(gw, alice.id, serviceToken)).errors).toBeUndefined();
    expect((await gw.gql(UserFields, {}, { token: serviceToken })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("without service verification configured", () => {
  let gw: TestGateway;
  let alice: { id: string };
  beforeAll(async () => {
    gw = await startTestGateway({ env: { SERVICE_JWT_SECRET: "", SERVICE_JWT_AUDIENCE: "" } });
    alice = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
  });
  afterAll(() => gw.close());

  it("resolveCredential refuses every caller with SERVICE_AUTH_NOT_CONFIGURED", async () => {
    for (const token of [await gw.tokenFor("alice", { scope: "credentials:resolve" }), await gw.serviceTokenFor("tool-runner"), null]) {
      const result = await resolveAs(gw, alice.id, token);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("SERVICE_AUTH_NOT_CONFIGURED");
      expectNoToken(gw, result);
    }
    // Users are unaffected.
    expect((await gw.gql(UserFields, {}, { as: "alice" })).data!.viewer.userId).toBe("alice");
  });
});

describe("service tokens from a JWKS shared with user tokens (one identity provider)", () => {
  let gw: TestGateway;
  let jwks: TestJwks;
  beforeAll(async () => {
    jwks = await startTestJwks("idp1", "/jwks.json");
    const url = jwks.url;
    gw = await startTestGateway({ env: { AUTH_JWKS_URL: url, AUTH_JWT_SECRET: "", AUTH_JWT_AUDIENCE: "gateway", SERVICE_JWKS_URL: url, SERVICE_JWT_SECRET: "" } });
  });
  afterAll(async () => {
    await gw.close();
    jwks.close();
  });

  const idp = (claims: Record<string, unknown>, sub: string, aud: string) =>
    new SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: "idp1" }).setSubject(sub).setAudience(aud).setExpirationTime("5m").sign(jwks.privateKey);

  it("tells them apart by audience and token_use", async () => {
    // No such connection: a caller the field lets through learns NOT_FOUND, any other is refused first.
    const nowhere = encodeGlobalId("IntegrationConnection", "no-such-connection");
    const service = await idp({ token_use: "service" }, "tool-runner", SERVICE_AUDIENCE);
    expect((await resolveAs(gw, nowhere, service)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await gw.gql(UserFields, {}, { token: await idp({}, "alice", "gateway") })).data!.viewer.userId).toBe("alice");
    const attempts: [string, string][] = [
      [await idp({ scope: "credentials:resolve" }, "mallory", "gateway"), "FORBIDDEN"],
      [await idp({ scope: "credentials:resolve" }, "mallory", SERVICE_AUDIENCE), "UNAUTHENTICATED"],
      [await idp({ token_use: "service" }, "mallory", "gateway"), "UNAUTHENTICATED"],
    ];
    for (const [token, code] of attempts) {
      const result = await resolveAs(gw, nowhere, token);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});

describe("npm run token", () => {
  let gw: TestGateway;
  let alice: { id: string };
  beforeAll(async () => {
    gw = await startTestGateway();
    alice = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
  });
  afterAll(() => gw.close());

  const run = async (...args: string[]) => {
    const cwd = mkdtempSync(path.join(tmpdir(), "dev-token-"));
    const env = { PATH: process.env.PATH, NODE_ENV: "test", AUTH_JWT_SECRET: JWT_SECRET, SERVICE_JWT_SECRET, SERVICE_JWT_AUDIENCE: SERVICE_AUDIENCE, TOKEN_ENCRYPTION_KEYS: gw.config.tokenEncryptionKeys.map((k) => `${k.kid}:${Buffer.from(k.key).toString("base64")}`).join(","), OAUTH_STATE_SECRET: "x".repeat(32) };
    const tsx = path.resolve("node_modules/.bin/tsx");
    try {
      const { stdout } = await promisify(execFile)(tsx, [path.resolve("src/scripts/dev-token.ts"), ...args], { cwd, env });
      return stdout.trim();
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  };

  it("mints a user token (`-- alice`) and a service token (`-- --service tool-runner`), each good only as its kind", async () => {
    const [user, service] = await Promise.all([run("alice"), run("--service", "tool-runner")]);
    expect((await gw.gql(UserFields, {}, { token: user })).data!.viewer.userId).toBe("alice");
    expect((await resolveAs(gw, alice.id, user)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await resolveAs(gw, alice.id, service)).errors).toBeUndefined();
    expect((await gw.gql(UserFields, {}, { token: service })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  }, 120_000); // two tsx processes start: slow on a busy machine, not a timing assertion
});
