import { randomToken, sha256 } from "../crypto.js";
import type { Deps } from "../deps.js";
import { AppError } from "../errors.js";
import type { AccountIdentity, ProviderId, RevocationOutcome, TokenSet } from "../providers/types.js";
import { joinScopes, saveOAuthConnection, splitScopes, type IntegrationConnection } from "./connections.js";

/**
 * The second half of an OAuth flow. The callback never attaches an account: it parks what the
 * provider gave (account + tokens, encrypted) as a pending completion and sends the browser back to
 * `returnTo` with a one-time completion code. Only `completeOAuth(code)` called with the bearer token
 * of the user who started the flow turns it into a connection. Anything else (another user, an
 * unknown, expired or reused code) attaches nothing; a pending grant that is refused or expires
 * unclaimed is revoked at the provider and deleted.
 */

/** How long a completion code can be redeemed after the callback; default 5 minutes. */
export const COMPLETION_TTL_MS = 5 * 60 * 1000;
/** Expired OAuth states are kept this long (a late callback still gets its redirect), then deleted; default 1 hour. */
export const STATE_RETENTION_MS = 60 * 60 * 1000;
/** At most this many rows of each kind per sweep (bounded work); default 100. */
export const SWEEP_BATCH = 100;
/** A sweep runs at most this often per app instance, triggered by OAuth traffic; default 1 minute. */
export const SWEEP_INTERVAL_MS = 60 * 1000;

/** Parks a finished provider round trip for its user; returns the plaintext completion code (≥ 256 bits). */
export async function createPendingCompletion(
  deps: Pick<Deps, "db" | "cipher" | "now">,
  input: { userId: string; provider: ProviderId; identity: AccountIdentity; tokens: TokenSet; requestedScopes: string[]; connectionId: string | null },
): Promise<string> {
  const code = randomToken(32);
  const { tokens } = input;
  await deps.db.oAuthCompletion.create({
    data: {
      codeHash: sha256(code),
      userId: input.userId,
      provider: input.provider,
      accountId: input.identity.accountId,
      accountLabel: input.identity.accountLabel,
      accessToken: await deps.cipher.encrypt(tokens.accessToken),
      refreshToken: tokens.refreshToken ? await deps.cipher.encrypt(tokens.refreshToken) : null,
      tokenExpiresAt: tokens.expiresAt ?? null,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt ?? null,
      grantedScopes: tokens.scopes ? joinScopes(tokens.scopes) : null,
      requestedScopes: joinScopes(input.requestedScopes),
      connectionId: input.connectionId,
      expiresAt: new Date(deps.now().getTime() + COMPLETION_TTL_MS),
    },
  });
  return code;
}

export interface CompletedOAuth {
  connection: IntegrationConnection;
  provider: ProviderId;
  /** A re-authorization signed in to a different account: that account became its own connection. */
  accountChanged: boolean;
}

type Pending = NonNullable<Awaited<ReturnType<Deps["db"]["oAuthCompletion"]["findUnique"]>>>;
type CompletionDeps = Pick<Deps, "db" | "cipher" | "providers" | "logger" | "now">;

const invalid = (reason: "expired" | "unknown_or_used") =>
  new AppError(
    "INVALID_COMPLETION_CODE",
    reason === "expired"
      ? "This sign-in took too long to finish (completion codes last 5 minutes); nothing was connected. Start again."
      : "This completion code is unknown or was used already; nothing was connected. Start again.",
    { reason },
  );

/** Claims a pending completion exactly once (compare-and-set on `consumedAt`); true when this caller won. */
async function claim(deps: Pick<Deps, "db">, id: string, now: Date, unexpiredOnly: boolean): Promise<boolean> {
  const { count } = await deps.db.oAuthCompletion.updateMany({
    where: { id, consumedAt: null, ...(unexpiredOnly ? { expiresAt: { gt: now } } : {}) },
    data: { consumedAt: now },
  });
  return count === 1;
}

/**
 * `completeOAuth(code)`: turns the pending completion into a connection for `userId`, who must be
 * the user who started the flow. A code of another user's flow is burnt: its grant is revoked and
 * it is deleted (the flow was attacked or misdirected; its user starts again).
 */
