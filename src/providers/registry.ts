import type { Config } from "../config.js";
import { github } from "./github.js";
import { google } from "./google.js";
import type { HttpDeps } from "./http.js";
import { supabase } from "./supabase.js";
import type { Provider, ProviderId, ResourceType, ResourceTypeInfo, ScopeHierarchy } from "./types.js";

/** The one list of providers: each entry reads its own config slice; null config = not configured. */
const MODULES = [
  { module: google, config: (c: Config) => c.google },
  { module: github, config: (c: Config) => c.github },
  { module: supabase, config: (c: Config) => c.supabase },
] as const;

/** A provider's scope semantics, whether or not it is configured here. */
export function scopeHierarchy(id: ProviderId): ScopeHierarchy {
  return MODULES.find((m) => m.module.id === id)!.module.scopes;
}

/** Every resource type of every provider, configured or not: the schema's `ResourceType` enum and `Resource` implementations. */
export const RESOURCE_TYPES: ResourceTypeInfo[] = MODULES.flatMap(({ module }) => module.resourceTypes ?? []);

export interface ProviderInfo {
  id: ProviderId;
  displayName: string;
  authType: Provider["authType"];
  configured: boolean;
  /** What the resource picker can browse in its accounts (empty when not configured). */
  resourceTypes: ResourceType[];
}

export interface ProviderRegistry {
  /** The provider, or null when it is not configured. */
  get(id: ProviderId): Provider | null;
  list(): ProviderInfo[];
}

export function createProviderRegistry(config: Config, http: HttpDeps): ProviderRegistry {
  const providers = new Map<ProviderId, Provider>();
  for (const { module, config: slice } of MODULES) {
    const cfg = slice(config);
    // Each module's create() takes its own slice of the config.
    if (!cfg) continue;
    const provider = (module.create as (c: typeof cfg, h: HttpDeps) => Provider)(cfg, http);
    const declared = new Set(module.resourceTypes?.map((t) => t.type));
    const undeclared = provider.resources?.types.filter((t) => !declared.has(t.type)).map((t) => t.type) ?? [];
    if (undeclared.length) throw new Error(`${module.id} browses resource types its module does not declare: ${undeclared.join(", ")}`);
    providers.set(module.id, provider);
  }
  return {
    get: (id) => providers.get(id) ?? null,
    list: () =>
      MODULES.map(({ module }) => ({
        id: module.id,
        displayName: module.displayName,
        authType: module.authType,
        configured: providers.has(module.id),
        resourceTypes: providers.get(module.id)?.resources?.types.map((t) => t.type) ?? [],
      })),
  };
}
