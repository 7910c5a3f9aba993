import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { PUBLIC_URL, signTestToken, startTestGateway, type TestGateway } from "../support/gateway.js";
import { seedResources } from "../support/seed.js";
import { connectGithub, connectGoogle } from "../support/resources.js";

const REDIS_URL = "redis://127.0.0.1:6379";

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; retryAfter?: number; budget?: number; limit?: number } }[];
}

async function query(app: App, as: string, q: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await app.fetch(
    new Request(`${PUBLIC_URL}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await signTestToken(as)}` }, body: JSON.stringify({ query: q, variables }) }),
  );
  return response.json();
}

/** One Drive listing per call: a search nobody made before in this request (so one upstream call each). */
const search = (app: App, as: string, connectionId: string, term: string) =>
  query(app, as, "query Search($c: ID!, $s: String) { resources(connectionId: $c, type: GOOGLE_DRIVE_FILE, search: $s, first: 1) { edges { node { id } } } }", { c: connectionId, s: term });

const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code ?? null;

describe("a request's upstream budget (UPSTREAM_CALLS_PER_REQUEST, default 50)", () => {
  let gw: TestGateway;
  let google: string;
  let github: string;
  beforeAll(async () => {
    // Document limits out of the way: this is about what passes them.
    gw = await startTestGateway({ env: { GRAPHQL_MAX_ALIASES: "5000", GRAPHQL_MAX_TOKENS: "100000", GRAPHQL_MAX_COST: "1000000", MAX_REQUEST_BODY_BYTES: "1000000", RATE_LIMIT_UPSTREAM_CALLS: "100000" } });
    seedResources(gw);
    google = await connectGoogle(gw, "alice");
    github = await connectGithub(gw, "alice");
  });
  afterAll(() => gw.close());

  /** Upstream calls still in flight when the answer left (a non-null field's error ends execution early) land here. */
  const settled = async (calls: () => number) => {
    for (let last = -1; last !== calls(); ) {
      last = calls();
      await new Promise((r) => setTimeout(r, 200));
    }
    return calls();
  };

  it("1,000 aliased resources fields make 50 Drive calls, then UPSTREAM_BUDGET_EXCEEDED", async () => {
    const before = gw.google.server.calls.length;
    const many = `query Many($c: ID!) { ${Array.from({ length: 1000 }, (_, i) => `r${i}: resources(connectionId: $c, type: GOOGLE_DRIVE_FILE, search: "q${i}", first: 1) { edges { node { id } } }`).join(" ")} }`;
    const answer = await query(gw.app, "alice", many, { c: google });
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "UPSTREAM_BUDGET_EXCEEDED", budget: 50 });
    // `resources` is non-null, so one refused alias nulls `data` (GraphQL's null propagation).
    expect(answer.data).toBeNull();
    expect((await settled(() => gw.google.server.calls.length)) - before).toBe(50);
  });

  it("nested children fan out under the same budget: branches of 100 repositories make 50 GitHub calls, then the error", async () => {
    const before = gw.github.server.calls.length;
    const answer = await query(gw.app, "alice", "query Fan($c: ID!) { resources(connectionId: $c, type: GITHUB_FILE, first: 100) { edges { node { name children(first: 100) { edges { node { name } } } } } } }", { c: github });
    expect(answer.errors?.[0]).toMatchObject({ path: ["resources", "edges", 49, "node", "children"], extensions: { code: "UPSTREAM_BUDGET_EXCEEDED", budget: 50 } });
    expect((await settled(() => gw.github.server.calls.length)) - before).toBe(50);
  });

  it("the budget is per request: the next request has its own", async () => {
    expect(codeOf(await search(gw.app, "alice", google, "fresh"))).toBeNull();
  });
});

