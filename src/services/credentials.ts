import { randomToken } from "../crypto.js";
import type { Deps } from "../deps.js";
import { AppError } from "../errors.js";
import { encodeGlobalId } from "../ids.js";
import { UpstreamError } from "../providers/http.js";
import type { ProviderId } from "../providers/types.js";
import type { IntegrationConnection } from "./connections.js";
import { joinScopes, splitScopes } from "./connections.js";
import { appErrorFromUpstream } from "./upstream-errors.js";

/** Refresh when the access token expires within this margin; default 60 s. */
export const REFRESH_MARGIN_MS = 60_000;
/** How long one instance may hold a connection's refresh lease; default 30 s. */
export const LEASE_MS = 30_000;
/** How long a caller waits for another instance's refresh before giving up; default 15 s. */
const LEASE_WAIT_MS = 15_000;

export type NeedsReauthReason = "REVOKED" | "EXPIRED";

export interface LiveCredential {
  connection: IntegrationConnection;
  accessToken: string;
}

/** One in-flight refresh per connection per process (keyed per database so test apps stay apart). */
const inflight = new WeakMap<object, Map<string, Promise<IntegrationConnection>>>();

const expiresSoon = (c: IntegrationConnection, now: Date) => !!c.expiresAt && c.expiresAt.getTime() - now.getTime() <= REFRESH_MARGIN_MS;

export function reconnectRequired(connection: Pick<IntegrationConnection, "id" | "provider">, reason: string, cause?: unknown): AppError {
  return new AppError(
    "RECONNECT_REQUIRED",
    `The ${connection.provider} connection needs to be reconnected (${reason.toLowerCase()})`,
    { connectionId: encodeGlobalId("IntegrationConnection", connection.id), provider: connection.provider, reason },
    { cause },
  );
}

/**
 * A usable access token for a connection: refreshed first when it expires within the margin (or
 * when `staleToken` was just refused upstream). One refresh per connection at a time, everywhere:
 * single-flight in this process, plus a database lease (compare-and-set on owner + expiry) across
 * instances; after taking the lease the row is re-read, and if another instance already refreshed,
 * its result is used.
 */
export async function liveCredential(
  deps: Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger">,
  connection: IntegrationConnection,
  options: { staleToken?: string } = {},
): Promise<LiveCredential> {
  if (connection.status === "NEEDS_REAUTH") throw reconnectRequired(connection, connection.statusReason ?? "REVOKED");
  const mustRefresh = options.staleToken !== undefined || expiresSoon(connection, deps.now());
  if (!mustRefresh) return { connection, accessToken: await deps.cipher.decrypt(connection.accessToken) };

  let byId = inflight.get(deps.db);
  if (!byId) inflight.set(deps.db, (byId = new Map()));
  let pending = byId.get(connection.id);
  if (!pending) {
    pending = refreshWithLease(deps, connection.id, connection.accessToken, options.staleToken).finally(() => byId!.delete(connection.id));
    byId.set(connection.id, pending);
  }
  const fresh = await pending;
  return { connection: fresh, accessToken: await deps.cipher.decrypt(fresh.accessToken) };
}

async function refreshWithLease(
  deps: Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger">,
  connectionId: string,
  seenAccessToken: string,
  staleToken: string | undefined,
): Promise<IntegrationConnection> {
  const db = deps.db;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const now = deps.now();
    const owner = randomToken(12);
    const { count } = await db.integrationConnection.updateMany({
      where: { id: connectionId, OR: [{ refreshLeaseOwner: null }, { refreshLeaseExpiresAt: { lt: now } }] },
      data: { refreshLeaseOwner: owner, refreshLeaseExpiresAt: new Date(now.getTime() + LEASE_MS) },
    });
    const row = await db.integrationConnection.findUnique({ where: { id: connectionId } });
    if (!row) throw new AppError("NOT_FOUND", "Connection not found");
    const release = () =>
      count === 1 ? db.integrationConnection.updateMany({ where: { id: connectionId, refreshLeaseOwner: owner }, data: { refreshLeaseOwner: null, refreshLeaseExpiresAt: null } }) : Promise.resolve();
    // Someone else refreshed since we looked (or it needs re-authorization now): use their result.
    if (row.accessToken !== seenAccessToken || row.status === "NEEDS_REAUTH") {
      await release();
      if (row.status === "NEEDS_REAUTH") throw reconnectRequired(row, row.statusReason ?? "REVOKED");
      return row;
    }
    if (count === 1) {
      try {
        return await refreshRow(deps, row, owner, staleToken);
      } finally {
        await release();
      }
    }
    if (Date.now() - started > LEASE_WAIT_MS) {
      throw new AppError("UPSTREAM_UNAVAILABLE", "Another refresh of this connection is taking too long; try again", { provider: row.provider });
    }
    await new Promise((r) => setTimeout(r, Math.min(25 * 2 ** attempt, 250)));
  }
}

