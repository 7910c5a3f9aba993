import type { Deps } from "../deps.js";
import { isAppError } from "../errors.js";
import { isProviderId } from "../providers/types.js";
import { beginAuthorization, completeAuthorization } from "../services/oauth-flow.js";
import { parseCookies, serializeCookie } from "./cookies.js";
import { problem, problemFromAppError } from "./problem.js";

const ROUTE = /^\/v1\/integrations\/([^/]+)\/(authorize|callback)$/;

/** Our redirects and errors must not leak the URL (code, state) to anyone through Referer, nor be cached. */
const SAFE_HEADERS = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ ...SAFE_HEADERS, location });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 302, headers });
}

/**
 * The REST sidecar for the browser half of OAuth:
 * `GET /v1/integrations/:provider/authorize?intent=…` and `GET /v1/integrations/:provider/callback`.
 * Returns null for any other path.
 */
export function createIntegrationRoutes(deps: Deps) {
  const secure = deps.config.publicUrl.startsWith("https:");
  return async (request: Request, url: URL): Promise<Response | null> => {
    const match = ROUTE.exec(url.pathname);
    if (!match) return null;
    const [, providerId, action] = match;
    // HEAD too: a HEAD must not create or consume a state (link unfurlers and checkers send it),
    // and it cannot answer what GET would without doing so. 405 says so honestly (RFC 9110 §15.5.6).
    if (request.method !== "GET") {
      const refused = problem(405, "method_not_allowed", "Method Not Allowed", "Use GET: this link runs a one-time sign-in step.");
      refused.headers.set("allow", "GET");
      for (const [k, v] of Object.entries(SAFE_HEADERS)) refused.headers.set(k, v);
      return request.method === "HEAD" ? new Response(null, { status: 405, headers: refused.headers }) : refused;
    }
    if (!isProviderId(providerId!)) return problem(404, "unknown_provider", "Not Found", `No provider called ${providerId}.`);

    if (action === "authorize") {
      const intent = url.searchParams.get("intent");
      if (!intent) return problem(400, "invalid_intent", "Bad Request", "The authorization link is missing its intent; start again from the application.");
      try {
        const { redirectTo, cookie } = await beginAuthorization(deps, providerId, intent);
        return redirect(redirectTo, [serializeCookie({ ...cookie, secure })]);
      } catch (error) {
        if (isAppError(error)) return problemFromAppError(error);
        throw error;
      }
    }

    const outcome = await completeAuthorization(deps, providerId, url.searchParams, parseCookies(request.headers.get("cookie")));
    if (outcome.kind === "problem") return problem(outcome.status, outcome.code, "Bad Request", outcome.detail);
    const clear = serializeCookie({ name: outcome.clearCookie, value: "", path: `/v1/integrations/${providerId}/callback`, maxAgeSeconds: 0, secure });
    return redirect(outcome.location, [clear]);
  };
}
