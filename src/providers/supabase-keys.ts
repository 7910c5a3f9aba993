import { UpstreamError } from "./http.js";
import type { ResourceHttp } from "./types.js";

// Supabase: GET /v1/projects/{ref}/api-keys?reveal=true lists a project's keys; secret keys come
// back masked without reveal. New keys are typed `secret`/`publishable` (sb_secret_…); legacy JWT
// keys are named `anon` / `service_role`. Needs the token's "Secrets: read" permission.
interface ApiKeyEntry {
  name?: string;
  api_key?: string | null;
  type?: string | null;
}

export interface ProjectServiceKey {
  /** The project's data-plane URL, https://<ref>.supabase.co. */
  projectUrl: string;
  /** A server-side key: the new secret key when the project has one, else the legacy service_role key. */
  serviceKey: string;
  keyKind: "secret" | "service_role";
}

export async function fetchProjectServiceKey(http: ResourceHttp, apiBaseUrl: string, ref: string): Promise<ProjectServiceKey> {
  const { body } = await http.get<ApiKeyEntry[]>(`${apiBaseUrl}/v1/projects/${encodeURIComponent(ref)}/api-keys?reveal=true`);
  const keys = Array.isArray(body) ? body : [];
  const secret = keys.find((k) => k.type === "secret" && k.api_key?.startsWith("sb_secret_"));
  const legacy = keys.find((k) => k.name === "service_role" && k.api_key);
  const chosen = secret ?? legacy;
  if (!chosen?.api_key) throw new UpstreamError("body", "supabase", "supabase listed no server-side key for the project");
  return { projectUrl: `https://${ref}.supabase.co`, serviceKey: chosen.api_key, keyKind: secret ? "secret" : "service_role" };
}
