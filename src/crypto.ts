import { createHash, randomBytes } from "node:crypto";
import { CompactEncrypt, compactDecrypt, decodeProtectedHeader } from "jose";
import type { EncryptionKey } from "./config.js";

/**
 * Encrypts secrets at rest as JWE compact strings (`dir` + `A256GCM`), the key id in the protected
 * header. The first key encrypts; every key decrypts, so keys rotate without downtime.
 */
export class TokenCipher {
  private readonly byKid: Map<string, Uint8Array>;
  constructor(private readonly keys: EncryptionKey[]) {
    if (keys.length === 0) throw new Error("TokenCipher needs at least one key");
    this.byKid = new Map(keys.map((k) => [k.kid, k.key]));
  }

  get currentKid(): string {
    return this.keys[0]!.kid;
  }

  async encrypt(plaintext: string): Promise<string> {
    const { kid, key } = this.keys[0]!;
    return new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader({ alg: "dir", enc: "A256GCM", kid }).encrypt(key);
  }

  async decrypt(jwe: string): Promise<string> {
    const { kid } = decodeProtectedHeader(jwe);
    const key = kid ? this.byKid.get(kid) : undefined;
    if (!key) throw new Error(`no decryption key with id ${kid ?? "(none)"}`);
    const { plaintext } = await compactDecrypt(jwe, key);
    return new TextDecoder().decode(plaintext);
  }

  /** Whether a stored value is encrypted under the current key already. */
  isCurrent(jwe: string): boolean {
    return decodeProtectedHeader(jwe).kid === this.currentKid;
  }
}

export const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

/** A random URL-safe string with `bytes` of entropy (default 32 bytes = 256 bits). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");
