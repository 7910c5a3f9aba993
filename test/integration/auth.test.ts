import { SignJWT, UnsecuredJWT } from "jose";
import { startTestJwks, type TestJwks } from "../support/jwks.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { encodeGlobalId } from "../../src/ids.js";
import { JWT_SECRET, startTestGateway, type TestGateway } from "../support/gateway.js";

const Me = graphql(`query Me { viewer { id userId } }`);
const secret = new TextEncoder().encode(JWT_SECRET);

describe("bearer tokens (HS256)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { AUTH_JWT_ISSUER: "https://idp.example", AUTH_JWT_AUDIENCE: "gateway" } });
  });
  afterAll(() => gw.close());

  const sign = (claims: Record<string, unknown> = {}, configure: (j: SignJWT) => SignJWT = (j) => j) =>
    configure(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("alice").setIssuer("https://idp.example").setAudience("gateway").setIssuedAt().setExpirationTime("5m")).sign(secret);

  it("identifies the user by sub, and creates the user on first sight", async () => {
    const result = await gw.gql(Me, {}, { token: await sign() });
    expect(result.data!.viewer.userId).toBe("alice");
    // Viewer.id is a global id like every other id.
    expect(result.data!.viewer.id).toBe(encodeGlobalId("Viewer", "alice"));
    expect(await gw.app.deps.db.user.count({ where: { id: "alice" } })).toBe(1);
  });

  it("refuses missing, malformed, forged, expired, unsigned and mis-addressed tokens with UNAUTHENTICATED", async () => {
    const cases: Record<string, string | undefined> = {
      none: undefined,
      malformed: "not.a.jwt",
      "wrong secret": await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("alice").setIssuer("https://idp.example").setAudience("gateway").setExpirationTime("5m").sign(new TextEncoder().encode("another-secret-of-at-least-32-characters")),
      expired: await sign({}, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60)),
      "alg none": new UnsecuredJWT({ sub: "alice", iss: "https://idp.example", aud: "gateway" }).setExpirationTime("5m").encode(),
      "wrong issuer": await sign({}, (j) => j.setIssuer("https://evil.example")),
      "wrong audience": await sign({}, (j) => j.setAudience("someone-else")),
      "no subject": await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setIssuer("https://idp.example").setAudience("gateway").setExpirationTime("5m").sign(secret),
    };
    for (const [name, token] of Object.entries(cases)) {
      const result = await gw.gql(Me, {}, token ? { token } : { as: null });
      expect(result.errors?.[0]?.extensions?.code, name).toBe("UNAUTHENTICATED");
      expect(result.data ?? null, name).toBeNull();
    }
  });

  it("refuses a non-Bearer Authorization header", async () => {
    const response = await gw.app.fetch(new Request("http://localhost:4555/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: "Basic YWxpY2U6cHc=" }, body: JSON.stringify({ query: "{ viewer { id } }" }) }));
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("bearer tokens from a JWKS (AUTH_JWKS_URL)", () => {
  let gw: TestGateway;
  let jwks: TestJwks;
  beforeAll(async () => {
    jwks = await startTestJwks("k1", "/.well-known/jwks.json");
    const url = jwks.url;
    gw = await startTestGateway({ env: { AUTH_JWKS_URL: url, AUTH_JWT_SECRET: "" } });
  });
  afterAll(async () => {
    await gw.close();
    jwks.close();
  });

  it("accepts tokens signed by a key in the set and refuses HS256 ones", async () => {
    const good = await new SignJWT({}).setProtectedHeader({ alg: "ES256", kid: "k1" }).setSubject("jwks-user").setExpirationTime("5m").sign(jwks.privateKey);
    expect((await gw.gql(Me, {}, { token: good })).data!.viewer.userId).toBe("jwks-user");
    const hs = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("jwks-user").setExpirationTime("5m").sign(secret);
    expect((await gw.gql(Me, {}, { token: hs })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
