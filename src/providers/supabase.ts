import { createHash } from "node:crypto";
import type { Config } from "../config.js";
import { requestJson, type HttpDeps } from "./http.js";
import { expectList } from "./shape.js";
import type { ApiKeyProvider, ProviderModule, ScopeHierarchy } from "./types.js";
import { createSupabaseResources, SUPABASE_RESOURCE_TYPES } from "./supabase-resources.js";

/** Personal access tokens carry no scopes; Supabase tools need a bound project instead. */
const supabaseScopes: ScopeHierarchy = { normalize: (s) => s.trim(), includes: {} };

/** Management API personal access tokens: `sbp_…` (OAuth-issued ones look like `sbp_oauth_…`). */
export type SupabaseConfig = Config["supabase"];

/** Stable, non-reversible account key for a token: the same key twice is one connection. */
export const tokenFingerprint = (token: string) => `pat_${createHash("sha256").update(token).digest("hex").slice(0, 24)}`;

export const supabase: ProviderModule<SupabaseConfig> = {
  id: "supabase",
  displayName: "Supabase",
  authType: "API_KEY",
  scopes: supabaseScopes,
  resourceTypes: SUPABASE_RESOURCE_TYPES,
  create(cfg: SupabaseConfig, http: HttpDeps): ApiKeyProvider {
    return {
      id: "supabase",
      displayName: "Supabase",
      authType: "API_KEY",
      normalizeScope: supabaseScopes.normalize,
      resources: createSupabaseResources(cfg.apiBaseUrl),
      async verifyKey(key) {
        // A cheap authenticated read proves the token works (401 {"message":"Unauthorized"} otherwise).
        const { body } = await requestJson<unknown[]>(http, "supabase", `${cfg.apiBaseUrl}/v1/projects`, {
          headers: { authorization: `Bearer ${key}`, accept: "application/json" },
        });
        // A 2xx without the list proves nothing: no answer (UPSTREAM_UNAVAILABLE), not "0 projects".
        const projects = expectList("supabase", body, "/v1/projects").length;
        return { accountId: tokenFingerprint(key), accountLabel: `Supabase (${projects} project${projects === 1 ? "" : "s"})`, scopes: [] };
      },
      async revoke() {
        return {
          revoked: false,
          error: "A Supabase personal access token cannot be revoked by the gateway; revoke it in the Supabase dashboard (Account → Access Tokens).",
        };
      },
    };
  },
};
