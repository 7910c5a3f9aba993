import { randomToken } from "../crypto.js";
import type { Deps } from "../deps.js";
import { AppError } from "../errors.js";
import { encodeGlobalId } from "../ids.js";
import { UpstreamError } from "../providers/http.js";
import type { ProviderId, TokenSet } from "../providers/types.js";
import type { IntegrationConnection } from "./connections.js";
import { joinScopes } from "./connections.js";
import { appErrorFromUpstream } from "./upstream-errors.js";
import { clearRefreshFailures, inflightRefreshes, noteRefreshFailure, refreshCooldown, sleep } from "./refresh-state.js";

/** Refresh when the access token expires within this margin; default 5 minutes. */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** How long one instance may hold a connection's refresh lease: longer than a refresh with its retries; default 60 s. */
export const LEASE_MS = 60_000;
/**
 * How long a caller waits for another instance's refresh before giving up, and how long a refresh
 * refused after taking over an expired lease waits for the previous holder's result; default 15 s.
 */
const LEASE_WAIT_MS = 15_000;
/** Refresh attempts on a transient failure (5xx, 429, network) before giving up; default 3. */
const REFRESH_ATTEMPTS = 3;
/** Pause before the second attempt, doubling for each further one; default 100 ms. */
const RETRY_DELAY_MS = 100;

export type NeedsReauthReason = "REVOKED" | "EXPIRED";

type LifecycleDeps = Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger" | "metrics">;

export interface LiveCredential {
  connection: IntegrationConnection;
  accessToken: string;
}

const expiresWithin = (c: IntegrationConnection, now: Date, marginMs: number) => !!c.expiresAt && c.expiresAt.getTime() - now.getTime() <= marginMs;

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
 * when `staleToken`, this connection's token, was just refused upstream). One refresh per
 * connection at a time, everywhere: single-flight in this process, plus a database lease
 * (compare-and-set on owner + expiry) across instances; after taking the lease the row is re-read,
 * and if another instance already refreshed, its result is used.
 */
export async function liveCredential(deps: LifecycleDeps, connection: IntegrationConnection, options: { staleToken?: string } = {}): Promise<LiveCredential> {
  if (connection.status === "NEEDS_REAUTH") throw reconnectRequired(connection, connection.statusReason ?? "REVOKED");
  const stale = options.staleToken !== undefined;
  const now = deps.now();
  if (!stale && !expiresWithin(connection, now, REFRESH_MARGIN_MS)) return { connection, accessToken: await deps.cipher.decrypt(connection.accessToken) };

  // After repeated transient failures, leave the provider alone for a while; a token that still
  // works is better than none.
  const retryAt = refreshCooldown(deps.db, connection.id, now);
  if (retryAt) {
    if (!stale && !expiresWithin(connection, now, 0)) return { connection, accessToken: await deps.cipher.decrypt(connection.accessToken) };
    throw refreshUnavailable(connection, retryAt, now);
  }

  const inflight = inflightRefreshes(deps.db);
  let pending = inflight.get(connection.id);
  if (pending) deps.metrics?.refreshes.inc({ provider: connection.provider, outcome: "shared", cause: "in_process" });
  else {
    const refused = stale ? { seenAccessToken: connection.accessToken, staleToken: options.staleToken! } : undefined;
    pending = refreshWithLease(deps, connection.id, refused)
      .catch((error: unknown) => {
        deps.metrics?.refreshes.inc({ provider: connection.provider, outcome: "failed", cause: error instanceof AppError ? error.code : "internal" });
        throw error;
      })
      .finally(() => inflight.delete(connection.id));
    inflight.set(connection.id, pending);
  }
  const fresh = await pending;
  return { connection: fresh, accessToken: await deps.cipher.decrypt(fresh.accessToken) };
}

