import type { ProviderId } from "../providers/types.js";
import { minimalScopes, missingScopes, scopesApply, scopesOf } from "../scopes/index.js";
import { toolsNamed } from "../tools/index.js";
import { splitScopes, type IntegrationConnection } from "./connections.js";

/**
 * What tools need and whether a connection has it. Unknown tool names (or another provider's)
 * are BAD_USER_INPUT listing them.
 */

/** The minimal set of scopes covering the tools: nothing redundant, nothing broader than needed. */
export function requiredScopes(provider: ProviderId, toolNames: readonly string[]): string[] {
  return minimalScopes(
    scopesOf(provider),
    toolsNamed(toolNames, provider).flatMap((t) => t.scopes),
  );
}

type ConnectionScopes = Pick<IntegrationConnection, "provider" | "scopes" | "refreshToken">;

/** The scopes the connection lacks for the tools (canonical, sorted); empty when scopes do not apply. */
export function missingToolScopes(connection: ConnectionScopes, toolNames: readonly string[]): string[] {
  const provider = connection.provider as ProviderId;
  const rules = scopesOf(provider);
  const needed = toolsNamed(toolNames, provider).flatMap((t) => t.scopes);
  if (!scopesApply(rules, connection)) return [];
  return missingScopes(rules, splitScopes(connection.scopes), needed);
}

/** Usable for the tools right now: ACTIVE, no scope missing, and a resource bound for tools that run on one. */
export function canUseTools(
  connection: ConnectionScopes & Pick<IntegrationConnection, "status">,
  toolNames: readonly string[],
  boundTypes: ReadonlySet<string> = new Set(),
): boolean {
  const tools = toolsNamed(toolNames, connection.provider as ProviderId);
  const missing = missingToolScopes(connection, toolNames);
  return connection.status === "ACTIVE" && missing.length === 0 && tools.every((t) => !t.runsOn || boundTypes.has(t.runsOn));
}
