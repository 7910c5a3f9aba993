import type { GraphiQLOptions } from "graphql-yoga";

/**
 * GraphiQL from the installed @graphql-yoga/render-graphiql package, not a CDN, and without inline
 * code: the page links its script, stylesheet and Monaco workers from /graphiql/*, all same-origin,
 * so it works offline and under GRAPHIQL_CSP (no 'unsafe-inline' or 'unsafe-eval' for scripts).
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  // GraphiQL's editor (Monaco) adds <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const HEADERS = { "content-security-policy": GRAPHIQL_CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" };

type Assets = typeof import("@graphql-yoga/render-graphiql/graphiql");
let assets: Promise<Assets> | undefined;
/** ~9 MB of JavaScript: loaded on the first GraphiQL request only. */
const load = () => (assets ??= import("@graphql-yoga/render-graphiql/graphiql"));

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Yoga's `renderGraphiQL`: the page shell; the options travel as a data attribute, read by /graphiql/boot.js. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title ?? "GraphiQL")}</title>
<link rel="icon" href="/graphiql/favicon.ico">
<link rel="stylesheet" href="/graphiql/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run GraphiQL.</noscript>
<div id="root" data-options="${escapeHtml(JSON.stringify(options))}"></div>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/boot.js"></script>
</body>
</html>
`;
}

const BOOT = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) { return "/graphiql/worker-" + (label === "editorWorkerService" || label === "json" || label === "graphql" ? label : "editorWorkerService") + ".js"; },
};
var root = document.querySelector("#root");
YogaGraphiQL.renderYogaGraphiQL(root, JSON.parse(root.dataset.options));
`;

const JS = "text/javascript; charset=utf-8";
const ROUTES: Record<string, (a: Assets) => { type: string; body: string | Uint8Array<ArrayBuffer> }> = {
  "/graphiql/graphiql.js": (a) => ({ type: JS, body: a.js }),
  "/graphiql/graphiql.css": (a) => ({ type: "text/css; charset=utf-8", body: a.css }),
  "/graphiql/boot.js": () => ({ type: JS, body: BOOT }),
  "/graphiql/worker-editorWorkerService.js": (a) => ({ type: JS, body: a.editorWorkerService }),
  "/graphiql/worker-json.js": (a) => ({ type: JS, body: a.jsonWorker }),
  "/graphiql/worker-graphql.js": (a) => ({ type: JS, body: a.graphqlWorker }),
  "/graphiql/favicon.ico": (a) => dataUrl(a.favicon),
};

function dataUrl(url: string): { type: string; body: Uint8Array<ArrayBuffer> } {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(url);
  if (!match) return { type: "image/x-icon", body: new Uint8Array() };
  return { type: match[1]!, body: new Uint8Array(match[2] ? Buffer.from(match[3]!, "base64") : Buffer.from(decodeURIComponent(match[3]!))) };
}

/** GET /graphiql/*: the assets; null for other paths. */
export async function graphiqlAssets(request: Request, url: URL): Promise<Response | null> {
  const route = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
  if (!route || (request.method !== "GET" && request.method !== "HEAD")) return null;
  const { type, body } = route(await load());
  return new Response(request.method === "HEAD" ? null : body, { headers: { ...HEADERS, "content-type": type, "cache-control": "public, max-age=3600" } });
}

/** GraphiQL's page as Yoga answers it, with our headers. */
export function withGraphiQLHeaders(response: Response): Response {
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(HEADERS)) headers.set(k, v);
  return new Response(response.body, { status: response.status, headers });
}
