import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bindingCookieName } from "../../src/services/oauth-flow.js";
import { TestBrowser } from "../support/browser.js";
import { authorizationUrl, StartOAuth } from "../support/flows.js";
import { FRONTEND, PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.google.consent = "approve";
});

/** Runs the flow up to the provider's redirect back, without calling our callback. */
async function callbackUrlFromGoogle(userId = "alice") {
  const browser = gw.browser();
  const start = await browser.request(await authorizationUrl(gw, userId, { provider: "GOOGLE" }));
  expect(start.status).toBe(302);
  const consent = await browser.request(start.headers.get("location")!);
  const callback = consent.headers.get("location")!;
  expect(callback.startsWith(`${PUBLIC_URL}/v1/integrations/google/callback?`)).toBe(true);
  return { browser, callback };
}

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("location")).toBeNull();
  return (await response.json()) as { status: number; code: string; title: string; detail: string };
}

const landingOf = (browser: TestBrowser, url: string) => browser.visit(url).then((l) => l.url);

describe("the callback refuses what it cannot trust", () => {
  it("answers problem+json, and redirects nowhere, for a forged state", async () => {
    const response = await gw.browser().request(`${PUBLIC_URL}/v1/integrations/google/callback?state=forged-state-value&code=abc`);
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ status: 400, code: "invalid_state" });
  });

  it("answers problem+json for a callback with no state at all", async () => {
    const response = await gw.browser().request(`${PUBLIC_URL}/v1/integrations/google/callback?code=abc`);
    expect((await problemOf(response)).code).toBe("invalid_state");
  });

  it("consumes a state once: replaying the callback is refused and exchanges no second code", async () => {
    const { browser, callback } = await callbackUrlFromGoogle();
    const firstLanding = await landingOf(browser, callback);
    expect(firstLanding.searchParams.get("status")).toBe("pending");
    // The binding cookie is cleared after use; replay with it re-added to prove the state itself is spent.
    const exchanges = gw.google.counters.codeExchange;
    const row = await gw.app.deps.db.oAuthState.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(row.consumedAt).not.toBeNull();
    const replay = await browser.visit(callback);
    expect(Object.fromEntries(replay.url.searchParams)).toMatchObject({ status: "error", error: "invalid_state" });
    expect(gw.google.counters.codeExchange).toBe(exchanges);
  });

  it("refuses an expired state (10 minutes)", async () => {
    const { browser, callback } = await callbackUrlFromGoogle();
    gw.clock.advance(11 * 60_000);
    try {
      const landing = await landingOf(browser, callback);
      expect(landing.searchParams.get("error")).toBe("invalid_state");
    } finally {
      gw.clock.advance(-11 * 60_000);
    }
  });

  it("refuses a state presented on another provider's callback", async () => {
    const { browser, callback } = await callbackUrlFromGoogle();
    const crossed = callback.replace("/google/callback", "/github/callback");
    const landing = await landingOf(browser, crossed);
    expect(landing.searchParams.get("error")).toBe("invalid_state");
    // The genuine callback still works: the cross-provider attempt did not burn it.
    expect((await landingOf(browser, callback)).searchParams.get("status")).toBe("pending");
  });

  it("refuses a callback from a browser without the binding cookie (login CSRF), without burning the state", async () => {
    const { browser, callback } = await callbackUrlFromGoogle();
    const attackerBrowser = gw.browser();
    const landing = await landingOf(attackerBrowser, callback);
    expect(landing.searchParams.get("error")).toBe("invalid_state");
    expect((await landingOf(browser, callback)).searchParams.get("status")).toBe("pending");
  });

  it("refuses a callback whose binding cookie has the wrong value", async () => {
    const { callback } = await callbackUrlFromGoogle();
    const state = new URL(callback).searchParams.get("state")!;
    const response = await gw.app.fetch(new Request(callback, { headers: { cookie: `${bindingCookieName(state)}=not-the-right-value` } }));
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("invalid_state");
  });

  it("sets the binding cookie HttpOnly, SameSite=Lax, scoped to the callback path, 10 minutes", async () => {
    const response = await gw.browser().request(await authorizationUrl(gw, "alice", { provider: "GOOGLE" }));
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^gw_oauth_[A-Za-z0-9_-]{16}=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/v1/integrations/google/callback");
    expect(cookie).toContain("Max-Age=600");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("consumes a state exactly once when two callbacks race", async () => {
    const { browser, callback } = await callbackUrlFromGoogle();
    const exchanges = gw.google.counters.codeExchange;
    const [a, b] = await Promise.all([landingOf(browser, callback), landingOf(browser, callback)]);
    const statuses = [a.searchParams.get("status"), b.searchParams.get("status")].sort();
    expect(statuses).toEqual(["error", "pending"]);
    expect(gw.google.counters.codeExchange).toBe(exchanges + 1);
  });
});

