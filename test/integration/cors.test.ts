import { afterEach, describe, expect, it } from "vitest";
import { PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

/** CORS has its own setting (CORS_ORIGINS); the default follows the environment. */
const opened: TestGateway[] = [];
afterEach(async () => {
  for (const gw of opened.splice(0)) await gw.close();
});
async function gateway(env: Record<string, string>) {
  const gw = await startTestGateway({ env });
  opened.push(gw);
  return gw;
}

/** The browser's preflight for the README's fetch: POST with a bearer token and a JSON body. */
async function preflight(gw: TestGateway, origin: string) {
  const response = await gw.app.fetch(
    new Request(`${PUBLIC_URL}/graphql`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    }),
  );
  return {
    status: response.status,
    allowOrigin: response.headers.get("access-control-allow-origin"),
    allowHeaders: response.headers.get("access-control-allow-headers") ?? "",
  };
}

describe("CORS", () => {
  it("outside production allows the common frontend dev servers, though they are not return origins", async () => {
    const gw = await gateway({ NODE_ENV: "development", ALLOWED_RETURN_ORIGINS: PUBLIC_URL });
    const ok = await preflight(gw, "http://localhost:5173");
    expect(ok.status).toBeLessThan(300);
    expect(ok.allowOrigin).toBe("http://localhost:5173");
    expect(ok.allowHeaders.toLowerCase()).toContain("authorization");
    // The actual request gets the header too, and exposes the request id.
    const actual = await gw.app.fetch(
      new Request(`${PUBLIC_URL}/graphql`, { method: "POST", headers: { origin: "http://localhost:5173", "content-type": "application/json" }, body: '{"query":"{ integrationProviders { id } }"}' }),
    );
    expect(actual.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(actual.headers.get("access-control-expose-headers")).toContain("x-request-id");

    expect((await preflight(gw, "https://evil.example")).allowOrigin).toBeNull();
    expect((await preflight(gw, "http://localhost:5174")).allowOrigin).toBeNull();
  });

  it("in production allows only the return origins by default", async () => {
    const gw = await gateway({ NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com", ALLOWED_RETURN_ORIGINS: "https://app.example.com" });
    expect((await preflight(gw, "https://app.example.com")).allowOrigin).toBe("https://app.example.com");
    expect((await preflight(gw, "http://localhost:5173")).allowOrigin).toBeNull();
  });

  it("CORS_ORIGINS replaces the default, and `none` turns CORS off", async () => {
    const listed = await gateway({ CORS_ORIGINS: "https://console.example.com", ALLOWED_RETURN_ORIGINS: "https://app.example.com" });
    expect((await preflight(listed, "https://console.example.com")).allowOrigin).toBe("https://console.example.com");
    expect((await preflight(listed, "https://app.example.com")).allowOrigin).toBeNull();
    expect((await preflight(listed, "http://localhost:5173")).allowOrigin).toBeNull();
    const none = await gateway({ CORS_ORIGINS: "none" });
    expect((await preflight(none, "http://localhost:5173")).allowOrigin).toBeNull();
  });
});
