import type { Deps } from "../deps.js";
import { AppError, notFound } from "../errors.js";
import { UpstreamError } from "../providers/http.js";
import type { ApiKeyProvider, ProviderId, TokenSet } from "../providers/types.js";
import { connectionRowOfUser, connectionRowsOfUser } from "./connection-rows.js";
import { ensureUser } from "./users.js";
import type { IntegrationConnection } from "../generated/sqlite/client.js";

export type { IntegrationConnection };

/** Scopes as stored: unique, sorted, space-separated. */
export const joinScopes = (scopes: Iterable<string>) => [...new Set([...scopes].filter(Boolean))].sort().join(" ");
export const splitScopes = (scopes: string) => scopes.split(" ").filter(Boolean);

/** The user's connections, oldest first (hot path: see connection-rows.ts). */
export async function listConnections(deps: Pick<Deps, "db">, userId: string, provider?: ProviderId) {
  return connectionRowsOfUser(deps.db, userId, provider);
}

/** The caller's connection; another user's id is NOT_FOUND, exactly like an id that does not exist. */
export async function getConnection(deps: Pick<Deps, "db">, userId: string, connectionId: string) {
  const connection = await connectionRowOfUser(deps.db, userId, connectionId);
  if (!connection) throw notFound("Connection");
  return connection;
}

/**
 * Saves the outcome of an OAuth callback. A reconnect of the same account (user, provider,
 * account id) keeps the connection id and keeps the stored refresh token when the provider sent
 * none; it also clears NEEDS_REAUTH. It stores a new token pair (its version goes up), so a refresh
 * still under way never overwrites it. Scopes become what the provider reports for the new token
 * (Google unions earlier grants itself; the gateway asks GitHub for the union); when it reports
 * none, the stored scopes plus those asked for.
 */
export async function saveOAuthConnection(
  deps: Pick<Deps, "db" | "cipher">,
  input: { userId: string; provider: ProviderId; accountId: string; accountLabel: string; tokens: TokenSet; requestedScopes: string[] },
): Promise<IntegrationConnection> {
  const { userId, provider, accountId, tokens } = input;
  const scopesAfter = (stored: string) => joinScopes(tokens.scopes ?? [...splitScopes(stored), ...input.requestedScopes]);
  const accessToken = await deps.cipher.encrypt(tokens.accessToken);
  const refreshToken = tokens.refreshToken ? await deps.cipher.encrypt(tokens.refreshToken) : undefined;
  const where = { userId_provider_accountId: { userId, provider, accountId } };
  const existing = await deps.db.integrationConnection.findUnique({ where });
  const fresh = {
    accountLabel: input.accountLabel,
    accessToken,
    expiresAt: tokens.expiresAt ?? null,
    status: "ACTIVE" as const,
    statusReason: null,
    ...(refreshToken ? { refreshToken, refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null } : {}),
  };
  // A new pair: a refresh still under way (compare-and-set on the version) will not overwrite it.
  const newPair = { tokenVersion: { increment: 1 }, refreshSentAt: null };
  if (existing) {
    return deps.db.integrationConnection.update({
      where: { id: existing.id },
      data: { ...fresh, ...newPair, scopes: scopesAfter(existing.scopes) },
    });
  }
  try {
    return await deps.db.integrationConnection.create({
      data: { ...fresh, userId, provider, accountId, authType: "OAUTH2", scopes: scopesAfter("") },
    });
  } catch (error) {
    // Two callbacks for the same account raced: the other created it; update that one instead.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const row = await deps.db.integrationConnection.findUniqueOrThrow({ where });
    return deps.db.integrationConnection.update({ where: { id: row.id }, data: { ...fresh, ...newPair, scopes: scopesAfter(row.scopes) } });
  }
}

/** A connection's label (what the user named it): at most 200 characters. */
export const MAX_LABEL_LENGTH = 200;

