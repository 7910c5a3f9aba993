import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { connectThroughBrowser } from "../support/flows.js";
import { FRONTEND, startTestGateway, type TestGateway } from "../support/gateway.js";

const Connections = graphql(`
  query GithubConnections { connections(provider: GITHUB) { id accountId accountLabel scopes status expiresAt authType } }
`);

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.github.consent = "approve";
  gw.github.user = { id: 583231, login: "octocat" };
});

describe("connecting GitHub through the browser", () => {
  it("asks for space-separated scopes with PKCE and stores the GitHub login and normalized scopes", async () => {
    const { landing, hops } = await connectThroughBrowser(gw, "alice", { provider: "GITHUB", scopes: ["repo", "read:user", "user"] });
    const toGithub = new URL(hops.find((h) => h.location?.startsWith(gw.github.url))!.location!);
    expect(toGithub.searchParams.get("scope")).toBe("repo read:user user");
    expect(toGithub.searchParams.get("code_challenge_method")).toBe("S256");
    expect(toGithub.searchParams.has("access_type")).toBe(false);
    expect(landing.origin).toBe(FRONTEND);
    expect(landing.searchParams.get("status")).toBe("connected");

    const { data } = await gw.gql(Connections, {}, { as: "alice" });
    expect(data!.connections).toHaveLength(1);
    expect(data!.connections[0]).toMatchObject({ accountId: "583231", accountLabel: "octocat", status: "ACTIVE", authType: "OAUTH2", expiresAt: null });
    // GitHub answers "repo,user" (read:user is covered by user): stored as a list.
    expect(data!.connections[0]!.scopes).toEqual(["repo", "user"]);
  });

  it("treats GitHub's HTTP 200 with an error body as a failed exchange", async () => {
    gw.github.server.failNext((r) => r.path === "/login/oauth/access_token", {
      status: 200,
      body: { error: "bad_verification_code", error_description: "The code passed is incorrect or expired.", error_uri: "https://docs.github.com" },
    });
    const { landing } = await connectThroughBrowser(gw, "bob", { provider: "GITHUB", scopes: ["repo"] });
    expect(Object.fromEntries(landing.searchParams)).toMatchObject({ status: "error", error: "token_exchange_failed" });
    const { data } = await gw.gql(Connections, {}, { as: "bob" });
    expect(data!.connections).toEqual([]);
  });

  it("passes GitHub's access_denied back to the app", async () => {
    gw.github.consent = "deny";
    const { landing } = await connectThroughBrowser(gw, "bob", { provider: "GITHUB" });
    expect(landing.searchParams.get("error")).toBe("access_denied");
  });

  it("reports identity_failed when GitHub will not say who the user is", async () => {
    gw.github.server.failNext((r) => r.path === "/user", { status: 503, body: { message: "Service Unavailable" } });
    const { landing } = await connectThroughBrowser(gw, "bob", { provider: "GITHUB" });
    expect(landing.searchParams.get("error")).toBe("identity_failed");
  });

  it("stores expiring GitHub App user tokens with their refresh token", async () => {
    gw.github.mode = "github-app";
    try {
      gw.github.user = { id: 9001, login: "app-user" };
      await connectThroughBrowser(gw, "carol", { provider: "GITHUB" });
      const row = await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: "carol" } });
      expect(row.refreshToken).not.toBeNull();
      expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
      expect(row.refreshTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 100 * 86400_000);
    } finally {
      gw.github.mode = "oauth-app";
    }
  });
});
