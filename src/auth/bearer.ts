import { createRemoteJWKSet, customFetch, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Config } from "../config.js";
import { AppError } from "../errors.js";
import { ExpiringLru } from "../lru.js";
import { isStorableText } from "../text.js";

/** Who is asking: the bearer token's `sub`, and the scopes it carries (space-separated `scope` claim). */
export interface Viewer {
  userId: string;
  scopes: ReadonlySet<string>;
}

/** A tool runner holding a service token (`sub` names the service). Never a user: no viewer, no connections. */
export interface ServiceCaller {
  serviceId: string;
}

/** A verified bearer token is exactly one of the two. */
export type Caller = { viewer: Viewer; service: null } | { viewer: null; service: ServiceCaller };

export type Authenticate = (authorization: string | null | undefined) => Promise<Caller | null>;

/** The claim a service token must carry (`"token_use": "service"`), besides the service audience. */
export const SERVICE_TOKEN_USE = "service";

/** Verified tokens remembered per authenticator; default 5,000 (least recently used go first). */
export const VERIFIED_TOKEN_CACHE_SIZE = 5_000;
/** How long a verified token is trusted without checking it again, at most; default 60 s (never past its `exp`). */
export const VERIFIED_TOKEN_CACHE_MS = 60_000;

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

type KeyConfig = { jwtSecret?: Uint8Array; jwksUrl?: string; issuer?: string; audience?: string };

/** jose verification under one key configuration: HS256 secret or a JWKS, issuer and audience when set. */
function createVerifier(keys: KeyConfig, fetchImpl: typeof fetch, requiredClaims: string[] = []) {
  const jwks: JWTVerifyGetKey | undefined = keys.jwksUrl ? createRemoteJWKSet(new URL(keys.jwksUrl), { [customFetch]: fetchImpl }) : undefined;
  const checks = { issuer: keys.issuer, audience: keys.audience, clockTolerance: 5, requiredClaims };
  return async (token: string, now: Date): Promise<JWTPayload> => {
    if (jwks) return (await jwtVerify(token, jwks, { ...checks, currentDate: now, algorithms: ASYMMETRIC })).payload;
    return (await jwtVerify(token, keys.jwtSecret!, { ...checks, currentDate: now, algorithms: ["HS256"] })).payload;
  };
}

/** Addressed to services: the service audience or `token_use: service`. Such a token is never a user's. */
function claimsToBeService(token: string, serviceAudience: string | undefined): boolean {
  let payload: JWTPayload;
  try {
    payload = decodeJwt(token);
  } catch {
    return false; // not a JWT at all: the user verifier refuses it
  }
  const aud = typeof payload.aud === "string" ? [payload.aud] : Array.isArray(payload.aud) ? payload.aud : [];
  return payload.token_use === SERVICE_TOKEN_USE || (!!serviceAudience && aud.includes(serviceAudience));
}

/**
 * Verifies `Authorization: Bearer <JWT>` with jose. No header → null (anonymous); a bad token →
 * UNAUTHENTICATED.
 *
 * Two kinds of caller, verified apart: a token addressed to services (`token_use: "service"` or
 * the service audience in `aud`) is checked only as a service token — SERVICE_JWT_SECRET or
 * SERVICE_JWKS_URL, `aud` = SERVICE_JWT_AUDIENCE, `token_use: "service"`, `exp` required — and is
 * refused when no service verification is configured; it is never taken for a user. Every other
 * token is checked only as a user's (AUTH_JWT_SECRET or AUTH_JWKS_URL, issuer and audience when
 * configured) and is never a service, whatever claims it carries. Which verifier runs is chosen
 * from the unverified claims; that choice only narrows what can succeed.
 *
 * A client sends the same token on every request, so a verified token is remembered (keyed by
 * the whole token string: a hit is the very same signed token, hence the same subject) until its
 * `exp`, for at most VERIFIED_TOKEN_CACHE_MS; refusals are never remembered. `now` defaults to
 * the system clock.
 */
export function createAuthenticator(
  config: { auth: Config["auth"]; service?: Config["service"] },
  fetchImpl: typeof fetch = fetch,
  options: { now?: () => number } = {},
): Authenticate {
  const now = options.now ?? Date.now;
  const verifyUser = createVerifier(config.auth, fetchImpl);
  const service = config.service ?? null;
  const verifyService = service && createVerifier(service, fetchImpl, ["exp", "token_use"]);
  const verified = new ExpiringLru<string, Caller>(VERIFIED_TOKEN_CACHE_SIZE);

  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <token>`");
    const token = match[1]!;
    const hit = verified.get(token, now());
    if (hit) return hit;
    const asService = claimsToBeService(token, service?.audience);
    if (asService && !verifyService) throw new AppError("UNAUTHENTICATED", "Service tokens are not accepted here: no service verification is configured");
    let payload: JWTPayload;
    try {
      payload = await (asService ? verifyService! : verifyUser)(token, new Date(now()));
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new AppError("UNAUTHENTICATED", expired ? "The bearer token has expired" : "The bearer token is not valid", {}, { cause: error });
    }
    if (asService && payload.token_use !== SERVICE_TOKEN_USE) throw new AppError("UNAUTHENTICATED", 'A service token must carry "token_use": "service"');
    if (typeof payload.sub !== "string" || !payload.sub || payload.sub.length > 255) {
      throw new AppError("UNAUTHENTICATED", "The bearer token has no subject (sub)");
    }
    if (!isStorableText(payload.sub)) throw new AppError("UNAUTHENTICATED", "The bearer token's subject (sub) holds a NUL or an unpaired surrogate");
    const scope = typeof payload.scope === "string" ? payload.scope : "";
    const caller: Caller = asService
      ? { viewer: null, service: { serviceId: payload.sub } }
      : { viewer: { userId: payload.sub, scopes: new Set(scope.split(" ").filter(Boolean)) }, service: null };
    verified.set(token, caller, Math.min(now() + VERIFIED_TOKEN_CACHE_MS, payload.exp === undefined ? Infinity : payload.exp * 1000));
    return caller;
  };
}
