import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalId } from "../../src/ids.js";
import { liveCredential } from "../../src/services/credentials.js";
import { PAGE_CSP } from "../../src/http/web.js";
import { makeProject } from "../fakes/supabase.js";
import { DESKTOP, startSignedIn, launchChromium, offLoopback, PHONE, screenshot, type TestChromium } from "../support/chromium.js";
import { startLiveGateway, type LiveGateway } from "../support/live-gateway.js";
import { seedResources } from "../support/seed.js";

/**
 * The connections page in headless Chromium against the gateway on 127.0.0.1 and the fake
 * providers: every click below is a real navigation, redirect and fetch.
 */
let gw: LiveGateway;
let browser: TestChromium;
let page: Page;

const SUPABASE_KEY = `sbp_${"a1".repeat(20)}`;
const ADA = { sub: "110000000000000000001", email: "ada@example.com" };

beforeAll(async () => {
  browser = await launchChromium(); // first: without Chromium this fails at once, with instructions
  gw = await startLiveGateway();
  seedResources(gw); // so the picker below the connections lists something in the screenshots
  gw.supabase.addToken(SUPABASE_KEY, { user: "sb-user-1", projects: [makeProject("abcdefghijklmnopqrst", "Shop"), makeProject("bcdefghijklmnopqrstu", "Blog")], organizations: [] });
});
afterAll(async () => {
  await browser?.close();
  await gw?.close();
});
afterEach(async () => {
  await page?.close();
  gw.google.consent = "approve";
  gw.google.account = ADA;
  // Nothing left loopback, and the page broke no CSP rule (a violation is a console error).
  expect(offLoopback(browser.requests)).toEqual([]);
  expect(browser.consoleErrors).toEqual([]);
  browser.requests.length = 0;
});

/** Opens the page signed in as `userId`. */
async function openAs(userId: string): Promise<Page> {
  page = await browser.newPage();
  await page.setViewportSize(DESKTOP);
  // As if the token had been pasted into the sign-in form (that form is tested on its own).
  await startSignedIn(page, await gw.tokenFor(userId));
  await page.goto(`${gw.url}/`);
  await page.getByText(`Signed in as ${userId}`).waitFor();
  return page;
}

const row = (provider: string) => page.locator(`li.connection[data-provider="${provider}"]`);
const notice = (kind: "success" | "error" | "info") => page.locator(`#notices .notice[data-kind="${kind}"]`);

/** Where the browser went, as paths on the gateway or the fakes, in order. */
function hops(): string[] {
  const names: [string, string][] = [[gw.url, "gateway"], [gw.google.url, "google"], [gw.github.url, "github"], [gw.supabase.url, "supabase"]];
  return browser.requests
    .filter((u) => !u.endsWith("/app.js") && !u.endsWith("/app.css") && !u.endsWith("/graphql"))
    .map((u) => {
      const url = new URL(u);
      const name = names.find(([origin]) => origin === url.origin)?.[1] ?? url.origin;
      return `${name} ${url.pathname}`;
    });
}

