/**
 * What the user reads, and what they can do about it: gateway error codes (src/errors.ts) and the
 * `status`/`error` parameters the OAuth callback appends to returnTo (src/services/oauth-flow.ts).
 */
import { GatewayError } from "./api.js";
import type { Notice, NoticeAction } from "./notices.js";

const NAMES: Record<string, string> = { google: "Google", github: "GitHub", supabase: "Supabase" };

/** "GOOGLE" or "google" → "Google". */
export const providerName = (id: string | undefined) => (id ? (NAMES[id.toLowerCase()] ?? id) : "The provider");

/** Google scopes are URLs; the last path segment is what people recognise. */
export const shortScope = (scope: string) => scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, "");

/** What the page can do in response to an error; the matching button appears only when given. */
export interface ErrorHandlers {
  /** Starts OAuth again for that connection, asking for `scopes` on top of what it has. */
  reconnect?: (connectionId: string, provider: string, scopes: string[]) => Promise<void>;
  signIn?: () => void;
  retry?: () => Promise<void>;
}

const clock = (date: Date) => date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function describeError(error: unknown, handlers: ErrorHandlers = {}, now = new Date()): Notice {
  if (!(error instanceof GatewayError)) return { kind: "error", text: `Something went wrong: ${String(error)}` };
  const ext = error.extensions;
  const actions: NoticeAction[] = [];
  let text = error.message;
  switch (error.code) {
    case "UNAUTHENTICATED":
      text = `Your token was not accepted: ${error.message}`;
      if (handlers.signIn) actions.push({ label: "Use another token", run: handlers.signIn });
      break;
    case "RECONNECT_REQUIRED":
      if (handlers.reconnect && ext.connectionId && ext.provider) {
        const { connectionId, provider } = ext;
        actions.push({ label: `Reconnect ${providerName(provider)}`, run: () => handlers.reconnect!(connectionId, provider, []) });
      }
      break;
    case "INSUFFICIENT_SCOPE": {
      const missing = ext.missingScopes ?? [];
      if (missing.length) text = `${providerName(ext.provider)} has not granted the permissions this needs: ${missing.map(shortScope).join(", ")}.`;
      if (handlers.reconnect && ext.connectionId && ext.provider) {
        const { connectionId, provider } = ext;
        actions.push({ label: "Reconnect with the missing permissions", run: () => handlers.reconnect!(connectionId, provider, missing) });
      }
      break;
    }
    case "RATE_LIMITED": {
      const seconds = Math.max(1, Math.round(ext.retryAfter ?? 60));
      text = `${providerName(ext.provider)} is rate limiting requests. Try again in ${seconds} s (at ${clock(new Date(now.getTime() + seconds * 1000))}).`;
      break;
    }
    case "UPSTREAM_UNAVAILABLE":
    case "NETWORK":
      if (handlers.retry) actions.push({ label: "Try again", run: handlers.retry });
      break;
  }
  return { kind: "error", text, actions };
}

/**
 * The parameters the OAuth callback added to this page's URL: `status=pending&provider&completion_code`
 * (the page must call completeOAuth) or `status=error&provider&error`.
 */
export interface OAuthOutcome {
  status: "pending" | "error";
  provider: string;
  error?: string;
  completionCode?: string;
}

/** Reads the OAuth outcome from the URL and removes it, so a reload (or a copied URL) does not carry it. */
export function takeOAuthOutcome(location: Location, history: History): OAuthOutcome | null {
  const url = new URL(location.href);
  const status = url.searchParams.get("status");
  if (status !== "pending" && status !== "error") return null;
  const outcome: OAuthOutcome = {
    status,
    provider: url.searchParams.get("provider") ?? "",
    error: url.searchParams.get("error") ?? undefined,
    completionCode: url.searchParams.get("completion_code") ?? undefined,
  };
  for (const name of ["status", "provider", "error", "completion_code"]) url.searchParams.delete(name);
  history.replaceState(null, "", url.pathname + url.search + url.hash);
  return outcome;
}

const CALLBACK_ERRORS: Record<string, (p: string) => string> = {
  access_denied: (p) => `You declined access at ${p}; nothing was connected.`,
  invalid_state: () => "That sign-in could not be matched to this browser (it expired, was used twice, or was opened elsewhere). Start again.",
  invalid_issuer: (p) => `The answer did not come from ${p}; nothing was connected.`,
  token_exchange_failed: (p) => `${p} did not confirm the sign-in. Try again.`,
  identity_failed: (p) => `${p} did not say which account signed in. Try again.`,
  invalid_scope: (p) => `${p} refused the requested permissions.`,
  // completeOAuth's codes (src/errors.ts).
  COMPLETION_USER_MISMATCH: (p) => `That ${p} sign-in was started by another user, so nothing was connected and it was cancelled. Start again from here.`,
  INVALID_COMPLETION_CODE: (p) => `That ${p} sign-in expired or was already used; nothing was connected. Start again.`,
  not_started_here: (p) => `A ${p} sign-in came back to this page, but it was not started here, so nothing was connected. To connect an account, start from this page.`,
  temporarily_unavailable: (p) => `${p} is unavailable right now. Try again shortly.`,
  server_error: (p) => `${p} had a problem. Try again shortly.`,
};

/** What completeOAuth answered: the connection it attached. */
export function describeCompletion(provider: string, accountLabel: string, accountChanged: boolean): Notice {
  const name = providerName(provider);
  const text = accountChanged ? `You signed in to a different ${name} account (${accountLabel}); it was added as its own connection.` : `Connected ${name}: ${accountLabel}.`;
  return { kind: "success", text };
}

export function describeOutcome(outcome: OAuthOutcome, tryAgain?: () => Promise<void>): Notice {
  const name = providerName(outcome.provider);
  const explain = CALLBACK_ERRORS[outcome.error ?? ""] ?? ((p: string) => `${p} could not complete the sign-in (${outcome.error ?? "unknown error"}). Try again.`);
  return { kind: "error", text: explain(name), actions: tryAgain ? [{ label: `Connect ${name} again`, run: tryAgain }] : [] };
}
