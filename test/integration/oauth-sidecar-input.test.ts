import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { OAUTH_INPUT_LIMITS } from "../../src/services/oauth-flow.js";
import { authorizationUrl, StartOAuth } from "../support/flows.js";
import { FRONTEND, PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

/** Issue 9 §6 for the browser sidecar: foreign cookies, HEAD requests, and input length caps. */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

/** Authorize → the provider's redirect back; returns the callback URL and the binding cookie as a browser would send it. */
async function callbackWithCookie() {
  const start = await gw.app.fetch(new Request(await authorizationUrl(gw, "alice", { provider: "GOOGLE" })));
  expect(start.status).toBe(302);
  const cookie = start.headers.getSetCookie()[0]!.split(";")[0]!;
  const consent = await fetch(start.headers.get("location")!, { redirect: "manual" });
  return { callback: consent.headers.get("location")!, cookie };
}

describe("the callback ignores other sites' cookies", () => {
  it("an unparseable foreign cookie on the host (analytics=100%) does not break the callback", async () => {
    const { callback, cookie } = await callbackWithCookie();
    const response = await gw.app.fetch(new Request(callback, { headers: { cookie: `analytics=100%; theme=%E0%A4%A; ${cookie}` } }));
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location")!).searchParams.get("status")).toBe("pending");
  });
});

describe("HEAD (link unfurlers, checkers) never runs the flow", () => {
  it("authorize: 405 with Allow: GET, no state created, and the link still works with GET", async () => {
    const url = await authorizationUrl(gw, "alice", { provider: "GOOGLE" });
    const states = await gw.app.deps.db.oAuthState.count();
    const head = await gw.app.fetch(new Request(url, { method: "HEAD" }));
    expect(head.status).toBe(405);
    expect(head.headers.get("allow")).toBe("GET");
    expect(head.headers.get("set-cookie")).toBeNull();
    expect(head.headers.get("location")).toBeNull();
    expect(await head.text()).toBe("");
    expect(await gw.app.deps.db.oAuthState.count()).toBe(states);
    const get = await gw.app.fetch(new Request(url));
    expect(get.status).toBe(302);
  });

  it("callback: 405, the state is not consumed, no code exchanged; the real callback then succeeds", async () => {
    const { callback, cookie } = await callbackWithCookie();
    const exchanges = gw.google.counters.codeExchange;
    const head = await gw.app.fetch(new Request(callback, { method: "HEAD", headers: { cookie } }));
    expect(head.status).toBe(405);
    expect(head.headers.get("allow")).toBe("GET");
    expect(gw.google.counters.codeExchange).toBe(exchanges);
    const state = await gw.app.deps.db.oAuthState.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(state.consumedAt).toBeNull();
    const get = await gw.app.fetch(new Request(callback, { headers: { cookie } }));
    expect(new URL(get.headers.get("location")!).searchParams.get("status")).toBe("pending");
  });

  it("other methods: 405 problem+json with Allow: GET", async () => {
    const post = await gw.app.fetch(new Request(`${PUBLIC_URL}/v1/integrations/google/callback`, { method: "POST" }));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
    expect(post.headers.get("content-type")).toBe("application/problem+json");
    expect((await post.json()).code).toBe("method_not_allowed");
  });
});

const ConnectSupabase = graphql(`
  mutation CapsConnectSupabase($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id } } }
`);

describe("length caps on what ends up in the authorization link", () => {
  const start = (input: Record<string, unknown>) => gw.gql(StartOAuth, { input: { provider: "GOOGLE", returnTo: `${FRONTEND}/x`, ...input } as never }, { as: "alice" });
  const refusal = async (input: Record<string, unknown>) => {
    const result = await start(input);
    expect(result.data).toBeNull();
    return result.errors![0]!;
  };

  it.each([
    ["a returnTo over 1,024 characters", { returnTo: `${FRONTEND}/${"a".repeat(1100)}` }, "returnTo"],
    ["a returnTo that grows past 1,024 characters when normalized", { returnTo: `${FRONTEND}/${"é".repeat(400)}` }, "returnTo"],
    // (137 KB would not even reach startOAuth: MAX_REQUEST_BODY_BYTES answers 413 first.)
    ["a 60 KB returnTo", { returnTo: `${FRONTEND}/?q=${"x".repeat(60_000)}` }, "returnTo"],
    ["more than 20 scopes", { scopes: Array.from({ length: 21 }, (_, i) => `scope${i}`) }, "scopes"],
    ["a scope over 128 characters", { scopes: ["s".repeat(129)] }, "scopes"],
    ["more than 20 tools", { tools: Array.from({ length: 21 }, () => "drive_list_files") }, "tools"],
    ["a tool name over 64 characters", { tools: ["t".repeat(65)] }, "tools"],
  ])("refuses %s with BAD_USER_INPUT naming the field and the limit", async (_what, input, field) => {
    const error = await refusal(input);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.extensions!.limit).toBeTypeOf("number");
    expect(error.message).toMatch(/at most/i);
    expect(error.message.length).toBeLessThan(200); // the input is not echoed back
  });

  it("at the caps the authorization link and the provider URL both stay under 8 KB", async () => {
    const returnTo = `${FRONTEND}/${"r".repeat(OAUTH_INPUT_LIMITS.returnTo - FRONTEND.length - 1)}`;
    const scopes = Array.from({ length: OAUTH_INPUT_LIMITS.scopes }, (_, i) => `https://www.googleapis.com/auth/${String(i).padStart(2, "0")}${"s".repeat(OAUTH_INPUT_LIMITS.scopeLength - 34)}`);
    const result = await start({ returnTo, scopes });
    expect(result.errors).toBeUndefined();
    const link = result.data!.startOAuth.authorizationUrl;
    expect(link.length).toBeLessThan(8192);
    const toGoogle = await gw.app.fetch(new Request(link));
    expect(toGoogle.status).toBe(302);
    expect(toGoogle.headers.get("location")!.length).toBeLessThan(8192);
  });

  it("caps a Supabase connection's label at 200 characters", async () => {
    const result = await gw.gql(ConnectSupabase, { input: { accessToken: "sbp_whatever", label: "L".repeat(201) } }, { as: "alice" });
    expect(result.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "label", limit: 200 });
  });
});