const REFRESH_REJECTED = new Set(["invalid_grant", "bad_refresh_token", "unauthorized_client"]);

async function refreshRow(
  deps: Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger">,
  row: IntegrationConnection,
  owner: string,
  staleToken: string | undefined,
): Promise<IntegrationConnection> {
  const provider = deps.providers.get(row.provider as ProviderId);
  if (!provider) throw new AppError("PROVIDER_NOT_CONFIGURED", `${row.provider} is not configured on this gateway`, { provider: row.provider });
  if (provider.authType !== "OAUTH2" || !row.refreshToken) {
    // Nothing to refresh with: an expired token (or one refused upstream) means the user must reconnect.
    const reason: NeedsReauthReason = staleToken !== undefined ? "REVOKED" : "EXPIRED";
    await markNeedsReauth(deps, row.id, reason);
    throw reconnectRequired(row, reason);
  }
  if (row.refreshTokenExpiresAt && row.refreshTokenExpiresAt <= deps.now()) {
    await markNeedsReauth(deps, row.id, "EXPIRED");
    throw reconnectRequired(row, "EXPIRED");
  }
  const refreshToken = await deps.cipher.decrypt(row.refreshToken);
  let tokens;
  try {
    tokens = await provider.refreshAccessToken(refreshToken);
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === "oauth" && REFRESH_REJECTED.has(error.info.oauthError ?? "")) {
      // A parallel refresh elsewhere may have rotated the token a moment ago: re-read before judging.
      const current = await deps.db.integrationConnection.findUnique({ where: { id: row.id } });
      if (current && current.refreshToken !== row.refreshToken && current.status === "ACTIVE") return current;
      await markNeedsReauth(deps, row.id, "REVOKED");
      deps.logger.warn({ connectionId: row.id, provider: row.provider, oauthError: error.info.oauthError }, "refresh rejected; connection needs re-authorization");
      throw reconnectRequired(row, "REVOKED", error);
    }
    // Transient (network, 5xx, odd body): the connection stays ACTIVE; the caller may retry.
    deps.logger.warn({ connectionId: row.id, provider: row.provider, kind: (error as UpstreamError).kind }, "refresh failed");
    throw error instanceof UpstreamError ? appErrorFromUpstream(error) : error;
  }
  // Rotation-safe: persist the new pair before anyone uses the new access token.
  const updated = await deps.db.integrationConnection.update({
    where: { id: row.id },
    data: {
      accessToken: await deps.cipher.encrypt(tokens.accessToken),
      expiresAt: tokens.expiresAt ?? null,
      ...(tokens.refreshToken
        ? { refreshToken: await deps.cipher.encrypt(tokens.refreshToken), refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null }
        : {}),
      ...(tokens.scopes?.length ? { scopes: joinScopes([...splitScopes(row.scopes), ...tokens.scopes.map((s) => provider.normalizeScope(s))]) } : {}),
      status: "ACTIVE",
      statusReason: null,
      refreshLeaseOwner: null,
      refreshLeaseExpiresAt: null,
    },
  });
  void owner;
  deps.logger.info({ connectionId: row.id, provider: row.provider, rotated: !!tokens.refreshToken }, "access token refreshed");
  return updated;
}

export async function markNeedsReauth(deps: Pick<Deps, "db">, connectionId: string, reason: NeedsReauthReason): Promise<void> {
  await deps.db.integrationConnection.updateMany({ where: { id: connectionId }, data: { status: "NEEDS_REAUTH", statusReason: reason } });
}

/**
 * Runs `call` with a live access token. When the upstream answers 401 anyway, refreshes once and
 * retries; a second 401 (or nothing to refresh with) marks the connection NEEDS_REAUTH and throws
 * RECONNECT_REQUIRED. Other upstream failures are rethrown for the caller's mapping.
 */
export async function withAccessToken<T>(
  deps: Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger">,
  connection: IntegrationConnection,
  call: (accessToken: string) => Promise<T>,
): Promise<T> {
  const first = await liveCredential(deps, connection);
  try {
    return await call(first.accessToken);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
  }
  const second = await liveCredential(deps, first.connection, { staleToken: first.accessToken });
  try {
    return await call(second.accessToken);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    await markNeedsReauth(deps, connection.id, "REVOKED");
    throw reconnectRequired(connection, "REVOKED", error);
  }
}

const isUnauthorized = (error: unknown) => error instanceof UpstreamError && error.kind === "status" && error.info.status === 401;
