import { createRemoteJWKSet, customFetch, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Config } from "../config.js";
import { AppError } from "../errors.js";
import { ExpiringLru } from "../lru.js";
import { isStorableText } from "../text.js";

/** Who is asking: the bearer token's `sub`, and the scopes it carries (space-separated `scope` claim). */
export interface Viewer {
  userId: string;
  scopes: ReadonlySet<string>;
}

export type Authenticate = (authorization: string | null | undefined) => Promise<Viewer | null>;

/** Verified tokens remembered per authenticator; default 5,000 (least recently used go first). */
export const VERIFIED_TOKEN_CACHE_SIZE = 5_000;
/** How long a verified token is trusted without checking it again, at most; default 60 s (never past its `exp`). */
export const VERIFIED_TOKEN_CACHE_MS = 60_000;

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Verifies `Authorization: Bearer <JWT>` with jose: HS256 under AUTH_JWT_SECRET, or keys from
 * AUTH_JWKS_URL; issuer and audience checked when configured. No header → null (anonymous);
 * a bad token → UNAUTHENTICATED.
 *
 * A client sends the same token on every request, so a verified token is remembered (keyed by
 * the whole token string: a hit is the very same signed token, hence the same subject) until its
 * `exp`, for at most VERIFIED_TOKEN_CACHE_MS; refusals are never remembered. `now` defaults to
 * the system clock.
 */
export function createAuthenticator(auth: Config["auth"], fetchImpl: typeof fetch = fetch, options: { now?: () => number } = {}): Authenticate {
  const now = options.now ?? Date.now;
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl), { [customFetch]: fetchImpl })
    : undefined;
  const checks = { issuer: auth.issuer, audience: auth.audience, clockTolerance: 5 };
  const verified = new ExpiringLru<string, Viewer>(VERIFIED_TOKEN_CACHE_SIZE);

  const verify = async (token: string): Promise<JWTPayload> => {
    const current = { ...checks, currentDate: new Date(now()) };
    if (jwks) return (await jwtVerify(token, jwks, { ...current, algorithms: ASYMMETRIC })).payload;
    return (await jwtVerify(token, auth.jwtSecret!, { ...current, algorithms: ["HS256"] })).payload;
  };

  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <token>`");
    const token = match[1]!;
    const hit = verified.get(token, now());
    if (hit) return hit;
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new AppError("UNAUTHENTICATED", expired ? "The bearer token has expired" : "The bearer token is not valid", {}, { cause: error });
    }
    if (typeof payload.sub !== "string" || !payload.sub || payload.sub.length > 255) {
      throw new AppError("UNAUTHENTICATED", "The bearer token has no subject (sub)");
    }
    if (!isStorableText(payload.sub)) throw new AppError("UNAUTHENTICATED", "The bearer token's subject (sub) holds a NUL or an unpaired surrogate");
    const scope = typeof payload.scope === "string" ? payload.scope : "";
    const viewer: Viewer = { userId: payload.sub, scopes: new Set(scope.split(" ").filter(Boolean)) };
    verified.set(token, viewer, Math.min(now() + VERIFIED_TOKEN_CACHE_MS, payload.exp === undefined ? Infinity : payload.exp * 1000));
    return viewer;
  };
}