/** `refusedToken`: the caller's view of the stored token (ciphertext) and the plaintext upstream refused. */
async function refreshWithLease(deps: LifecycleDeps, connectionId: string, refusedToken?: { seenAccessToken: string; staleToken: string }): Promise<IntegrationConnection> {
  const db = deps.db;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const now = deps.now();
    const owner = randomToken(12);
    const previous = await db.integrationConnection.findUnique({ where: { id: connectionId }, select: { refreshLeaseOwner: true, refreshLeaseExpiresAt: true } });
    const { count } = await db.integrationConnection.updateMany({
      where: { id: connectionId, OR: [{ refreshLeaseOwner: null }, { refreshLeaseExpiresAt: { lt: now } }] },
      data: { refreshLeaseOwner: owner, refreshLeaseExpiresAt: new Date(now.getTime() + LEASE_MS) },
    });
    const leased = count === 1;
    // Taking over a lease that ran out: its holder's refresh may still land (see refreshRejected).
    const tookOver = leased && !!previous?.refreshLeaseOwner && !!previous.refreshLeaseExpiresAt && previous.refreshLeaseExpiresAt < now;
    try {
      const row = await db.integrationConnection.findUnique({ where: { id: connectionId } });
      if (!row) throw new AppError("NOT_FOUND", "Connection not found");
      if (row.status === "NEEDS_REAUTH") throw reconnectRequired(row, row.statusReason ?? "REVOKED");
      // Judge the row as stored now: another instance may have refreshed since the caller looked.
      // (Also compare plaintexts: re-encryption under a new key changes the stored string only.)
      const refused =
        !!refusedToken && (row.accessToken === refusedToken.seenAccessToken || (await deps.cipher.decrypt(row.accessToken)) === refusedToken.staleToken);
      if (!refused && !expiresWithin(row, now, REFRESH_MARGIN_MS)) {
        deps.metrics?.refreshes.inc({ provider: row.provider, outcome: "shared", cause: "other_instance" });
        return row;
      }
      if (leased) return await refreshRow(deps, row, { refused, tookOver });
      if (Date.now() - started > LEASE_WAIT_MS) {
        throw new AppError("UPSTREAM_UNAVAILABLE", "Another refresh of this connection is taking too long; try again", { provider: row.provider, retryAfter: 5 });
      }
    } finally {
      if (leased) await db.integrationConnection.updateMany({ where: { id: connectionId, refreshLeaseOwner: owner }, data: { refreshLeaseOwner: null, refreshLeaseExpiresAt: null } });
    }
    await sleep(Math.min(25 * 2 ** attempt, 250));
  }
}

// OAuth errors meaning the refresh token itself is no good (GitHub: `bad_refresh_token`).
const REFRESH_REJECTED = new Set(["invalid_grant", "bad_refresh_token", "unauthorized_client"]);
const isRejected = (e: unknown) => e instanceof UpstreamError && e.kind === "oauth" && REFRESH_REJECTED.has(e.info.oauthError ?? "");
const isTransient = (e: unknown) => e instanceof UpstreamError && (e.kind === "network" || (e.info.status ?? 0) >= 500 || e.info.status === 429);

async function refreshRow(deps: LifecycleDeps, row: IntegrationConnection, { refused, tookOver }: { refused: boolean; tookOver: boolean }): Promise<IntegrationConnection> {
  const provider = deps.providers.get(row.provider as ProviderId);
  if (!provider) throw new AppError("PROVIDER_NOT_CONFIGURED", `${row.provider} is not configured on this gateway`, { provider: row.provider });
  const now = deps.now();
  if (provider.authType !== "OAUTH2" || !row.refreshToken || (row.refreshTokenExpiresAt && row.refreshTokenExpiresAt <= now)) {
    // Nothing to refresh with: a refused token means revoked; an expired one (or refresh token) expired.
    if (!refused && !expiresWithin(row, now, 0)) return row; // still valid for a while: use it until it expires
    const reason: NeedsReauthReason = refused ? "REVOKED" : "EXPIRED";
    await markNeedsReauth(deps, row, reason);
    throw reconnectRequired(row, reason);
  }
  const refreshToken = await deps.cipher.decrypt(row.refreshToken);
  let tokens: TokenSet;
  for (let attempt = 1; ; attempt++) {
    try {
      tokens = await provider.refreshAccessToken(refreshToken);
      break;
    } catch (error) {
      if (isRejected(error)) return refreshRejected(deps, row, error as UpstreamError, tookOver);
      const log = { connectionId: row.id, provider: row.provider, attempt, kind: (error as UpstreamError).kind, status: (error as UpstreamError).info?.status };
      if (!isTransient(error)) {
        deps.logger.error(log, "refresh refused for a reason other than the grant; connection left as it is");
        if (!(error instanceof UpstreamError)) throw error;
        throw new AppError("UPSTREAM_ERROR", `${row.provider} refused to refresh the token (${error.info.oauthError ?? error.message})`, { provider: row.provider }, { cause: error });
      }
      if (attempt < REFRESH_ATTEMPTS) {
        deps.logger.warn(log, "refresh failed transiently; retrying");
        await sleep(RETRY_DELAY_MS * 2 ** (attempt - 1));
        continue;
      }
      // Transient: the connection stays ACTIVE; back off before the next try.
      const retryAt = noteRefreshFailure(deps.db, row.id, deps.now());
      deps.logger.warn({ ...log, retryAt }, "refresh failed; backing off");
      if (!refused && !expiresWithin(row, deps.now(), 0)) return row;
      throw refreshUnavailable(row, retryAt, deps.now(), appErrorFromUpstream(error as UpstreamError));
    }
  }
  return persistRefreshed(deps, row, tokens, provider.normalizeScope);
}

