import { jwtVerify, SignJWT } from "jose";
import { randomToken } from "../crypto.js";
import { AppError } from "../errors.js";
import type { ProviderId } from "../providers/types.js";

/**
 * The signed, short-lived intent behind an authorization URL: which user wants to connect which
 * provider, with which scopes, returning where. Signed (HS256) so the browser can carry it but not
 * change it; it names the user, so it must never be accepted unsigned.
 */
export interface OAuthIntent {
  id: string;
  userId: string;
  provider: ProviderId;
  scopes: string[];
  returnTo: string;
  /** Set when re-authorizing an existing connection. */
  connectionId?: string;
}

const AUDIENCE = "integrations-gateway:oauth-intent";
/** How long an authorization URL stays usable; default 5 minutes. */
export const INTENT_TTL_SECONDS = 300;

export async function signIntent(secret: Uint8Array, intent: Omit<OAuthIntent, "id">, now: Date): Promise<string> {
  return new SignJWT({ prv: intent.provider, scp: intent.scopes, rt: intent.returnTo, ...(intent.connectionId ? { cid: intent.connectionId } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(intent.userId)
    .setAudience(AUDIENCE)
    .setJti(randomToken(16))
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + INTENT_TTL_SECONDS)
    .sign(secret);
}

export async function verifyIntent(secret: Uint8Array, token: string, now: Date): Promise<OAuthIntent> {
  try {
    const { payload } = await jwtVerify(token, secret, { audience: AUDIENCE, algorithms: ["HS256"], currentDate: now });
    const { sub, jti, prv, scp, rt, cid } = payload as Record<string, unknown>;
    if (typeof sub !== "string" || typeof jti !== "string" || typeof prv !== "string" || !Array.isArray(scp) || typeof rt !== "string") {
      throw new Error("malformed intent");
    }
    return { id: jti, userId: sub, provider: prv as ProviderId, scopes: scp.map(String), returnTo: rt, connectionId: typeof cid === "string" ? cid : undefined };
  } catch (cause) {
    throw new AppError("BAD_USER_INPUT", "This authorization link is invalid or has expired; start again from the application", { reason: "invalid_intent" }, { cause });
  }
}
