import { randomToken } from "../crypto.js";
import type { Deps } from "../deps.js";
import { AppError, notFound } from "../errors.js";
import { encodeGlobalId } from "../ids.js";
import { UpstreamError } from "../providers/http.js";
import type { OAuthProvider, ProviderId, TokenSet } from "../providers/types.js";
import type { IntegrationConnection } from "./connections.js";
import { joinScopes } from "./connections.js";
import type { Config } from "../config.js";
import { appErrorFromUpstream } from "./upstream-errors.js";
import { clearRefreshFailures, inflightRefreshes, noteRefreshFailure, refreshCooldown, sleep } from "./refresh-state.js";
import { releaseRefreshLease, takeRefreshLease } from "./refresh-lease.js";

/** Refresh when the access token expires within this margin; default 5 minutes. */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** How long a caller waits for another instance's refresh before giving up; default 15 s. */
const LEASE_WAIT_MS = 15_000;
/** Refresh attempts on a transient failure (5xx, 429, network) before giving up; default 3. Rotating refreshes: 1. */
const REFRESH_ATTEMPTS = 3;
/** Pause before the second attempt, doubling for each further one; default 100 ms. */
const RETRY_DELAY_MS = 100;
/** How much longer than a refresh's whole budget its lease lasts (its database writes); default 10 s. */
const LEASE_MARGIN_MS = 10_000;

export type NeedsReauthReason = "REVOKED" | "EXPIRED" | "REFRESH_LOST";

type LifecycleDeps = Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger" | "config" | "metrics">;

export interface LiveCredential {
  connection: IntegrationConnection;
  accessToken: string;
}

const expiresWithin = (c: IntegrationConnection, now: Date, marginMs: number) => !!c.expiresAt && c.expiresAt.getTime() - now.getTime() <= marginMs;

/**
 * The longest one refresh may spend upstream: a rotating one is sent once, with its own deadline
 * (REFRESH_ROTATING_TIMEOUT_MS); any other gets REFRESH_ATTEMPTS tries of UPSTREAM_TIMEOUT_MS with
 * the pauses between them.
 */
export function refreshBudgetMs(config: Pick<Config, "upstreamTimeoutMs" | "refreshRotatingTimeoutMs">, rotating: boolean): number {
  if (rotating) return config.refreshRotatingTimeoutMs;
  let pauses = 0;
  for (let attempt = 1; attempt < REFRESH_ATTEMPTS; attempt++) pauses += RETRY_DELAY_MS * 2 ** (attempt - 1);
  return REFRESH_ATTEMPTS * config.upstreamTimeoutMs + pauses;
}

/** The refresh lease outlives the whole refresh budget: nobody takes over a refresh still under way. */
export const refreshLeaseMs = (config: Pick<Config, "upstreamTimeoutMs" | "refreshRotatingTimeoutMs">, rotating: boolean) => refreshBudgetMs(config, rotating) + LEASE_MARGIN_MS;

export function reconnectRequired(connection: Pick<IntegrationConnection, "id" | "provider">, reason: string, cause?: unknown): AppError {
  return new AppError(
    "RECONNECT_REQUIRED",
    `The ${connection.provider} connection needs to be reconnected (${reason.toLowerCase().replace(/_/g, " ")})`,
    { connectionId: encodeGlobalId("IntegrationConnection", connection.id), provider: connection.provider, reason },
    { cause },
  );
}

/**
 * A usable access token for a connection: refreshed first when it expires within the margin (or
 * when `staleToken`, this connection's token, was just refused upstream). One refresh per
 * connection at a time, everywhere: single-flight in this process, plus a database lease
 * (compare-and-set on owner + expiry, by the database's clock) across instances; after taking the
 * lease the row is re-read, and if another instance already refreshed, its result is used.
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
    // A refused token is judged by its version: a newer pair stored since is not refused.
    pending = refreshWithLease(deps, connection, stale ? connection.tokenVersion : undefined)
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

/** `refusedVersion`: the token version whose access token upstream just refused. */
async function refreshWithLease(deps: LifecycleDeps, connection: Pick<IntegrationConnection, "id" | "provider">, refusedVersion?: number): Promise<IntegrationConnection> {
  const db = deps.db;
  const provider = deps.providers.get(connection.provider as ProviderId);
  const rotating = provider?.authType === "OAUTH2" && provider.rotatesRefreshTokens;
  const leaseMs = refreshLeaseMs(deps.config, rotating);
  let started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const owner = randomToken(12);
    const leased = await takeRefreshLease(deps, connection.id, owner, leaseMs);
    try {
      const row = await db.integrationConnection.findUnique({ where: { id: connection.id } });
      if (!row) throw notFound("Connection");
      if (row.status === "NEEDS_REAUTH") throw reconnectRequired(row, row.statusReason ?? "REVOKED");
      // Judge the row as stored now: another instance may have refreshed since the caller looked.
      const refused = refusedVersion !== undefined && row.tokenVersion === refusedVersion;
      if (!refused && !expiresWithin(row, deps.now(), REFRESH_MARGIN_MS)) {
        deps.metrics?.refreshes.inc({ provider: row.provider, outcome: "shared", cause: "other_instance" });
        return row;
      }
      if (leased) {
        const refreshed = await refreshRow(deps, row, owner, refused);
        if (refreshed) return refreshed;
        // null: this lease was taken over meanwhile; wait (afresh) for the new holder's result.
        started = Date.now();
      } else if (Date.now() - started > LEASE_WAIT_MS) {
        throw new AppError("UPSTREAM_UNAVAILABLE", "Another refresh of this connection is taking too long; try again", { provider: row.provider, retryAfter: 5 });
      }
    } finally {
      if (leased) await releaseRefreshLease(deps, connection.id, owner);
    }
    await sleep(Math.min(25 * 2 ** attempt, 250));
  }
}