describe("starting a flow refuses what it cannot trust", () => {
  it("refuses a returnTo off the allow-list with BAD_USER_INPUT", async () => {
    for (const returnTo of ["https://evil.example/steal", "javascript:alert(1)", "http://localhost:5173.evil.example/", "not a url", `http://user:pw@localhost:5173/`]) {
      const result = await gw.gql(StartOAuth, { input: { provider: "GOOGLE", returnTo } }, { as: "alice" });
      expect(result.errors?.[0]?.extensions?.code, returnTo).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses a tampered intent with problem+json", async () => {
    const url = new URL(await authorizationUrl(gw, "alice", { provider: "GOOGLE" }));
    const [header, payload, signature] = url.searchParams.get("intent")!.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    claims.sub = "mallory";
    url.searchParams.set("intent", [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join("."));
    const response = await gw.browser().request(url.toString());
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe("invalid_intent");
  });

  it("refuses an intent used for another provider's authorize path", async () => {
    const url = (await authorizationUrl(gw, "alice", { provider: "GOOGLE" })).replace("/google/authorize", "/github/authorize");
    expect((await problemOf(await gw.browser().request(url))).code).toBe("invalid_intent");
  });

  it("starts one flow per authorization link", async () => {
    const url = await authorizationUrl(gw, "alice", { provider: "GOOGLE" });
    expect((await gw.browser().request(url)).status).toBe(302);
    const again = await gw.browser().request(url);
    expect(again.status).toBe(400);
    expect((await problemOf(again)).code).toBe("intent_used");
  });

  it("refuses an authorization link after 5 minutes", async () => {
    const url = await authorizationUrl(gw, "alice", { provider: "GOOGLE" });
    gw.clock.advance(6 * 60_000);
    try {
      expect((await problemOf(await gw.browser().request(url))).code).toBe("invalid_intent");
    } finally {
      gw.clock.advance(-6 * 60_000);
    }
  });

  it("needs a signed-in caller", async () => {
    const result = await gw.gql(StartOAuth, { input: { provider: "GOOGLE", returnTo: `${FRONTEND}/x` } }, { as: null });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("says SUPABASE connects with a key, not OAuth", async () => {
    const result = await gw.gql(StartOAuth, { input: { provider: "SUPABASE", returnTo: `${FRONTEND}/x` } }, { as: "alice" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers 404 problem+json for an unknown provider path", async () => {
    const response = await gw.browser().request(`${PUBLIC_URL}/v1/integrations/dropbox/authorize?intent=x`);
    expect(response.status).toBe(404);
    expect((await problemOf(response)).code).toBe("unknown_provider");
  });
});

describe("a provider without credentials", () => {
  let off: TestGateway;
  beforeAll(async () => {
    off = await startTestGateway({ env: { GITHUB_CLIENT_ID: "", GITHUB_CLIENT_SECRET: "" } });
  });
  afterAll(() => off.close());

  it("is listed as not configured and cannot be started", async () => {
    const { graphql } = await import("../../src/gql/index.js");
    const Providers = graphql(`query Providers { integrationProviders { id displayName authType configured } }`);
    const list = await off.gql(Providers, {}, { as: null });
    expect(list.data!.integrationProviders).toEqual([
      { id: "GOOGLE", displayName: "Google", authType: "OAUTH2", configured: true },
      { id: "GITHUB", displayName: "GitHub", authType: "OAUTH2", configured: false },
      { id: "SUPABASE", displayName: "Supabase", authType: "API_KEY", configured: true },
    ]);
    const result = await off.gql(StartOAuth, { input: { provider: "GITHUB", returnTo: `${FRONTEND}/x` } }, { as: "alice" });
    expect(result.errors?.[0]?.extensions?.code).toBe("PROVIDER_NOT_CONFIGURED");
  });
});
