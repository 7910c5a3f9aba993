import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Containers often have a 64 MB /dev/shm; Chromium then crashes on larger pages.
  "--disable-dev-shm-usage",
];
export const SCREENSHOT_DIR = path.resolve("test-results/screenshots");
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface TestChromium {
  context: BrowserContext;
  /** Every URL the browser requested (redirect hops included), in order. */
  requests: string[];
  /** Console errors and uncaught page errors (CSP violations show up here). */
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile. Never skips: a missing browser is a failure
 * with instructions, because CI installs it.
 */
export async function launchChromium(): Promise<TestChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests need it: apt-get install -y chromium ` +
        `(or set CHROMIUM_PATH to a Chromium binary). See docs/readme/issue-5-ci.md.`,
    );
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), "gw-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP,
    locale: "en-GB",
    timezoneId: "UTC",
  });
  // Fail with Playwright's own message (what it waited for) well before the test's timeout.
  context.setDefaultTimeout(10_000);
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const watch = (page: Page) => {
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("pageerror", (e) => consoleErrors.push(e.message));
  };
  context.on("page", watch);
  context.pages().forEach(watch);
  return {
    context,
    requests,
    consoleErrors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves test-results/screenshots/<name>.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** URLs that left loopback (there must be none). */
export const offLoopback = (urls: string[]) => urls.filter((u) => !/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|about:blank)/.test(u));

/**
 * Pages share one browser context (and so localStorage). On a new page's first load only, this
 * sets who is signed in — `token`, as the sign-in form would store it — or, without one, forgets
 * whoever signed in last. The flag lives in the tab's sessionStorage, which survives the OAuth
 * round trip, so later loads keep what the page itself stored.
 */
export async function startSignedIn(page: Page, token: string | null): Promise<void> {
  await page.addInitScript((value) => {
    if (location.protocol !== "http:") return; // about:blank and friends have no storage
    if (sessionStorage.getItem("test.fresh-tab")) return;
    sessionStorage.setItem("test.fresh-tab", "1");
    localStorage.clear();
    if (value) localStorage.setItem("integrations-gateway.token", value);
  }, token);
}
