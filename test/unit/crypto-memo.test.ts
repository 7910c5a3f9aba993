import { describe, expect, it } from "vitest";
import { PLAINTEXT_MEMO_SIZE, TokenCipher } from "../../src/crypto.js";

const key = (n: number) => ({ kid: `k${n}`, key: new Uint8Array(32).fill(n) });

describe("TokenCipher remembers decryptions safely", () => {
  it("gives every stored value back its own plaintext, beyond the memo's size and in any order", async () => {
    const cipher = new TokenCipher([key(1)]);
    const values = Array.from({ length: PLAINTEXT_MEMO_SIZE + 50 }, (_, i) => `secret-${i}`);
    const stored = await Promise.all(values.map((v) => cipher.encrypt(v)));
    // The same plaintext encrypted twice gives two different strings (random IV).
    expect(await cipher.encrypt("secret-0")).not.toBe(stored[0]);
    const order = [...stored.keys()].reverse();
    expect(await Promise.all(order.map((i) => cipher.decrypt(stored[i]!)))).toEqual(order.map((i) => values[i]));
    // A fresh cipher (nothing remembered) agrees.
    const fresh = new TokenCipher([key(1)]);
    expect(await fresh.decrypt(stored[7]!)).toBe("secret-7");
  });

  it("still refuses a tampered value after the genuine one was decrypted", async () => {
    const cipher = new TokenCipher([key(1)]);
    const jwe = await cipher.encrypt("refresh-token");
    expect(await cipher.decrypt(jwe)).toBe("refresh-token");
    const parts = jwe.split(".");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    const tampered = [...parts.slice(0, 3), flipped, parts[4]].join(".");
    await expect(cipher.decrypt(tampered)).rejects.toThrow();
    await expect(cipher.decrypt(tampered)).rejects.toThrow(); // a refusal is not remembered as a value either
  });

  it("does not let another cipher's value through", async () => {
    const other = new TokenCipher([key(2)]);
    const jwe = await other.encrypt("theirs");
    await expect(new TokenCipher([key(1)]).decrypt(jwe)).rejects.toThrow(/no decryption key/);
  });
});
