import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createAuthenticator, VERIFIED_TOKEN_CACHE_MS } from "../../src/auth/bearer.js";

const secret = new TextEncoder().encode("unit-test-jwt-secret-of-at-least-32-chars");
const T0 = Date.UTC(2026, 0, 15, 10, 0, 0);

function setup() {
  let now = T0;
  const authenticate = createAuthenticator({ auth: { jwtSecret: secret } }, fetch, { now: () => now });
  const sign = (sub: string, configure: (j: SignJWT) => SignJWT = (j) => j.setExpirationTime(T0 / 1000 + 3600)) =>
    configure(new SignJWT({ scope: `${sub}:scope` }).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setIssuedAt(T0 / 1000)).sign(secret);
  const bearer = (token: string) => `Bearer ${token}`;
  return { authenticate, sign, bearer, advance: (ms: number) => void (now += ms) };
}

describe("verified bearer tokens are remembered safely", () => {
  it("answers each token with its own subject, whatever was verified before", async () => {
    const { authenticate, sign, bearer } = setup();
    const alice = await sign("alice");
    const bob = await sign("bob");
    for (let i = 0; i < 3; i++) {
      expect((await authenticate(bearer(alice)))!.viewer).toMatchObject({ userId: "alice", scopes: new Set(["alice:scope"]) });
      expect((await authenticate(bearer(bob)))!.viewer).toMatchObject({ userId: "bob", scopes: new Set(["bob:scope"]) });
    }
  });

  it("stops accepting a remembered token once it expires", async () => {
    const { authenticate, sign, bearer, advance } = setup();
    const token = await sign("alice", (j) => j.setExpirationTime(T0 / 1000 + 30));
    expect((await authenticate(bearer(token)))!.viewer!.userId).toBe("alice");
    advance(31_000 + 5_000); // past exp and jose's 5 s clock tolerance, still inside the cache's own limit
    expect(31_000 + 5_000).toBeLessThan(VERIFIED_TOKEN_CACHE_MS);
    await expect(authenticate(bearer(token))).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: "The bearer token has expired" });
  });

  it("does not remember refusals: a token refused before its nbf is accepted afterwards", async () => {
    const { authenticate, sign, bearer, advance } = setup();
    const token = await sign("alice", (j) => j.setNotBefore(T0 / 1000 + 60).setExpirationTime(T0 / 1000 + 3600));
    await expect(authenticate(bearer(token))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    advance(61_000);
    expect((await authenticate(bearer(token)))!.viewer!.userId).toBe("alice");
  });

  it("never lets a tampered token ride on a remembered one", async () => {
    const { authenticate, sign, bearer } = setup();
    const token = await sign("alice");
    await authenticate(bearer(token));
    const [header, , signature] = token.split(".");
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: "mallory", exp: T0 / 1000 + 3600 })).toString("base64url")}.${signature}`;
    await expect(authenticate(bearer(forged))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
