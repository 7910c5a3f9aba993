import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium, NO_CHROMIUM } from "../support/chromium.js";

/** How the browser tests find a Chromium on a machine that may have none installed. */
const scratch = mkdtempSync(path.join(tmpdir(), "gw-find-chromium-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const empty = path.join(scratch, "empty");

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, and refuses one that names no executable instead of falling back", async () => {
    const bin = path.join(scratch, "my-chrome");
    writeFileSync(bin, "#!/bin/sh\n");
    chmodSync(bin, 0o755);
    expect(await findChromium({ env: { CHROMIUM_PATH: bin, PATH: "/usr/bin" } })).toEqual({ executablePath: bin, source: "CHROMIUM_PATH" });
    await expect(findChromium({ env: { CHROMIUM_PATH: path.join(scratch, "nope"), PATH: "/usr/bin" } })).rejects.toThrow(/CHROMIUM_PATH=.*nope is not an executable file/);
  });

  it("finds a system Chromium or Chrome on PATH", async () => {
    const dir = path.join(scratch, "bin");
    mkdirSync(dir);
    const chrome = path.join(dir, "google-chrome");
    writeFileSync(chrome, "#!/bin/sh\n");
    chmodSync(chrome, 0o755);
    expect(await findChromium({ env: { PATH: `${empty}:${dir}` } })).toEqual({ executablePath: chrome, source: "system" });
  });

  it("with nothing installed and no npm build for the platform, fails with one line saying how to get a browser", async () => {
    const attempt = findChromium({ env: { PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty }, platform: "freebsd", arch: "x64", cacheDir: path.join(scratch, "cache") });
    await expect(attempt).rejects.toThrow(NO_CHROMIUM);
    expect(NO_CHROMIUM).not.toContain("\n");
    expect(NO_CHROMIUM).toMatch(/CHROMIUM_PATH/);
  });

  it("with nothing installed on Linux x64, unpacks the @sparticuz/chromium build from node_modules and it runs", async () => {
    const cacheDir = path.join(scratch, "cache");
    const attempt = findChromium({ env: { PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty }, cacheDir });
    if (process.platform !== "linux" || process.arch !== "x64") {
      await expect(attempt).rejects.toThrow(NO_CHROMIUM);
      return;
    }
    const found = await attempt;
    expect(found.source).toBe("npm");
    expect(found.executablePath.startsWith(cacheDir)).toBe(true);
    expect(existsSync(found.executablePath)).toBe(true);
    expect(execFileSync(found.executablePath, ["--version"], { encoding: "utf8", env: { ...process.env, ...found.env } })).toMatch(/^Chromium \d+/);
    // A second call reuses what was unpacked.
    expect(await findChromium({ env: { PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty }, cacheDir })).toEqual(found);
  }, 120_000); // unpacking ~200 MB: 2 s on a quiet machine, much longer on a busy one
});