// OAuth errors meaning the refresh token itself is no good (GitHub: `bad_refresh_token`).
const REFRESH_REJECTED = new Set(["invalid_grant", "bad_refresh_token", "unauthorized_client"]);
const isRejected = (e: unknown) => e instanceof UpstreamError && e.kind === "oauth" && REFRESH_REJECTED.has(e.info.oauthError ?? "");
const isTransient = (e: unknown) => e instanceof UpstreamError && (e.kind === "network" || (e.info.status ?? 0) >= 500 || e.info.status === 429);

// Failures while connecting: the request never left, so nothing was used upstream.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
function neverSent(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (NOT_SENT.has((e as { code?: string }).code ?? "")) return true;
  }
  return false;
}
/**
 * A rotating refresh whose answer never arrived readable (timeout, socket closed after sending, a
 * body that could not be read): the provider may have rotated, so the token may be dead.
 */
const answerLost = (e: unknown) => e instanceof UpstreamError && (e.kind === "network" || e.kind === "body") && !neverSent(e);

/**
 * Refreshes `row` while holding the lease `owner`. Returns the connection as stored afterwards, or
 * null when the lease was taken over meanwhile and nothing was stored (the caller waits for the
 * new holder).
 */
async function refreshRow(deps: LifecycleDeps, row: IntegrationConnection, owner: string, refused: boolean): Promise<IntegrationConnection | null> {
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
  const rotating = provider.rotatesRefreshTokens;
  // A previous holder sent this rotating refresh token and its lease ran out before it stored the
  // answer (it crashed or stalled): the token is probably used. Never replay it.
  if (rotating && row.refreshSentAt) return refreshLost(deps, row, "an earlier refresh's answer was never stored");
  const refreshToken = await deps.cipher.decrypt(row.refreshToken);
  if (rotating) {
    // Recorded before sending, so that nobody replays the token should this answer be lost.
    const { count } = await deps.db.integrationConnection.updateMany({
      where: { id: row.id, tokenVersion: row.tokenVersion, refreshLeaseOwner: owner, refreshSentAt: null },
      data: { refreshSentAt: deps.now() },
    });
    if (count !== 1) return settleChanged(deps, row, "the connection changed before its refresh was sent");
  }
  let tokens: TokenSet;
  for (let attempt = 1; ; attempt++) {
    try {
      // A rotating refresh gets its own, longer deadline: cut off early, its answer would be lost.
      tokens = await provider.refreshAccessToken(refreshToken, rotating ? { timeoutMs: deps.config.refreshRotatingTimeoutMs } : undefined);
      break;
    } catch (error) {
      if (isRejected(error)) return refreshRejected(deps, row, error as UpstreamError);
      if (rotating && answerLost(error)) return refreshLost(deps, row, "its answer was lost", error);
      // Answered (or never sent): the refresh token was not used; the marker goes.
      if (rotating) await deps.db.integrationConnection.updateMany({ where: { id: row.id, tokenVersion: row.tokenVersion, refreshLeaseOwner: owner }, data: { refreshSentAt: null } });
      const log = { connectionId: row.id, provider: row.provider, attempt, kind: (error as UpstreamError).kind, status: (error as UpstreamError).info?.status };
      if (!isTransient(error)) {
        deps.logger.error(log, "refresh refused for a reason other than the grant; connection left as it is");
        if (!(error instanceof UpstreamError)) throw error;
        throw new AppError("UPSTREAM_ERROR", `${row.provider} refused to refresh the token (${error.info.oauthError ?? error.message})`, { provider: row.provider }, { cause: error });
      }
      // Retried in the call only when the token does not rotate (a retry would replay it).
      if (!rotating && attempt < REFRESH_ATTEMPTS) {
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
  return persistRefreshed(deps, row, owner, tokens, provider);
}

/**
 * Rotation-safe: the new pair is stored before anyone gets the new access token, by a
 * compare-and-set on the version read and on the lease owner. A disconnect, reconnect or other
 * refresh that landed meanwhile is never overwritten.
 */
async function persistRefreshed(deps: LifecycleDeps, row: IntegrationConnection, owner: string, tokens: TokenSet, provider: OAuthProvider): Promise<IntegrationConnection | null> {
  const data = {
    accessToken: await deps.cipher.encrypt(tokens.accessToken),
    expiresAt: tokens.expiresAt ?? null,
    // Google sends no refresh token on refresh: keep the stored one. GitHub Apps rotate it.
    ...(tokens.refreshToken ? { refreshToken: await deps.cipher.encrypt(tokens.refreshToken), refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null } : {}),
    // The provider's answer is what the new token carries.
    ...(tokens.scopes ? { scopes: joinScopes(tokens.scopes.map(provider.normalizeScope)) } : {}),
    status: "ACTIVE" as const,
    statusReason: null,
    refreshSentAt: null,
    tokenVersion: { increment: 1 },
  };
  const connections = deps.db.integrationConnection;
  let { count } = await connections.updateMany({ where: { id: row.id, tokenVersion: row.tokenVersion, refreshLeaseOwner: owner }, data: { ...data, refreshLeaseOwner: null, refreshLeaseExpiresAt: null } });
  if (count === 0 && tokens.refreshToken && provider.rotatesRefreshTokens) {
    // The lease was taken over, yet the pair this rotated from is still the stored one: the new
    // pair is now the only one that works. Store it, leaving the other holder's lease alone.
    ({ count } = await connections.updateMany({ where: { id: row.id, tokenVersion: row.tokenVersion }, data }));
    if (count === 1) deps.logger.warn({ connectionId: row.id, provider: row.provider }, "rotated pair stored after this refresh's lease was taken over");
  }
  if (count === 1) {
    clearRefreshFailures(deps.db, row.id);
    deps.metrics?.refreshes.inc({ provider: row.provider, outcome: "done", cause: "" });
    deps.logger.info({ connectionId: row.id, provider: row.provider, rotated: !!tokens.refreshToken }, "access token refreshed");
    const stored = await connections.findUnique({ where: { id: row.id } });
    if (!stored) throw notFound("Connection");
    return stored;
  }
  return settleChanged(deps, row, "refresh result not stored");
}

/**
 * After a compare-and-set on `row` found it changed: deleted → NOT_FOUND (a disconnect wins);
 * newer tokens (reconnect, another refresh) → those; otherwise null (the lease was taken over:
 * wait for its holder).
 */
async function settleChanged(deps: LifecycleDeps, row: IntegrationConnection, what: string): Promise<IntegrationConnection | null> {
  const current = await deps.db.integrationConnection.findUnique({ where: { id: row.id } });
  const log = { connectionId: row.id, provider: row.provider };
  if (!current) {
    deps.logger.info(log, `${what}: the connection was deleted meanwhile`);
    throw notFound("Connection");
  }
  if (current.tokenVersion !== row.tokenVersion) {
    deps.logger.info(log, `${what}: newer tokens were stored meanwhile; using them`);
    if (current.status === "NEEDS_REAUTH") throw reconnectRequired(current, current.statusReason ?? "REVOKED");
    return current;
  }
  deps.logger.info(log, `${what}: the refresh lease was taken over; waiting for its holder`);
  return null;
}

/**
 * A rotating refresh whose answer is lost: the provider may have rotated the token, and a replay
 * would be refused (or, per RFC 9700, end the whole grant). Honest status: NEEDS_REAUTH with
 * REFRESH_LOST; re-authorizing the same account keeps the connection.
 */
async function refreshLost(deps: LifecycleDeps, row: IntegrationConnection, why: string, cause?: unknown): Promise<IntegrationConnection> {
  await markNeedsReauth(deps, row, "REFRESH_LOST");
  deps.logger.warn({ connectionId: row.id, provider: row.provider, kind: (cause as UpstreamError | undefined)?.kind }, `rotating refresh not replayed: ${why}; connection needs re-authorization`);
  const current = await settleChanged(deps, row, "refresh lost");
  if (current) return current; // reconnected meanwhile
  throw reconnectRequired(row, "REFRESH_LOST", cause);
}

/**
 * The provider refused the refresh token. A parallel refresh elsewhere may have stored a newer
 * pair a moment ago: re-read before judging. Only a real refusal marks the connection NEEDS_REAUTH.
 */
async function refreshRejected(deps: LifecycleDeps, row: IntegrationConnection, error: UpstreamError): Promise<IntegrationConnection> {
  const current = await deps.db.integrationConnection.findUnique({ where: { id: row.id } });
  if (!current) throw notFound("Connection");
  if (current.status === "ACTIVE" && current.tokenVersion !== row.tokenVersion) {
    deps.logger.info({ connectionId: row.id, provider: row.provider }, "refresh token was replaced by a parallel refresh or reconnect; using its result");
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
 * Marks the connection NEEDS_REAUTH with a reason, only if it still holds the token pair that was
 * judged (compare-and-set on its version): a reconnect or refresh that landed meanwhile is not undone.
 */
export async function markNeedsReauth(deps: Pick<Deps, "db">, seen: Pick<IntegrationConnection, "id" | "tokenVersion">, reason: NeedsReauthReason): Promise<void> {
  await deps.db.integrationConnection.updateMany({
    where: { id: seen.id, tokenVersion: seen.tokenVersion },
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
