import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * The page's sources (src/web): served from source, so `npm start` needs no build step. Resolved
 * from the project root, so the compiled server (dist/http/web.js) finds them too.
 */
export const WEB_ROOT = fileURLToPath(new URL("../../src/web/", import.meta.url));

/**
 * Same-origin only: our own script, stylesheet and /graphql; no inline code, no CDN, no framing.
 * Navigating to an OAuth provider is a top-level navigation, which CSP does not restrict.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": PAGE_CSP,
  "x-content-type-options": "nosniff",
  // The page's URL carries connection ids after an OAuth round trip: never send it anywhere.
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

interface Asset {
  type: string;
  load: (root: string, development: boolean) => Promise<string>;
}

const ASSETS: Record<string, Asset> = {
  "/": { type: "text/html; charset=utf-8", load: (root) => readFile(`${root}index.html`, "utf8") },
  "/app.css": { type: "text/css; charset=utf-8", load: (root) => readFile(`${root}app.css`, "utf8") },
  "/app.js": { type: "text/javascript; charset=utf-8", load: bundleScript },
};

/** Bundles src/web/main.ts (and the generated documents it imports) into one ES module, in memory. */
async function bundleScript(root: string, development: boolean): Promise<string> {
  const result = await build({
    entryPoints: [`${root}main.ts`],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    sourcemap: development ? "inline" : false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/**
 * The picker page: `GET /`, `/app.js`, `/app.css`; null for any other path. Assets are built on
 * first request and kept; with `rebuildOnRequest` (development) every request reads the sources again.
 */
export function createWebRoutes(options: { rebuildOnRequest: boolean; root?: string }) {
  const root = options.root ?? WEB_ROOT;
  const cache = new Map<string, Promise<string>>();
  const content = (path: string, asset: Asset): Promise<string> => {
    if (options.rebuildOnRequest) return asset.load(root, true);
    let pending = cache.get(path);
    if (!pending) {
      pending = asset.load(root, false);
      // A failed build is not cached: the next request tries again.
      pending.catch(() => cache.delete(path));
      cache.set(path, pending);
    }
    return pending;
  };
  return async (request: Request, url: URL): Promise<Response | null> => {
    const asset = Object.hasOwn(ASSETS, url.pathname) ? ASSETS[url.pathname] : undefined;
    if (!asset || (request.method !== "GET" && request.method !== "HEAD")) return null;
    const body = await content(url.pathname, asset);
    return new Response(request.method === "HEAD" ? null : body, { headers: { ...SECURITY_HEADERS, "content-type": asset.type } });
  };
}
