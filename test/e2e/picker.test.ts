import { copyFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { googleError } from "../fakes/google-drive.js";
import { DESKTOP, startSignedIn, launchChromium, offLoopback, PHONE, screenshot, type TestChromium } from "../support/chromium.js";
import { startLiveGateway, type LiveGateway } from "../support/live-gateway.js";
import { seedDrive, seedResources, type ResourceFakes } from "../support/seed.js";

/**
 * The resource picker in headless Chromium against the gateway on 127.0.0.1 and the seeded fake
 * Drive, Sheets and GitHub (test/support/seed.ts): every list below came through GraphQL from a fake.
 */
let gw: LiveGateway;
let fakes: ResourceFakes;
let browser: TestChromium;
let page: Page;
/** The GraphQL operations the page sent (name and variables), in order. */
let sent: { operationName: string; variables: Record<string, unknown> }[] = [];

const NORA = { sub: "220000000000000000002", email: "nora@example.com" };
const SPREADSHEET = "application/vnd.google-apps.spreadsheet";

beforeAll(async () => {
  browser = await launchChromium(); // first: without Chromium this fails at once, with instructions
  gw = await startLiveGateway();
  fakes = seedResources(gw);
  seedDrive(fakes.drive.of(NORA.sub), fakes.sheets);
});
afterAll(async () => {
  await browser?.close();
  await gw?.close();
});
afterEach(async () => {
  await page?.close();
  gw.google.account = { sub: "110000000000000000001", email: "ada@example.com" };
  // Nothing left loopback, and the page broke no CSP rule (a violation is a console error).
  expect(offLoopback(browser.requests)).toEqual([]);
  expect(browser.consoleErrors).toEqual([]);
  browser.requests.length = 0;
});

async function openAs(userId: string, viewport = DESKTOP): Promise<Page> {
  page = await browser.newPage();
  await page.setViewportSize(viewport);
  sent = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/graphql") && r.method() === "POST") {
      const body = r.postDataJSON() as { query: string; variables?: Record<string, unknown> };
      sent.push({ operationName: /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? "", variables: body.variables ?? {} });
    }
  });
  // As if the token had been pasted into the sign-in form (that form is tested on its own).
  await startSignedIn(page, await gw.tokenFor(userId));
  await page.goto(`${gw.url}/`);
  await page.getByText(`Signed in as ${userId}`).waitFor();
  return page;
}

const picker = () => page.locator("#picker");
const notice = (kind: "success" | "error" | "info") => page.locator(`#notices .notice[data-kind="${kind}"]`);
const pickerNotice = (kind: "error" | "info") => page.locator(`#picker-notices .notice[data-kind="${kind}"]`);
const crumbs = () => page.locator("#picker-crumbs li").allTextContents();
const names = () => page.locator("#picker-list li .name").allTextContents();
const status = () => page.locator("#picker-status").textContent();
const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent);
/** The JSON a tool (or a parameter) receives, as the page shows it. */
const received = async () => JSON.parse((await page.locator("#picker-value pre").textContent()) ?? "null");
const lastSent = (operationName: string) => sent.filter((s) => s.operationName === operationName).at(-1)?.variables;

/** Waits until the picker's list shows these names first (the list is replaced after each request). */
async function listStartsWith(...expected: string[]) {
  await page.waitForFunction((want) => {
    const got = [...document.querySelectorAll("#picker-list li .name")].map((n) => n.textContent);
    return want.every((w, i) => got[i] === w);
  }, expected);
}

async function connectGoogle(scopes: string) {
  await page.getByLabel("Permissions to ask for").first().fill(scopes);
  await page.getByRole("button", { name: "Connect Google" }).click();
  await notice("success").getByText("Connected Google:").waitFor();
}