export async function completeOAuth(deps: CompletionDeps, userId: string, code: string): Promise<CompletedOAuth> {
  const now = deps.now();
  const row = code && code.length <= 128 ? await deps.db.oAuthCompletion.findUnique({ where: { codeHash: sha256(code) } }) : null;
  if (!row) throw invalid("unknown_or_used");
  if (row.userId !== userId) {
    if (await claim(deps, row.id, now, false)) await discardPending(deps, row, "completed by another user");
    deps.logger.warn({ provider: row.provider, completionId: row.id, startedBy: row.userId, completedBy: userId }, "oauth completion refused: another user's flow");
    throw new AppError("COMPLETION_USER_MISMATCH", "This sign-in was started by another user; nothing was connected and the sign-in was cancelled. Start again from your own account.", {
      provider: row.provider.toUpperCase(),
    });
  }
  if (!(await claim(deps, row.id, now, true))) {
    // Lost a race with another completion, or used already: nothing to do. Expired: revoke and delete.
    if (row.consumedAt || row.expiresAt > now) throw invalid("unknown_or_used");
    if (await claim(deps, row.id, now, false)) await discardPending(deps, row, "expired unclaimed");
    throw invalid("expired");
  }
  const provider = row.provider as ProviderId;
  let connection: IntegrationConnection;
  try {
    connection = await saveOAuthConnection(deps, {
      userId,
      provider,
      accountId: row.accountId,
      accountLabel: row.accountLabel,
      tokens: {
        accessToken: await deps.cipher.decrypt(row.accessToken),
        refreshToken: row.refreshToken ? await deps.cipher.decrypt(row.refreshToken) : undefined,
        expiresAt: row.tokenExpiresAt ?? undefined,
        refreshTokenExpiresAt: row.refreshTokenExpiresAt ?? undefined,
        scopes: row.grantedScopes === null ? undefined : splitScopes(row.grantedScopes),
      },
      requestedScopes: splitScopes(row.requestedScopes),
    });
  } catch (error) {
    await discardPending(deps, row, "could not be saved");
    throw error;
  }
  await deps.db.oAuthCompletion.deleteMany({ where: { id: row.id } });
  deps.logger.info({ provider, connectionId: connection.id, userId }, "connection saved");
  return { connection, provider, accountChanged: !!row.connectionId && row.connectionId !== connection.id };
}

/**
 * Revokes a pending grant at the provider (best effort, never throws) and deletes it. Exception: when
 * that same account is already connected on this gateway, its grant is shared with that connection
 * (Google and GitHub revoke per account and app), so the fresh tokens are only deleted.
 */
export async function discardPending(deps: CompletionDeps, row: Pending, why: string): Promise<void> {
  let outcome: RevocationOutcome & { skipped?: string };
  try {
    const shared = await deps.db.integrationConnection.findFirst({ where: { provider: row.provider, accountId: row.accountId }, select: { id: true } });
    outcome = shared
      ? { revoked: false, skipped: "account already connected here; its grant is shared" }
      : await revokeTokens(deps, row.provider as ProviderId, {
          accessToken: await deps.cipher.decrypt(row.accessToken),
          refreshToken: row.refreshToken ? await deps.cipher.decrypt(row.refreshToken) : undefined,
        });
  } catch (error) {
    outcome = { revoked: false, error: (error as Error).message };
  }
  await deps.db.oAuthCompletion.deleteMany({ where: { id: row.id } });
  deps.logger.info({ provider: row.provider, completionId: row.id, why, revoked: outcome.revoked, revocationError: outcome.error, skipped: outcome.skipped }, "pending oauth grant discarded");
}

/** The provider's own revoke verb for tokens nobody will keep; never throws. */
export async function revokeTokens(deps: Pick<Deps, "providers">, providerId: ProviderId, tokens: { accessToken: string; refreshToken?: string }): Promise<RevocationOutcome> {
  const provider = deps.providers.get(providerId);
  if (!provider || provider.authType !== "OAUTH2") return { revoked: false, error: `${providerId} is not configured` };
  try {
    return await provider.revoke(tokens);
  } catch (error) {
    return { revoked: false, error: (error as Error).message };
  }
}

/**
 * Housekeeping: deletes OAuth states expired for longer than STATE_RETENTION_MS, and revokes and
 * deletes pending completions that expired unclaimed; at most `limit` of each per run.
 */
export async function sweepExpiredOAuth(deps: CompletionDeps, limit = SWEEP_BATCH): Promise<{ states: number; completions: number }> {
  const now = deps.now();
  const staleStates = await deps.db.oAuthState.findMany({ where: { expiresAt: { lt: new Date(now.getTime() - STATE_RETENTION_MS) } }, select: { id: true }, take: limit });
  const states = staleStates.length ? (await deps.db.oAuthState.deleteMany({ where: { id: { in: staleStates.map((s) => s.id) } } })).count : 0;
  const expired = await deps.db.oAuthCompletion.findMany({ where: { expiresAt: { lte: now } }, take: limit, orderBy: { expiresAt: "asc" } });
  let completions = 0;
  for (const row of expired) {
    if (await claim(deps, row.id, now, false)) {
      await discardPending(deps, row, "expired unclaimed");
    } else {
      // Claimed by a completion that never finished deleting it (a crash): its tokens may be a
      // connection's by now, so delete without revoking.
      await deps.db.oAuthCompletion.deleteMany({ where: { id: row.id, consumedAt: { not: null } } });
    }
    completions++;
  }
  return { states, completions };
}

/** Runs sweepExpiredOAuth at most once per SWEEP_INTERVAL_MS and never twice at once; errors are logged. */
export function createOAuthSweeper(deps: CompletionDeps, intervalMs = SWEEP_INTERVAL_MS) {
  let last = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;
  return {
    /** Starts a sweep when one is due (does not wait for it); returns the running sweep, if any. */
    poke(): Promise<void> | null {
      const now = deps.now().getTime();
      if (running || now - last < intervalMs) return running;
      last = now;
      running = sweepExpiredOAuth(deps)
        .then((counts) => {
          if (counts.states || counts.completions) deps.logger.info(counts, "expired oauth rows swept");
        })
        .catch((error) => deps.logger.warn({ err: (error as Error).message }, "oauth sweep failed"))
        .finally(() => {
          running = null;
        });
      return running;
    },
    /** Resolves when no sweep is running (for shutdown). */
    idle: () => running ?? Promise.resolve(),
  };
}