/** Verifies an API key upstream before saving it; the same key twice is one connection. */
export async function connectApiKey(
  deps: Pick<Deps, "db" | "cipher" | "providers">,
  input: { userId: string; provider: ProviderId; key: string; label?: string },
): Promise<IntegrationConnection> {
  const provider = deps.providers.get(input.provider);
  if (!provider || provider.authType !== "API_KEY") throw new AppError("PROVIDER_NOT_CONFIGURED", `${input.provider} does not take API keys`);
  const key = input.key.trim();
  if (!key) throw new AppError("BAD_USER_INPUT", "The access token is empty", { field: "accessToken" });
  // A token is printable ASCII: anything else could not even be sent as a header (never echoed back).
  if (key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError("BAD_USER_INPUT", `The access token must be at most ${MAX_KEY_LENGTH} printable ASCII characters without spaces`, { field: "accessToken" });
  }
  if ((input.label?.length ?? 0) > MAX_LABEL_LENGTH) throw new AppError("BAD_USER_INPUT", `The label must be at most ${MAX_LABEL_LENGTH} characters`, { field: "label", limit: MAX_LABEL_LENGTH });
  const identity = await verifyKey(provider, key);
  await ensureUser(deps, input.userId);
  const label = input.label?.trim() || identity.accountLabel;
  const accessToken = await deps.cipher.encrypt(key);
  const data = { accountLabel: label, accessToken, scopes: joinScopes(identity.scopes), status: "ACTIVE" as const, statusReason: null };
  return deps.db.integrationConnection.upsert({
    where: { userId_provider_accountId: { userId: input.userId, provider: input.provider, accountId: identity.accountId } },
    create: { ...data, userId: input.userId, provider: input.provider, accountId: identity.accountId, authType: "API_KEY" },
    update: { ...data, tokenVersion: { increment: 1 } },
  });
}

async function verifyKey(provider: ApiKeyProvider, key: string) {
  try {
    return await provider.verifyKey(key);
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === "status" && (error.info.status === 401 || error.info.status === 403)) {
      const reason = refusalReason(error, key);
      throw new AppError("BAD_USER_INPUT", `${provider.displayName} rejected the access token: ${reason}`, { field: "accessToken", reason });
    }
    throw error;
  }
}

/** Longest API key accepted (Supabase tokens are ~44 characters). */
export const MAX_KEY_LENGTH = 2048;

/**
 * What the provider said when it refused a key, for the client: its message, unless that quotes
 * any part of the key (eight characters or more) or is long; then only the HTTP status.
 */
function refusalReason(error: UpstreamError, key: string): string {
  const message = (error.info.body as { message?: unknown } | null)?.message;
  const fallback = `HTTP ${error.info.status}`;
  if (typeof message !== "string" || !message.trim() || message.length > 300) return fallback;
  if (message.includes(key)) return fallback;
  for (let i = 0; i + 8 <= key.length; i++) if (message.includes(key.slice(i, i + 8))) return fallback;
  return message.trim();
}

export interface DisconnectResult {
  connectionId: string;
  provider: ProviderId;
  revoked: boolean;
  revocationError: string | null;
}

/** Revokes at the provider (best effort) and deletes the connection; revocation never blocks deletion. */
export async function disconnect(deps: Pick<Deps, "db" | "cipher" | "providers" | "logger">, userId: string, connectionId: string): Promise<DisconnectResult> {
  const connection = await getConnection(deps, userId, connectionId);
  const providerId = connection.provider as ProviderId;
  const provider = deps.providers.get(providerId);
  let outcome: { revoked: boolean; error?: string } = { revoked: false, error: `${providerId} is not configured; nothing was revoked upstream` };
  if (provider) {
    try {
      const accessToken = await deps.cipher.decrypt(connection.accessToken);
      const refreshToken = connection.refreshToken ? await deps.cipher.decrypt(connection.refreshToken) : undefined;
      outcome = await provider.revoke({ accessToken, refreshToken });
    } catch (error) {
      outcome = { revoked: false, error: "the stored token could not be read; nothing was revoked upstream" };
      deps.logger.warn({ connectionId, err: (error as Error).message }, "revocation skipped");
    }
  }
  await deps.db.integrationConnection.deleteMany({ where: { id: connection.id, userId } });
  deps.logger.info({ connectionId, provider: providerId, revoked: outcome.revoked }, "connection deleted");
  return { connectionId: connection.id, provider: providerId, revoked: outcome.revoked, revocationError: outcome.error ?? null };
}
