import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";

export interface TestJwks {
  /** Where the JWKS is served (127.0.0.1). */
  url: string;
  /** Signs with this key (ES256): pass to `new SignJWT(...).setProtectedHeader({ alg: "ES256", kid })`. */
  privateKey: CryptoKey;
  kid: string;
  close(): void;
}

/** An identity provider's JWKS endpoint on 127.0.0.1 with one fresh ES256 key. */
export async function startTestJwks(kid: string, path = "/.well-known/jwks.json"): Promise<TestJwks> {
  const pair = await generateKeyPair("ES256");
  const jwk = { ...(await exportJWK(pair.publicKey)), kid, alg: "ES256", use: "sig" };
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, privateKey: pair.privateKey, kid, close: () => server.close() };
}
