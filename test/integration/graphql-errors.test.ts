import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { makeProject } from "../fakes/supabase.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

const WhoAmI = graphql(`
  query WhoAmI { viewer { id } }
`);

const ConnectSupabaseKey = graphql(`
  mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {
    connectSupabase(input: $input) { connection { id accountLabel } }
  }
`);

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  gw.supabase.addToken("sbp_good", { user: "u1", projects: [makeProject("abcdefghijklmnopqrst", "Shop")], organizations: [] });
});
afterAll(() => gw.close());

describe("errors a client must act on keep their code", () => {
  it("a malformed or forged bearer token is UNAUTHENTICATED, not an internal error", async () => {
    for (const token of ["not-a-jwt", (await gw.tokenFor("alice")).slice(0, -4) + "AAAA"]) {
      const result = await gw.gql(WhoAmI, {}, { token });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({ message: "The bearer token is not valid", extensions: { code: "UNAUTHENTICATED" } });
    }
  });

  it("no token at all is UNAUTHENTICATED with a hint", async () => {
    const result = await gw.gql(WhoAmI, {}, { as: null });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a Supabase key Supabase refuses is BAD_USER_INPUT carrying Supabase's reason", async () => {
    const result = await gw.gql(ConnectSupabaseKey, { input: { accessToken: "sbp_bad" } }, { as: "alice" });
    expect(result.errors?.[0]).toMatchObject({
      message: "Supabase rejected the access token: Unauthorized",
      extensions: { code: "BAD_USER_INPUT", field: "accessToken", reason: "Unauthorized" },
    });
    const ok = await gw.gql(ConnectSupabaseKey, { input: { accessToken: "sbp_good" } }, { as: "alice" });
    expect(ok.data?.connectSupabase.connection.accountLabel).toBe("Supabase (1 project)");
  });
});
