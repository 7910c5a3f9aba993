import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPHIQL_CSP } from "../../src/http/graphiql.js";
import { launchChromium, screenshot, type TestChromium } from "../support/chromium.js";
import { startLiveGateway, type LiveGateway } from "../support/live-gateway.js";

/**
 * GraphiQL with no network: every request that does not go to 127.0.0.1 is blocked, the page runs
 * under its CSP, and still renders and answers a query.
 */
let gw: LiveGateway;
let browser: TestChromium;
beforeAll(async () => {
  browser = await launchChromium();
  gw = await startLiveGateway();
});
afterAll(async () => {
  await browser?.close();
  await gw?.close();
});

describe("GraphiQL", () => {
  it("renders from the gateway's own assets and runs a query, with everything off 127.0.0.1 blocked, under a strict CSP", async () => {
    const blocked: string[] = [];
    await browser.context.route(/.*/, (route) => {
      const url = route.request().url();
      if (/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:)/.test(url)) return route.continue();
      blocked.push(url);
      return route.abort("internetdisconnected");
    });
    const page = await browser.newPage();
    const response = await page.goto(`${gw.url}/graphql`, { waitUntil: "domcontentloaded", timeout: 90_000 });
    expect(response!.status()).toBe(200);
    expect(response!.headers()["content-security-policy"]).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(GRAPHIQL_CSP).not.toMatch(/unsafe-eval|https?:/);
    const html = await response!.text();
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script
    expect(html).not.toMatch(/https?:\/\//);

    // The editor shows the default query; run it and read the answer.
    await page.locator(".graphiql-container").first().waitFor({ timeout: 90_000 });
    await page.getByText("query Me").first().waitFor({ timeout: 60_000 });
    const editor = page.locator(".graphiql-query-editor .monaco-editor, .graphiql-query-editor textarea, .graphiql-query-editor .cm-editor").first();
    await editor.click();
    await page.keyboard.press("Control+A");
    // insertText: one input event, so the editor's auto-closing brackets and suggestions cannot interfere.
    await page.keyboard.insertText("query Providers { integrationProviders { id configured } }");
    await page.locator("button.graphiql-execute-button").click();
    await page.locator(".graphiql-response").getByText('"integrationProviders"').waitFor({ timeout: 60_000 });
    await page.locator(".graphiql-response").getByText('"SUPABASE"').first().waitFor();
    await screenshot(page, "graphiql");
    expect(blocked).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