/** Rotation-safe: the new pair is stored before anyone gets the new access token. */
async function persistRefreshed(deps: LifecycleDeps, row: IntegrationConnection, tokens: TokenSet, normalizeScope: (s: string) => string): Promise<IntegrationConnection> {
  const updated = await deps.db.integrationConnection.update({
    where: { id: row.id },
    data: {
      accessToken: await deps.cipher.encrypt(tokens.accessToken),
      expiresAt: tokens.expiresAt ?? null,
      // Google sends no refresh token on refresh: keep the stored one. GitHub Apps rotate it.
      ...(tokens.refreshToken ? { refreshToken: await deps.cipher.encrypt(tokens.refreshToken), refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null } : {}),
      // The provider's answer is what the new token carries.
      ...(tokens.scopes ? { scopes: joinScopes(tokens.scopes.map(normalizeScope)) } : {}),
      status: "ACTIVE",
      statusReason: null,
      refreshLeaseOwner: null,
      refreshLeaseExpiresAt: null,
    },
  });
  clearRefreshFailures(deps.db, row.id);
  deps.metrics?.refreshes.inc({ provider: row.provider, outcome: "done", cause: "" });
  deps.logger.info({ connectionId: row.id, provider: row.provider, rotated: !!tokens.refreshToken }, "access token refreshed");
  return updated;
}

/**
 * The provider refused the refresh token. A parallel refresh elsewhere may have rotated it a moment
 * ago (its result is then in storage): re-read before judging. After taking over an expired lease,
 * the previous holder's refresh may have used the token and not stored its result yet: wait for it.
 * Only a real refusal marks the connection NEEDS_REAUTH.
 */
async function refreshRejected(deps: LifecycleDeps, row: IntegrationConnection, error: UpstreamError, tookOver: boolean): Promise<IntegrationConnection> {
  const accessTokenBefore = await deps.cipher.decrypt(row.accessToken);
  const rotatedElsewhere = async () => {
    const current = await deps.db.integrationConnection.findUnique({ where: { id: row.id } });
    return current && current.status === "ACTIVE" && (await deps.cipher.decrypt(current.accessToken)) !== accessTokenBefore ? current : null;
  };
  let current = await rotatedElsewhere();
  if (!current && tookOver) {
    deps.logger.info({ connectionId: row.id, provider: row.provider }, "refresh token refused after a lease take-over; waiting for the previous holder's result");
    for (const started = Date.now(); !current && Date.now() - started < LEASE_WAIT_MS; ) {
      await sleep(100);
      current = await rotatedElsewhere();
    }
  }
  if (current) {
    deps.logger.info({ connectionId: row.id, provider: row.provider }, "refresh token was rotated by a parallel refresh; using its result");
    return current;
  }
  await markNeedsReauth(deps, row, "REVOKED");
  deps.logger.warn({ connectionId: row.id, provider: row.provider, oauthError: error.info.oauthError }, "refresh rejected; connection needs re-authorization");
  throw reconnectRequired(row, "REVOKED", error);
}

function refreshUnavailable(connection: Pick<IntegrationConnection, "provider">, retryAt: Date, now: Date, cause?: unknown): AppError {
  const retryAfter = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new AppError("UPSTREAM_UNAVAILABLE", `${connection.provider} could not refresh the access token right now; try again in ${retryAfter} s`, { provider: connection.provider, retryAfter }, { cause });
}

/**
 * Marks the connection NEEDS_REAUTH with a reason, only if it still holds the tokens that were
 * refused (compare-and-set): a reconnect or refresh that landed meanwhile is not undone.
 */
export async function markNeedsReauth(deps: Pick<Deps, "db">, seen: Pick<IntegrationConnection, "id" | "accessToken" | "refreshToken">, reason: NeedsReauthReason): Promise<void> {
  await deps.db.integrationConnection.updateMany({
    where: { id: seen.id, accessToken: seen.accessToken, refreshToken: seen.refreshToken },
    data: { status: "NEEDS_REAUTH", statusReason: reason },
  });
}

/**
 * Runs `call` with a live access token. When the upstream answers 401 anyway, refreshes once and
 * retries; a second 401 (or nothing to refresh with) marks the connection NEEDS_REAUTH and throws
 * RECONNECT_REQUIRED. Other upstream failures are rethrown for the caller's mapping.
 */
export async function withAccessToken<T>(deps: LifecycleDeps, connection: IntegrationConnection, call: (accessToken: string) => Promise<T>): Promise<T> {
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
    await markNeedsReauth(deps, second.connection, "REVOKED");
    throw reconnectRequired(connection, "REVOKED", error);
  }
}

const isUnauthorized = (error: unknown) => error instanceof UpstreamError && error.kind === "status" && error.info.status === 401;