describe("the connections page", () => {
  it("is served with a strict same-origin CSP, asks for a token, and refuses a bad one with a way out", async () => {
    page = await browser.newPage();
    const response = await page.goto(`${gw.url}/`);
    expect(response!.headers()["content-security-policy"]).toBe(PAGE_CSP);
    expect(response!.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toMatch(/unsafe|https?:/);
    const script = await page.request.get(`${gw.url}/app.js`);
    expect(script.headers()["content-type"]).toBe("text/javascript; charset=utf-8");

    await page.getByLabel("Bearer token").waitFor();
    await screenshot(page, "sign-in-desktop");
    await page.getByLabel("Bearer token").fill("not-a-jwt");
    await page.getByLabel("Bearer token").press("Enter");
    await notice("error").getByText("Your token was not accepted").waitFor();
    expect(await page.getByLabel("Bearer token").isVisible()).toBe(true);

    await page.getByLabel("Bearer token").fill(await gw.tokenFor("alice"));
    await page.getByRole("button", { name: "Use this token" }).click();
    await page.getByText("Signed in as alice").waitFor();
    expect(await page.locator("#connection-list").textContent()).toContain("No connections yet");
    expect(await notice("error").count()).toBe(0);
  });

  it("connects Google through the whole redirect round trip and lists it with its scopes", async () => {
    await openAs("alice");
    browser.requests.length = 0;
    await page.getByLabel("Permissions to ask for").first().fill("drive.readonly");
    await page.getByRole("button", { name: "Connect Google" }).click();
    await notice("success").getByText("Connected Google: ada@example.com.").waitFor();

    expect(hops()).toEqual([
      "gateway /v1/integrations/google/authorize",
      "google /o/oauth2/v2/auth",
      "gateway /v1/integrations/google/callback",
      "gateway /",
    ]);
    // The callback sent a completion code, which the page redeemed with its own token (completeOAuth)
    // and removed from the address bar.
    const landing = new URL(browser.requests.find((u) => u.includes("status=pending"))!);
    expect(landing.searchParams.get("completion_code")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(page.url()).toBe(`${gw.url}/`);
    expect(await gw.app.deps.db.oAuthCompletion.count()).toBe(0);
    const connectionId = encodeGlobalId("IntegrationConnection", (await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: "alice", provider: "google" } })).id);

    const google = row("GOOGLE");
    expect(await google.getAttribute("data-connection-id")).toBe(connectionId);
    expect(await google.locator(".account").textContent()).toBe("ada@example.com");
    expect(await google.locator(".badge").textContent()).toBe("Active");
    expect(await google.locator(".scopes li").allTextContents()).toEqual(expect.arrayContaining(["drive.readonly", "openid"]));
    expect(await google.getAttribute("class")).toContain("fresh");
    const stored = await gw.app.deps.db.integrationConnection.findMany({ where: { userId: "alice" } });
    expect(stored.map((c) => c.provider)).toEqual(["google"]);
    await screenshot(page, "google-connected-desktop");
  });

  it("refuses a sign-in link (#token=…): a link cannot sign anyone in, as anyone", async () => {
    page = await browser.newPage();
    await startSignedIn(page, null);
    await page.goto(`${gw.url}/#token=${await gw.tokenFor("mallory")}`);
    await notice("info").getByText("Sign-in links are not accepted").waitFor();
    expect(await page.getByLabel("Bearer token").isVisible()).toBe(true);
    expect(page.url()).toBe(`${gw.url}/`);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    // Signed in already: the link does not switch users either.
    await page.getByLabel("Bearer token").fill(await gw.tokenFor("victor"));
    await page.getByLabel("Bearer token").press("Enter");
    await page.getByText("Signed in as victor").waitFor();
    await page.goto("about:blank");
    await page.goto(`${gw.url}/#token=${await gw.tokenFor("mallory")}`);
    await page.getByText("Signed in as victor").waitFor();
    await notice("info").getByText("Sign-in links are not accepted").waitFor();
  });

  it("an attacker's authorization link opened by a signed-in victim attaches the victim's account to nobody", async () => {
    gw.google.account = { sub: "990000000000000000009", email: "victim@example.com" };
    await openAs("victor");
    // Mallory starts a flow with her own token, returning to this page, and sends the link to Victor.
    const started = await fetch(`${gw.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await gw.tokenFor("mallory")}` },
      body: JSON.stringify({ query: `mutation { startOAuth(input: { provider: GOOGLE, returnTo: "${gw.url}/" }) { authorizationUrl } }` }),
    }).then((r) => r.json());
    await page.goto(started.data.startOAuth.authorizationUrl);
    await notice("error").getByText("it was not started here, so nothing was connected").waitFor();
    expect(page.url()).toBe(`${gw.url}/`);
    expect(await page.locator("#connection-list").textContent()).toContain("No connections yet");
    expect(await gw.app.deps.db.integrationConnection.count({ where: { userId: { in: ["mallory", "victor"] } } })).toBe(0);
    // (Whoever redeems that code now: Mallory's page gets nothing — see test/integration/oauth-completion.test.ts.)
  });

  it("tells the user when they declined at Google, and offers to try again", async () => {
    await openAs("bob");
    gw.google.consent = "deny";
    await page.getByRole("button", { name: "Connect Google" }).click();
    await notice("error").getByText("You declined access at Google; nothing was connected.").waitFor();
    expect(await notice("error").getByRole("button", { name: "Connect Google again" }).isVisible()).toBe(true);
    expect(await page.locator("#connection-list").textContent()).toContain("No connections yet");
  });

  it("connects Supabase with a key, showing Supabase's own reason when it rejects one", async () => {
    await openAs("alice");
    const key = page.getByLabel("Personal access token");
    await key.fill("sbp_not_a_real_token");
    await page.getByRole("button", { name: "Connect Supabase" }).click();
    const problem = page.locator("#error-supabase");
    await problem.getByText("Supabase rejected the access token: Unauthorized").waitFor();
    expect(await key.getAttribute("aria-invalid")).toBe("true");
    expect(await row("SUPABASE").count()).toBe(0);

    await key.fill(SUPABASE_KEY);
    await page.getByLabel("Name (optional)").fill("Acme production");
    await key.press("Enter");
    await notice("success").getByText("Connected Supabase: Acme production.").waitFor();
    expect(await row("SUPABASE").locator(".account").textContent()).toBe("Acme production");
    expect(await row("SUPABASE").textContent()).toContain("Personal access token");
    expect(await problem.textContent()).toBe("");
    expect(await key.inputValue()).toBe("");
    // The key went in and never came back: not in the page, not in the logs.
    expect(await page.content()).not.toContain(SUPABASE_KEY);
    expect(gw.logs.join("\n")).not.toContain(SUPABASE_KEY);
    await screenshot(page, "connections-desktop");

    await page.setViewportSize(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const widths = await page.locator("button:visible").evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right));
    expect(Math.max(...widths)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "connections-phone");
  });

  it("says when to retry when Supabase rate-limits", async () => {
    const other = `sbp_${"b2".repeat(20)}`;
    gw.supabase.addToken(other, { user: "sb-user-2", projects: [], organizations: [] });
    gw.supabase.rateLimitPerMinute = 1;
    try {
      await openAs("carol");
      const key = page.getByLabel("Personal access token");
      await key.fill(other);
      await key.press("Enter");
      await notice("success").getByText("Connected Supabase: Supabase (0 projects).").waitFor();
      await key.fill(other);
      await key.press("Enter");
      const problem = page.locator("#error-supabase");
      await problem.getByText("Supabase is rate limiting requests.").waitFor();
      const [, seconds] = /^Supabase is rate limiting requests\. Try again in (\d+) s \(at \d\d:\d\d:\d\d\)\.$/.exec((await problem.textContent()) ?? "") ?? [];
      // Supabase's Retry-After: the rest of its one-minute window.
      expect(Number(seconds)).toBeGreaterThan(0);
      expect(Number(seconds)).toBeLessThanOrEqual(60);
      // The earlier success message does not linger next to the new problem.
      expect(await notice("success").count()).toBe(0);
      await screenshot(page, "rate-limited-desktop");
    } finally {
      gw.supabase.rateLimitPerMinute = 60;
    }
  });

  it("works from the keyboard alone: connect GitHub, then disconnect it with the two-step confirmation", async () => {
    await openAs("dave");
    await focusByTab("Connect GitHub");
    await page.keyboard.press("Enter");
    await notice("success").getByText("Connected GitHub: octocat.").waitFor();
    expect(await row("GITHUB").locator(".scopes li").allTextContents()).toEqual(expect.arrayContaining(["repo", "read:user"]));

    const revocations = gw.github.counters.revoke;
    await focusByTab("Disconnect");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Yes, disconnect");
    expect(await row("GITHUB").locator(".confirm").textContent()).toBe("Disconnect octocat?");
    await page.keyboard.press("Enter");
    await notice("success").getByText("Disconnected GitHub: octocat. Access was revoked at GitHub.").waitFor();
    expect(await row("GITHUB").count()).toBe(0);
    expect(gw.github.counters.revoke).toBe(revocations + 1);
  });

  it("marks a revoked Google connection and brings it back with Reconnect, keeping its id", async () => {
    gw.google.account = { sub: "330000000000000000003", email: "grace@example.com" };
    await openAs("erin");
    await page.getByRole("button", { name: "Connect Google" }).click();
    await notice("success").getByText("Connected Google: grace@example.com.").waitFor();
    const id = await row("GOOGLE").getAttribute("data-connection-id");

    // The user removes the app at Google; the next token refresh finds out and marks the connection.
    gw.google.revokeGrant("330000000000000000003");
    const stored = await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: "erin" } });
    await expect(liveCredential(gw.app.deps, stored, { staleToken: "refused-upstream" })).rejects.toMatchObject({ code: "RECONNECT_REQUIRED" });

    await page.reload();
    await row("GOOGLE").locator(".badge").getByText("Needs reconnecting (revoked)").waitFor();
    await screenshot(page, "needs-reauth-desktop");
    await row("GOOGLE").getByRole("button", { name: "Reconnect Google" }).click();
    await notice("success").getByText("Connected Google: grace@example.com.").waitFor();
    expect(await row("GOOGLE").count()).toBe(1);
    expect(await row("GOOGLE").getAttribute("data-connection-id")).toBe(id);
    expect(await row("GOOGLE").locator(".badge").textContent()).toBe("Active");
  });

  it("disconnects Google with the mouse and says it was revoked there", async () => {
    await openAs("alice");
    const revocations = gw.google.counters.revoke;
    await row("GOOGLE").getByRole("button", { name: "Disconnect" }).click();
    await row("GOOGLE").getByRole("button", { name: "Yes, disconnect" }).click();
    await notice("success").getByText("Disconnected Google: ada@example.com. Access was revoked at Google.").waitFor();
    expect(await row("GOOGLE").count()).toBe(0);
    expect(gw.google.counters.revoke).toBe(revocations + 1);
    // Supabase tokens cannot be revoked by the gateway: the page says what to do instead.
    await row("SUPABASE").getByRole("button", { name: "Disconnect" }).click();
    await row("SUPABASE").getByRole("button", { name: "Yes, disconnect" }).click();
    await notice("info").getByText("revoke it in the Supabase dashboard").waitFor();
    expect(await page.locator("#connection-list").textContent()).toContain("No connections yet");
  });
});

/** Presses Tab until the focused element's text is `name` (fails if it is never reached). */
async function focusByTab(name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
  }
  throw new Error(`"${name}" cannot be reached with the Tab key`);
}