describe("the resource picker", () => {
  it("browses a Drive connected through the redirect dance: two levels deep, breadcrumbs, a second page, search and filter", async () => {
    await openAs("alice");
    browser.requests.length = 0;
    await connectGoogle("drive.readonly spreadsheets.readonly");
    const hops = browser.requests.filter((u) => !/\/(app\.js|app\.css|graphql)$/.test(u)).map((u) => new URL(u).pathname);
    expect(hops).toEqual(["/v1/integrations/google/authorize", "/o/oauth2/v2/auth", "/v1/integrations/google/callback", "/"]);

    // Free browsing: the connection and its provider's resource types (from integrationProviders).
    await expect.poll(() => picker().getByLabel("Connection").locator("option:checked").textContent()).toBe("Google: ada@example.com");
    expect(await picker().getByLabel("Resource type").locator("option").allTextContents()).toEqual(["Drive file", "Drive folder", "Spreadsheet", "Spreadsheet tab", "Gmail label"]);
    await listStartsWith("Shared with me", "Shared drives", "Archive", "Big folder", "Empty folder", "Projects", "Ada's budget");
    expect(await crumbs()).toEqual(["ada@example.com"]);
    expect(await status()).toBe("25 items, more to load.");

    // The second page of My Drive: "Load more" follows pageInfo.endCursor; focus lands on the first new item.
    await picker().getByRole("button", { name: "Load more" }).click();
    await expect.poll(status).toBe("28 items.");
    expect((await names()).slice(24)).toEqual(["Root file 17", "Root file 18", "Root file 19", "Root file 20"]);
    expect(await focused()).toBe("Select Root file 18");
    expect(await picker().getByRole("button", { name: "Load more" }).isVisible()).toBe(false);
    expect(lastSent("PickerList")).toMatchObject({ type: "GOOGLE_DRIVE_FILE", first: 25, after: expect.any(String) });

    // Two levels deep with the mouse: Big folder (and its second page), then one of its folders.
    await picker().getByRole("button", { name: "Open Big folder" }).click();
    await listStartsWith("Sub 01", "Sub 02");
    expect(await crumbs()).toEqual(["ada@example.com", "My Drive", "Big folder"]);
    expect(await focused()).toBe("Open Sub 01");
    await picker().getByRole("button", { name: "Load more" }).click();
    await expect.poll(status).toBe("50 items, more to load.");
    expect((await names()).slice(24, 26)).toEqual(["File 013", "File 014"]);
    await picker().getByRole("button", { name: "Open Sub 03" }).click();
    await listStartsWith("Sub 3 file 1.txt", "Sub 3 file 2.txt", "Sub 3 file 3.txt");
    expect(await crumbs()).toEqual(["ada@example.com", "My Drive", "Big folder", "Sub 03"]);
    await screenshot(page, "picker-drive-desktop");

    // Breadcrumbs go back up; then deeper with the keyboard alone (Enter opens the focused folder).
    await picker().locator("#picker-crumbs").getByRole("button", { name: "My Drive" }).click();
    await listStartsWith("Archive", "Big folder", "Empty folder", "Projects");
    expect(await crumbs()).toEqual(["ada@example.com", "My Drive"]);
    await picker().getByRole("button", { name: "Open Projects" }).focus();
    await page.keyboard.press("Enter");
    await listStartsWith("2026", "Roadmap");
    expect(await focused()).toBe("Open 2026");
    await page.keyboard.press("Enter");
    await listStartsWith("Q1");
    await page.keyboard.press("Enter");
    await listStartsWith("Reports");
    await page.keyboard.press("Enter");
    await listStartsWith("Quarterly numbers", "Report 1.pdf");
    expect(await crumbs()).toEqual(["ada@example.com", "My Drive", "Projects", "2026", "Q1", "Reports"]);
    expect(await focused()).toBe("Select Quarterly numbers");

    // Select with the keyboard: the value a parameter picking a Drive file receives is the resourceId.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Select Report 2.pdf");
    await page.keyboard.press("Enter");
    expect(await received()).toBe(fakes.ids.report2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("picker-value");
    expect(await picker().getByRole("button", { name: "Select Report 2.pdf" }).getAttribute("aria-pressed")).toBe("true");
    await picker().screenshot({ path: "test-results/screenshots/picker-drive-folder.png" });
    copyFileSync("test-results/screenshots/picker-drive-folder.png", "docs/picker.png");

    // Filter (server side: resources(filter: { mimeTypes })) keeps folders, drops other files.
    await picker().getByLabel("Show").selectOption({ label: "Spreadsheets" });
    await expect.poll(names).toEqual(["Quarterly numbers"]);
    expect(lastSent("PickerOpen")).toMatchObject({ filter: { mimeTypes: [SPREADSHEET] } });
    await picker().getByLabel("Show").selectOption({ label: "Everything" });
    await expect.poll(() => names().then((n) => n.length)).toBe(6);

    // Search in this folder, then clear it.
    await picker().getByLabel("Search in Reports").fill("Report 4");
    await picker().getByLabel("Search in Reports").press("Enter");
    await expect.poll(names).toEqual(["Report 4.pdf"]);
    expect(await status()).toBe("1 item matching “Report 4”.");
    await picker().getByRole("button", { name: "Clear search" }).click();
    await expect.poll(() => names().then((n) => n.length)).toBe(6);

    // A search from the top covers the whole Drive; opening a result shows where it lives (ancestors).
    await picker().locator("#picker-crumbs").getByRole("button", { name: "ada@example.com" }).click();
    await picker().getByLabel("Search everything").fill("Reports");
    await picker().getByLabel("Search everything").press("Enter");
    await expect.poll(names).toEqual(["Reports"]);
    await picker().getByRole("button", { name: "Open Reports" }).click();
    await expect.poll(() => names().then((n) => n.length)).toBe(6);
    expect(await crumbs()).toEqual(["ada@example.com", "My Drive", "Projects", "2026", "Q1", "Reports"]);
    expect(await picker().getByLabel("Search in Reports").inputValue()).toBe("");

    await page.setViewportSize(PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await screenshot(page, "picker-drive-phone");
  });

  it("lets a Sheets tool parameter drive the picker: a spreadsheet, then one of its tabs", async () => {
    await openAs("alice");
    await picker().getByLabel("Tool (optional)").selectOption("sheets_read_values");
    // The parameter's picker fixes the type and the filter.
    expect(await picker().getByLabel("Parameter").locator("option").allTextContents()).toEqual(["spreadsheet_id", "sheet (optional)"]);
    expect(await picker().locator("#picker-parameter-hint").textContent()).toBe("The spreadsheet. Picks a drive file (spreadsheets only).");
    expect(await picker().getByLabel("Resource type").isDisabled()).toBe(true);
    expect(await picker().getByLabel("Resource type").locator("option:checked").textContent()).toBe("Drive file");
    expect(await picker().getByLabel("Show").locator("option:checked").textContent()).toBe("Spreadsheets");
    await listStartsWith("Shared with me", "Shared drives", "Archive", "Big folder", "Empty folder", "Projects", "Ada's budget", "Root file 02");
    expect(await names()).not.toContain("Ada's notes.txt");
    expect(lastSent("PickerList")).toEqual({ connectionId: expect.any(String), type: "GOOGLE_DRIVE_FILE", parentId: null, filter: { mimeTypes: [SPREADSHEET] }, search: null, first: 25, after: null });
    // A folder is not a spreadsheet: it opens, it cannot be selected.
    expect(await picker().getByRole("button", { name: "Select Projects" }).count()).toBe(0);

    // A search without a folder searches the whole Drive.
    await picker().getByLabel("Search everything").fill("Quarterly");
    await picker().getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(names).toEqual(["Quarterly numbers"]);
    await picker().getByRole("button", { name: "Select Quarterly numbers" }).click();
    expect(await received()).toEqual({ spreadsheet_id: fakes.ids.quarterly });

    // The tab parameter depends on spreadsheet_id: it browses inside the picked spreadsheet.
    await picker().getByRole("button", { name: "Pick sheet next" }).click();
    await listStartsWith("Revenue", "Costs", "Headcount");
    expect(await crumbs()).toEqual(["Quarterly numbers"]);
    expect(await picker().getByLabel("Resource type").locator("option:checked").textContent()).toBe("Spreadsheet tab");
    expect(await picker().locator("#picker-parameter-hint").textContent()).toBe("The tab (sheet) name; default: the first tab. Picks a spreadsheet tab, inside the spreadsheet_id you pick.");
    expect(lastSent("PickerList")).toMatchObject({ type: "GOOGLE_SHEET_TAB", parentId: fakes.ids.quarterly, filter: null });
    expect(await focused()).toBe("Select Revenue");
    await picker().getByRole("button", { name: "Select Costs" }).click();
    // valueField "name": the tab parameter receives the tab's title.
    expect(await received()).toEqual({ spreadsheet_id: fakes.ids.quarterly, sheet: "Costs" });
    expect(await picker().locator("#picker-value").textContent()).toContain("spreadsheet_id: the resourceId of “Quarterly numbers”; sheet: the name of “Costs”.");
    await screenshot(page, "picker-sheet-tab-desktop");

    // Picking another spreadsheet forgets the tab chosen inside the first one.
    await picker().getByLabel("Parameter").selectOption("spreadsheet_id");
    await listStartsWith("Shared with me");
    await picker().getByRole("button", { name: "Select Ada's budget" }).click();
    expect(await received()).toEqual({ spreadsheet_id: fakes.ids.budget });
    await picker().getByRole("button", { name: "Pick sheet next" }).click();
    await listStartsWith("Summary", "Q1", "Q2", "Data – raw");
    await picker().getByRole("button", { name: "Select Data – raw" }).click();
    expect(await received()).toEqual({ spreadsheet_id: fakes.ids.budget, sheet: "Data – raw" });

    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await screenshot(page, "picker-sheet-tab-phone");
  });

  it("follows a GitHub tool's dependsOn chain: repository, then a branch inside it, then a path at that branch", async () => {
    await openAs("alice");
    await page.getByRole("button", { name: "Connect GitHub" }).click();
    await notice("success").getByText("Connected GitHub: octocat.").waitFor();
    await picker().getByLabel("Tool (optional)").selectOption("github_get_file_contents");
    await expect.poll(() => picker().getByLabel("Connection").locator("option:checked").textContent()).toBe("GitHub: octocat");
    await picker().getByLabel("Search everything").fill("hello-world");
    await picker().getByLabel("Search everything").press("Enter");
    await expect.poll(names).toEqual(["octocat/hello-world"]);
    // A repository opens (into branches) and can be selected: two buttons.
    await picker().getByRole("button", { name: "Select octocat/hello-world" }).click();
    expect(await received()).toEqual({ repository: "octocat/hello-world" });

    await picker().getByRole("button", { name: "Pick ref next" }).click();
    await listStartsWith("develop", "feature/login", "main", "release@2026");
    expect(lastSent("PickerList")).toMatchObject({ type: "GITHUB_BRANCH", parentId: "octocat/hello-world" });
    await picker().getByRole("button", { name: "Select main" }).click();
    expect(await received()).toEqual({ repository: "octocat/hello-world", ref: "main" });

    // The path picker browses under the picked branch's resourceId (not the ref value "main").
    await picker().getByRole("button", { name: "Pick path next" }).click();
    await listStartsWith("assets", "docs", "src");
    expect(lastSent("PickerList")).toMatchObject({ type: "GITHUB_FILE", parentId: "octocat/hello-world@main" });
    expect(await crumbs()).toEqual(["main"]);
    await picker().getByRole("button", { name: "Open docs" }).click();
    await listStartsWith("guide", "it's here.md");
    expect(await crumbs()).toEqual(["main", "docs"]);
    await picker().getByRole("button", { name: "Select it's here.md" }).click();
    // valueField "path": the path inside the repository.
    expect(await received()).toEqual({ repository: "octocat/hello-world", ref: "main", path: "docs/it's here.md" });
    await screenshot(page, "picker-github-desktop");
  });

  it("says when to retry when Google rate-limits a listing, and lists again afterwards", async () => {
    await openAs("alice");
    await listStartsWith("Shared with me");
    gw.google.server.failNext((r) => r.path === "/drive/v3/files", googleError(429, "Rate Limit Exceeded", "rateLimitExceeded", { domain: "usageLimits", status: "RESOURCE_EXHAUSTED", headers: { "retry-after": "7" } }));
    await picker().getByRole("button", { name: "Open Projects" }).click();
    const problem = pickerNotice("error");
    await problem.waitFor();
    expect(await problem.locator("p").textContent()).toMatch(/^Google is rate limiting requests\. Try again in 7 s \(at \d\d:\d\d:\d\d\)\.$/);
    expect(await crumbs()).toEqual(["ada@example.com"]);
    await screenshot(page, "picker-rate-limited-desktop");
    await picker().getByRole("button", { name: "Open Projects" }).click();
    await listStartsWith("2026", "Roadmap");
    expect(await problem.count()).toBe(0);
  });

  it("offers the missing permissions for a tool, and after incremental re-authorization the same connection browses", async () => {
    gw.google.account = NORA;
    await openAs("nora");
    await connectGoogle("drive.metadata.readonly");
    const row = page.locator('li.connection[data-provider="GOOGLE"]');
    const connectionId = await row.getAttribute("data-connection-id");
    expect(await row.locator(".scopes li").allTextContents()).not.toContain("spreadsheets.readonly");

    // Before browsing: the tool needs a scope this connection lacks.
    await picker().getByLabel("Tool (optional)").selectOption("sheets_read_values");
    await pickerNotice("info").getByText("sheets_read_values needs permissions nora@example.com has not granted: spreadsheets.readonly.").waitFor();
    // Drive metadata is enough to find the spreadsheet...
    await picker().getByRole("button", { name: "Select Ada's budget" }).click();
    await picker().getByRole("button", { name: "Pick sheet next" }).click();
    // ...but not to read its tabs: Sheets refuses, the gateway says INSUFFICIENT_SCOPE.
    const problem = pickerNotice("error");
    await problem.getByText("Google has not granted the permissions this needs: drive.readonly, spreadsheets.readonly.").waitFor();
    await screenshot(page, "picker-insufficient-scope-desktop");

    browser.requests.length = 0;
    await problem.getByRole("button", { name: "Reconnect with the missing permissions" }).click();
    await notice("success").getByText("Connected Google: nora@example.com.").waitFor();
    const consent = new URL(browser.requests.find((u) => u.includes("/o/oauth2/v2/auth"))!);
    expect(consent.searchParams.get("include_granted_scopes")).toBe("true");
    expect(consent.searchParams.get("scope")!.split(" ")).toEqual(expect.arrayContaining(["https://www.googleapis.com/auth/spreadsheets.readonly"]));
    expect(lastSent("PageStartOAuth")).toMatchObject({ input: { connectionId, tools: ["sheets_read_values"] } });

    // The same connection, now with the scope; the picker is back where it was and lists the tabs.
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute("data-connection-id")).toBe(connectionId);
    expect(await row.locator(".scopes li").allTextContents()).toEqual(expect.arrayContaining(["drive.metadata.readonly", "spreadsheets.readonly"]));
    await listStartsWith("Summary", "Q1", "Q2", "Data – raw");
    expect(await picker().getByLabel("Parameter").inputValue()).toBe("sheet");
    expect(await page.locator("#picker-notices").textContent()).toBe("");
    await picker().getByRole("button", { name: "Select Q2" }).click();
    expect(await received()).toEqual({ spreadsheet_id: fakes.ids.budget, sheet: "Q2" });
  });

  it("a revoked grant: reconnect from the picker keeps the connection; disconnecting empties the picker", async () => {
    await openAs("alice");
    await picker().getByRole("button", { name: "Open Projects" }).waitFor();
    const googleId = await page.locator('li.connection[data-provider="GOOGLE"]').getAttribute("data-connection-id");
    gw.google.revokeGrant("110000000000000000001");
    await picker().getByRole("button", { name: "Open Projects" }).click();
    await pickerNotice("error").getByRole("button", { name: "Reconnect Google" }).waitFor();

    // The connection is now NEEDS_REAUTH: the picker says so instead of browsing.
    await page.reload();
    await pickerNotice("error").getByText("ada@example.com needs reconnecting before it can be browsed.").waitFor();
    expect(await picker().getByLabel("Connection").locator("option:checked").textContent()).toBe("Google: ada@example.com (needs reconnecting)");
    await screenshot(page, "picker-needs-reauth-desktop");
    await pickerNotice("error").getByRole("button", { name: "Reconnect Google" }).click();
    await notice("success").getByText("Connected Google: ada@example.com.").waitFor();
    expect(await page.locator('li.connection[data-provider="GOOGLE"]').getAttribute("data-connection-id")).toBe(googleId);
    await listStartsWith("Shared with me", "Shared drives");

    // Disconnect Google: the picker moves to the GitHub connection; then GitHub: nothing left to browse.
    await page.locator('li.connection[data-provider="GOOGLE"]').getByRole("button", { name: "Disconnect" }).click();
    await page.getByRole("button", { name: "Yes, disconnect" }).click();
    await notice("success").getByText("Disconnected Google: ada@example.com.").waitFor();
    await expect.poll(() => picker().getByLabel("Connection").locator("option:checked").textContent()).toBe("GitHub: octocat");
    expect(await picker().getByLabel("Resource type").locator("option").allTextContents()).toEqual(["Repository", "Branch", "File or directory"]);
    await expect.poll(() => names().then((n) => n.length)).toBe(25);
    await page.locator('li.connection[data-provider="GITHUB"]').getByRole("button", { name: "Disconnect" }).click();
    await page.getByRole("button", { name: "Yes, disconnect" }).click();
    await picker().getByText("Connect an account above to browse it.").waitFor();
    expect(await picker().getByLabel("Connection").isDisabled()).toBe(true);
    await page.setViewportSize(PHONE);
    await screenshot(page, "picker-empty-phone");
  });
});
