import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { TokenCipher } from "../../src/crypto.js";
import { createDb } from "../../src/db/client.js";
import { graphql } from "../../src/gql/index.js";
import { reencryptAll } from "../../src/services/key-rotation.js";
import { makeProject } from "../fakes/supabase.js";
import { connectThroughBrowser } from "../support/flows.js";
import { baseEnv, startTestGateway, TEST_KEYS, type TestGateway } from "../support/gateway.js";

const PAT = "sbp_secretsecretsecretsecretsecretsecret0001";
const Everything = graphql(`
  query Everything { viewer { id connections { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt } } }
`);
const ConnectSupabaseAgain = graphql(`
  mutation ConnectSupabaseAgain($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id accountLabel } } }
`);

let gw: TestGateway;
let secrets: string[];
let everythingResponse: string;

beforeAll(async () => {
  gw = await startTestGateway();
  gw.supabase.addToken(PAT, { user: "s1", projects: [makeProject("secretsprojectref0001", "P")], organizations: [] });
  await connectThroughBrowser(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
  await connectThroughBrowser(gw, "alice", { provider: "GITHUB", scopes: ["repo"] });
  await gw.gql(ConnectSupabaseAgain, { input: { accessToken: PAT } }, { as: "alice" });
  everythingResponse = JSON.stringify(await gw.gql(Everything, {}, { as: "alice" }));
  secrets = [
    ...gw.google.accessTokens.keys(),
    ...gw.google.refreshTokens.keys(),
    ...gw.github.tokens.keys(),
    PAT,
  ];
  expect(secrets.length).toBeGreaterThanOrEqual(4);
});
afterAll(() => gw.close());

describe("tokens stay secret", () => {
  it("are stored encrypted (JWE dir+A256GCM with a key id), never in plaintext", async () => {
    const rows = await gw.app.deps.db.integrationConnection.findMany();
    expect(rows).toHaveLength(3);
    const dump = JSON.stringify(rows) + JSON.stringify(await gw.app.deps.db.oAuthState.findMany());
    for (const s of secrets) expect(dump).not.toContain(s);
    for (const row of rows) {
      const header = JSON.parse(Buffer.from(row.accessToken.split(".")[0]!, "base64url").toString());
      expect(header).toEqual({ alg: "dir", enc: "A256GCM", kid: "k1" });
    }
  });

  it("never appear in GraphQL responses", () => {
    expect(everythingResponse).toContain("ada@example.com");
    for (const s of secrets) expect(everythingResponse).not.toContain(s);
  });

  it("never appear in log lines (nor do authorization codes or PKCE verifiers)", () => {
    const logs = gw.logs.join("\n");
    expect(logs).toContain("connection saved");
    for (const s of secrets) expect(logs).not.toContain(s);
    const codes = gw.google.server.calls.filter((c) => c.path === "/token").map((c) => new URLSearchParams(c.body).get("code")).filter(Boolean) as string[];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(logs).not.toContain(code);
    expect(logs).not.toMatch(/code_verifier|state=/);
  });
});

describe("key rotation", () => {
  it("re-encrypts every stored secret under the new first key; the old key can then be dropped", async () => {
    const env = baseEnv(gw.db, gw);
    const rotated = loadConfig({ ...env, TOKEN_ENCRYPTION_KEYS: `k2:${TEST_KEYS.k2},k1:${TEST_KEYS.k1}` });
    const db = createDb(rotated.databaseUrl);
    const cipher = new TokenCipher(rotated.tokenEncryptionKeys);
    const before = await db.integrationConnection.findMany({ orderBy: { id: "asc" } });
    const counts = await reencryptAll({ db, cipher });
    // 3 access tokens + 1 Google refresh token (+ any verifiers of unfinished flows).
    expect(counts.integrationConnection).toBe(4);
    expect(await reencryptAll({ db, cipher })).toEqual({ integrationConnection: 0, oAuthState: 0, oAuthCompletion: 0, boundResource: 0 });

    const onlyNew = new TokenCipher(loadConfig({ ...env, TOKEN_ENCRYPTION_KEYS: `k2:${TEST_KEYS.k2}` }).tokenEncryptionKeys);
    const after = await db.integrationConnection.findMany({ orderBy: { id: "asc" } });
    for (const [i, row] of after.entries()) {
      expect(row.accessToken).not.toBe(before[i]!.accessToken);
      expect(await onlyNew.decrypt(row.accessToken)).toBe(await gw.app.deps.cipher.decrypt(before[i]!.accessToken));
    }
    await expect(new TokenCipher(loadConfig({ ...env, TOKEN_ENCRYPTION_KEYS: `k1:${TEST_KEYS.k1}` }).tokenEncryptionKeys).decrypt(after[0]!.accessToken)).rejects.toThrow(/no decryption key/);
    await db.$disconnect();
  });
});
