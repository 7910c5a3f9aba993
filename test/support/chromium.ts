import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Where a browser came from, in the order they are tried. */
export type ChromiumSource = "CHROMIUM_PATH" | "system" | "playwright" | "npm";

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  /** Extra environment for the browser process (fonts for the npm build on a machine without any). */
  env?: Record<string, string>;
}

/** Names a system Chromium or Chrome goes by on PATH. */
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
/** Installed browsers that are not on PATH (macOS apps). */
const SYSTEM_PATHS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** The one line a run without any browser fails with. */
export const NO_CHROMIUM =
  "No Chromium for the browser tests: set CHROMIUM_PATH to a Chromium/Chrome binary, install one (apt-get install -y chromium, " +
  "or npx playwright-core install chromium), or run npm ci on Linux x64 (the @sparticuz/chromium devDependency ships one).";

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  platform?: string;
  arch?: string;
  /** Where the npm build is unpacked (default node_modules/.cache/gw-chromium). */
  cacheDir?: string;
}

/**
 * Finds a Chromium for the browser tests: CHROMIUM_PATH, a system Chromium/Chrome on PATH,
 * Playwright's browser cache, else the build inside the @sparticuz/chromium package (unpacked once).
 * Throws NO_CHROMIUM (one line, what to do) when there is none; CHROMIUM_PATH naming a missing
 * file is an error of its own, never a silent fallback.
 */
export async function findChromium(options: FindChromiumOptions = {}): Promise<FoundChromium> {
  const env = options.env ?? process.env;
  if (env.CHROMIUM_PATH) {
    if (!executable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file. ${NO_CHROMIUM}`);
    return { executablePath: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" };
  }
  const onPath = (env.PATH ?? "").split(path.delimiter).filter(Boolean).flatMap((dir) => SYSTEM_NAMES.map((name) => path.join(dir, name)));
  const system = [...onPath, ...SYSTEM_PATHS].find(executable);
  if (system) return { executablePath: system, source: "system" };

  const playwright = playwrightCached(env);
  if (playwright) return { executablePath: playwright, source: "playwright" };

  const npm = await npmChromium(options.platform ?? process.platform, options.arch ?? process.arch, options.cacheDir ?? path.resolve("node_modules/.cache/gw-chromium"));
  if (npm) return npm;
  throw new Error(NO_CHROMIUM);
}

/** The Chromium `npx playwright-core install chromium` put into Playwright's cache for this playwright-core. */
function playwrightCached(env: Record<string, string | undefined>): string | undefined {
  const saved = process.env.PLAYWRIGHT_BROWSERS_PATH;
  try {
    // playwright-core reads the cache location from the environment when asked.
    if (env.PLAYWRIGHT_BROWSERS_PATH !== undefined) process.env.PLAYWRIGHT_BROWSERS_PATH = env.PLAYWRIGHT_BROWSERS_PATH;
    const file = chromium.executablePath();
    return file && executable(file) ? file : undefined;
  } catch {
    return undefined;
  } finally {
    if (saved === undefined) delete process.env.PLAYWRIGHT_BROWSERS_PATH;
    else process.env.PLAYWRIGHT_BROWSERS_PATH = saved;
  }
}

/**
 * @sparticuz/chromium (a devDependency) carries a brotli-packed Linux x64 headless Chromium. It
 * unpacks into `tmpdir()`; we point that at a fresh staging folder and rename it into place, so
 * parallel test workers never see a half-written binary.
 */
async function npmChromium(platform: string, arch: string, cacheDir: string): Promise<FoundChromium | undefined> {
  if (platform !== "linux" || arch !== "x64") return undefined;
  const require = createRequire(import.meta.url);
  let version: string;
  try {
    // The package's exports hide package.json: find it beside the entry point (build/cjs/index.cjs).
    const root = path.resolve(path.dirname(require.resolve("@sparticuz/chromium")), "../..");
    version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
  const dir = path.join(cacheDir, version);
  const found = (): FoundChromium => {
    const env: Record<string, string> = {};
    // No system fonts (a bare container): use the package's own.
    if (!existsSync("/etc/fonts/fonts.conf")) {
      writeFileSync(path.join(dir, "fonts.conf"), `<?xml version="1.0"?><fontconfig><dir>${path.join(dir, "fonts")}</dir><cachedir>${path.join(dir, "fonts-cache")}</cachedir></fontconfig>`);
      env.FONTCONFIG_FILE = path.join(dir, "fonts.conf");
    }
    return { executablePath: path.join(dir, "chromium"), source: "npm", env };
  };
  if (executable(path.join(dir, "chromium"))) return found();
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(path.join(cacheDir, ".unpack-"));
  const savedTmp = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const { default: Chromium } = await import("@sparticuz/chromium");
    Chromium.setGraphicsMode = false; // no WebGL needed: skips unpacking SwiftShader
    await Chromium.executablePath();
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another worker got there first
  }
  return executable(path.join(dir, "chromium")) ? found() : undefined;
}
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
 * Launches headless Chromium (see findChromium) with a fresh profile. Never skips: without a
 * browser this throws NO_CHROMIUM, so the suite fails with the line that says how to get one.
 * CHROMIUM_EXPECT_SOURCE (CI) makes a browser from any other source a failure too.
 */
export async function launchChromium(): Promise<TestChromium> {
  const found = await findChromium();
  const expected = process.env.CHROMIUM_EXPECT_SOURCE;
  if (expected && expected !== found.source) throw new Error(`CHROMIUM_EXPECT_SOURCE=${expected}, but the browser came from ${found.source} (${found.executablePath})`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), "gw-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
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
