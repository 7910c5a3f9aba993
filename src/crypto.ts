import { createHash, randomBytes } from "node:crypto";
import { CompactEncrypt, compactDecrypt, decodeProtectedHeader } from "jose";
import type { EncryptionKey } from "./config.js";
import { ExpiringLru } from "./lru.js";

/** Decrypted secrets remembered per cipher; default 2,000 (least recently used go first). */
export const PLAINTEXT_MEMO_SIZE = 2_000;
/** How long a decrypted secret is remembered; default 10 minutes. */
export const PLAINTEXT_MEMO_MS = 10 * 60_000;

/**
 * Encrypts secrets at rest as JWE compact strings (`dir` + `A256GCM`), the key id in the protected
 * header. The first key encrypts; every key decrypts, so keys rotate without downtime.
 *
 * Hot paths decrypt the same stored token again and again, so results are remembered, keyed by the
 * whole JWE string (a random IV makes each one unique to the value it encrypts: a hit can only be
 * that same value), bounded in count and time; what `encrypt` just produced is remembered too.
 */
export class TokenCipher {
  private readonly byKid: Map<string, Uint8Array>;
  private readonly plaintexts = new ExpiringLru<string, Promise<string>>(PLAINTEXT_MEMO_SIZE);
  constructor(private readonly keys: EncryptionKey[]) {
    if (keys.length === 0) throw new Error("TokenCipher needs at least one key");
    this.byKid = new Map(keys.map((k) => [k.kid, k.key]));
  }

  get currentKid(): string {
    return this.keys[0]!.kid;
  }

  async encrypt(plaintext: string): Promise<string> {
    const { kid, key } = this.keys[0]!;
    const jwe = await new CompactEncrypt(new TextEncoder().encode(plaintext)).setProtectedHeader({ alg: "dir", enc: "A256GCM", kid }).encrypt(key);
    this.plaintexts.set(jwe, Promise.resolve(plaintext), Date.now() + PLAINTEXT_MEMO_MS);
    return jwe;
  }

  decrypt(jwe: string): Promise<string> {
    const remembered = this.plaintexts.get(jwe, Date.now());
    if (remembered) return remembered;
    const pending = this.decryptNow(jwe);
    this.plaintexts.set(jwe, pending, Date.now() + PLAINTEXT_MEMO_MS);
    pending.catch(() => this.plaintexts.delete(jwe));
    return pending;
  }

  private async decryptNow(jwe: string): Promise<string> {
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
