import { UpstreamError } from "./http.js";
import type { ResourceHttp } from "./types.js";

// Supabase: GET /v1/projects/{ref}/api-keys?reveal=true lists a project's keys; secret keys come
// back masked without reveal. New keys are typed `secret`/`publishable` (sb_secret_…,
// sb_publishable_…); legacy JWT keys are named `anon` / `service_role`. Needs the token's
// "Secrets: read" permission. New keys are preferred: the legacy ones are deprecated.
interface ApiKeyEntry {
  name?: string;
  api_key?: string | null;
  type?: string | null;
}

export interface ProjectKeys {
  /** The project's data-plane URL, https://<ref>.supabase.co. */
  projectUrl: string;
  /** The server-side key: the new secret key when the project has one, else the legacy service_role key. */
  secret: { key: string; kind: "secret" | "service_role" };
  /** The client key (runs as `anon`, under RLS): the new publishable key, else the legacy anon key; null if neither is listed. */
  publishable: { key: string; kind: "publishable" | "anon" } | null;
}

export async function fetchProjectKeys(http: ResourceHttp, apiBaseUrl: string, ref: string): Promise<ProjectKeys> {
  const { body } = await http.get<ApiKeyEntry[]>(`${apiBaseUrl}/v1/projects/${encodeURIComponent(ref)}/api-keys?reveal=true`);
  const keys = Array.isArray(body) ? body : [];
  const find = (type: string, prefix: string, legacyName: string) => {
    const current = keys.find((k) => k.type === type && k.api_key?.startsWith(prefix));
    const legacy = keys.find((k) => k.name === legacyName && k.api_key);
    return current ? { key: current.api_key!, current: true } : legacy ? { key: legacy.api_key!, current: false } : null;
  };
  const secret = find("secret", "sb_secret_", "service_role");
  const publishable = find("publishable", "sb_publishable_", "anon");
  if (!secret) throw new UpstreamError("body", "supabase", "supabase listed no server-side key for the project");
  return {
    projectUrl: `https://${ref}.supabase.co`,
    secret: { key: secret.key, kind: secret.current ? "secret" : "service_role" },
    publishable: publishable && { key: publishable.key, kind: publishable.current ? "publishable" : "anon" },
  };
}
