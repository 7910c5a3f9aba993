import { json, type FakeRequest, type FakeResponse } from "./server.js";
import type { SupabaseAccount } from "./supabase.js";

/** Deterministic keys per project ref, so tests can check what the gateway stored and returned. */
export const projectKeys = (ref: string) => ({
  anon: `eyJhbGciOiJIUzI1NiJ9.anon-${ref}.sig`,
  serviceRole: `eyJhbGciOiJIUzI1NiJ9.service-${ref}.sig`,
  publishable: `sb_publishable_${ref}`,
  secret: `sb_secret_${ref}_0123456789`,
});

/**
 * `GET /v1/projects/{ref}/api-keys[?reveal=true]` of the Supabase Management API: legacy JWT keys
 * plus new publishable/secret keys; secret keys are masked unless `reveal=true`.
 * Plug in with `fakeSupabase.use(apiKeysRoute())`.
 */
export function apiKeysRoute(options: { legacyOnly?: Set<string> } = {}) {
  return (req: FakeRequest, account: SupabaseAccount): FakeResponse | undefined => {
    const match = /^\/v1\/projects\/([^/]+)\/api-keys$/.exec(req.path);
    if (req.method !== "GET" || !match) return undefined;
    const ref = decodeURIComponent(match[1]!);
    if (!account.projects.some((p) => p.ref === ref)) return json(404, { message: "Project not found" });
    const keys = projectKeys(ref);
    const reveal = req.query.get("reveal") === "true";
    const list: Record<string, unknown>[] = [
      { name: "anon", api_key: keys.anon, type: "legacy", id: "anon" },
      { name: "service_role", api_key: keys.serviceRole, type: "legacy", id: "service_role" },
    ];
    if (!options.legacyOnly?.has(ref)) {
      list.push({ name: "default", api_key: keys.publishable, type: "publishable", id: "pub1", prefix: "sb_publishable_" });
      list.push({ name: "default", api_key: reveal ? keys.secret : "sb_secret_••••••••", type: "secret", id: "sec1", prefix: "sb_secret_" });
    }
    return json(200, list);
  };
}
