import { scopeHierarchy } from "../providers/registry.js";
import type { ProviderId, ScopeHierarchy } from "../providers/types.js";

/**
 * Scope semantics, one place for every provider: equality after normalization (Google's short and
 * full forms are one scope) and inclusion along the provider's hierarchy (`drive` covers
 * `drive.readonly` covers `drive.metadata.readonly`; GitHub's `repo` covers `public_repo`).
 * The hierarchies live beside each provider (`providers/<id>-scopes.ts`).
 */
export type { ScopeHierarchy };

/** The scope rules of a provider (configured or not). */
export const scopesOf = (provider: ProviderId): ScopeHierarchy => scopeHierarchy(provider);

/** Every scope `scope` includes, itself among them (canonical forms). */
function closure(rules: ScopeHierarchy, scope: string): Set<string> {
  const seen = new Set<string>();
  const stack = [rules.normalize(scope)];
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    stack.push(...(rules.includes[s] ?? []));
  }
  return seen;
}

/** Whether holding `granted` allows what `wanted` allows. */
export function covers(rules: ScopeHierarchy, granted: string, wanted: string): boolean {
  return closure(rules, granted).has(rules.normalize(wanted));
}

/** Canonical, unique, sorted. */
export function normalizeScopes(rules: ScopeHierarchy, scopes: Iterable<string>): string[] {
  return [...new Set([...scopes].map((s) => rules.normalize(s)).filter(Boolean))].sort();
}

/** The required scopes no granted scope covers (canonical, sorted). */
export function missingScopes(rules: ScopeHierarchy, granted: Iterable<string>, required: Iterable<string>): string[] {
  const held = new Set<string>();
  for (const g of granted) for (const s of closure(rules, g)) held.add(s);
  return normalizeScopes(rules, required).filter((s) => !held.has(s));
}

/**
 * The least-privilege minimal form of a set of scopes: drops every scope another one in the set
 * already covers, and never adds a broader scope than was asked for. `gmail.send` + `gmail.modify`
 * → `gmail.modify`; `gmail.send` + `gmail.readonly` stay two scopes (not `gmail.modify`).
 */
export function minimalScopes(rules: ScopeHierarchy, scopes: Iterable<string>): string[] {
  const set = normalizeScopes(rules, scopes);
  return set.filter((s) => !set.some((other) => other !== s && closure(rules, other).has(s)));
}

/** Whether scopes describe this connection's access at all (not for GitHub App user tokens). */
export function scopesApply(rules: ScopeHierarchy, connection: { refreshToken: string | null }): boolean {
  return rules.appliesTo ? rules.appliesTo({ hasRefreshToken: !!connection.refreshToken }) : true;
}
