/**
 * `npm run rotate-keys`: re-encrypts every stored secret under the first key of
 * TOKEN_ENCRYPTION_KEYS. Rotation: put the new key first, keep the old ones after it, run this,
 * then drop the old keys.
 */
import { loadConfig } from "../config.js";
import { TokenCipher } from "../crypto.js";
import { createDb } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { withDevSecrets } from "../dev-secrets.js";
import { reencryptAll } from "../services/key-rotation.js";

const config = loadConfig(withDevSecrets(process.env));
await applyMigrations(config.databaseUrl);
const db = createDb(config.databaseUrl);
const cipher = new TokenCipher(config.tokenEncryptionKeys);
const counts = await reencryptAll({ db, cipher });
console.log(`re-encrypted under key "${cipher.currentKid}":`, counts);
await db.$disconnect();
