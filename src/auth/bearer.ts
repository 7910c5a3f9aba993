import { createRemoteJWKSet, customFetch, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Config } from "../config.js";
import { AppError } from "../errors.js";

/** Who is asking: the bearer token's `sub`, and the scopes it carries (space-separated `scope` claim). */
export interface Viewer {
  userId: string;
  scopes: ReadonlySet<string>;
}

export type Authenticate = (authorization: string | null | undefined) => Promise<Viewer | null>;

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Verifies `Authorization: Bearer <JWT>` with jose: HS256 under AUTH_JWT_SECRET, or keys from
 * AUTH_JWKS_URL; issuer and audience checked when configured. No header → null (anonymous);
 * a bad token → UNAUTHENTICATED.
 */
export function createAuthenticator(auth: Config["auth"], fetchImpl: typeof fetch = fetch): Authenticate {
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl), { [customFetch]: fetchImpl })
    : undefined;
  const options = { issuer: auth.issuer, audience: auth.audience, clockTolerance: 5 };

  const verify = async (token: string): Promise<JWTPayload> => {
    if (jwks) return (await jwtVerify(token, jwks, { ...options, algorithms: ASYMMETRIC })).payload;
    return (await jwtVerify(token, auth.jwtSecret!, { ...options, algorithms: ["HS256"] })).payload;
  };

  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <token>`");
    let payload: JWTPayload;
    try {
      payload = await verify(match[1]!);
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new AppError("UNAUTHENTICATED", expired ? "The bearer token has expired" : "The bearer token is not valid", {}, { cause: error });
    }
    if (typeof payload.sub !== "string" || !payload.sub || payload.sub.length > 255) {
      throw new AppError("UNAUTHENTICATED", "The bearer token has no subject (sub)");
    }
    const scope = typeof payload.scope === "string" ? payload.scope : "";
    return { userId: payload.sub, scopes: new Set(scope.split(" ").filter(Boolean)) };
  };
}