/** The shared per-user limit, on two instances over one store: `store` says where its counters live. */
function rateLimitAcrossInstances(store: "database" | "redis") {
  let gw: TestGateway;
  let other: App;
  let redis: Redis | undefined;
  // Users unique to this run: parallel runs (SQLite, PostgreSQL) share one Redis.
  const alice = `alice-${randomUUID()}`;
  const carol = `carol-${randomUUID()}`;
  let aliceDrive: string;
  let carolDrive: string;
  beforeAll(async () => {
    if (store === "redis") {
      redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      // No skipping: without a Redis on 127.0.0.1:6379 this fails here, saying so.
      await redis.connect().catch((error: Error) => {
        throw new Error(`these tests need the Redis at ${REDIS_URL}: ${error.message}`);
      });
    }
    gw = await startTestGateway({ env: { RATE_LIMIT_UPSTREAM_CALLS: "5", RATE_LIMIT_WINDOW_SECONDS: "60", ...(store === "redis" ? { REDIS_URL } : {}) } });
    seedResources(gw);
    aliceDrive = await connectGoogle(gw, alice);
    carolDrive = await connectGoogle(gw, carol);
    other = gw.sibling();
  });
  afterAll(async () => {
    await gw?.close();
    if (redis) {
      const keys = [...(await redis.keys(`gateway:upstream-calls:*:${alice}`)), ...(await redis.keys(`gateway:upstream-calls:*:${carol}`))];
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it("5 upstream calls per user per window across both instances; the 6th is RATE_LIMITED with retryAfter, on either", async () => {
    // Start at a window's beginning, so the whole test runs in one window.
    gw.clock.advance(60_000 - (gw.clock.now().getTime() % 60_000) + 10);
    const before = gw.google.server.calls.length;
    for (const [i, app] of [gw.app, gw.app, other, gw.app, other].entries()) expect(codeOf(await search(app, alice, aliceDrive, `s${i}`))).toBeNull();
    for (const app of [other, gw.app]) {
      const refused = await search(app, alice, aliceDrive, "one too many");
      expect(refused.data).toBeNull();
      expect(refused.errors![0]!.extensions).toMatchObject({ code: "RATE_LIMITED", limit: 5 });
      const retryAfter = refused.errors![0]!.extensions!.retryAfter!;
      expect(retryAfter).toBeGreaterThan(55);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    expect(gw.google.server.calls.length - before).toBe(5);
    // Another user has their own allowance; a field that touches no upstream is never limited.
    expect(codeOf(await search(other, carol, carolDrive, "mine"))).toBeNull();
    expect(codeOf(await query(gw.app, alice, "{ connections { id } }", {}))).toBeNull();
    // The next window starts afresh.
    gw.clock.advance(60_000);
    expect(codeOf(await search(other, alice, aliceDrive, "next window"))).toBeNull();
  });

  it("concurrent calls on both instances are counted atomically: exactly 5 of 12 pass", async () => {
    gw.clock.advance(60_000 - (gw.clock.now().getTime() % 60_000) + 10);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => search(i % 2 ? other : gw.app, carol, carolDrive, `burst ${i}`)));
    expect(answers.filter((a) => codeOf(a) === null)).toHaveLength(5);
    expect(answers.filter((a) => codeOf(a) === "RATE_LIMITED")).toHaveLength(7);
  });

  it(`keeps its counters in ${store === "redis" ? "Redis, not the database" : "the database (UpstreamRateWindow)"}`, async () => {
    const rows = await gw.app.deps.db.upstreamRateWindow.findMany();
    const keys = redis ? await redis.keys(`gateway:upstream-calls:*:${carol}`) : [];
    if (store === "redis") {
      expect(rows).toEqual([]);
      expect(keys.length).toBeGreaterThan(0);
      expect(Number(await redis!.get(keys.sort().at(-1)!))).toBe(12);
    } else {
      expect(rows.find((r) => r.key.endsWith(`:${carol}`) && r.count === 12)).toBeTruthy();
    }
  });
}

describe("a per-user rate limit on upstream calls, shared through the database", () => rateLimitAcrossInstances("database"));
describe("a per-user rate limit on upstream calls, shared through Redis when REDIS_URL is set", () => rateLimitAcrossInstances("redis"));
