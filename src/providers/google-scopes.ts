import type { ScopeHierarchy } from "./types.js";

// Google: token responses carry full URLs; `email`/`profile` are aliases of userinfo.* and a bare
// short name like `drive.readonly` means the URL under /auth/ (upstream-apis §1).
const PREFIX = "https://www.googleapis.com/auth/";
const ALIASES: Record<string, string> = { email: `${PREFIX}userinfo.email`, profile: `${PREFIX}userinfo.profile` };
const BARE = new Set(["openid", "https://mail.google.com/"]);

/** `drive.readonly` → `https://www.googleapis.com/auth/drive.readonly`; full URLs and `openid` unchanged. */
export function normalizeGoogleScope(scope: string): string {
  const s = scope.trim();
  if (ALIASES[s]) return ALIASES[s]!;
  if (BARE.has(s) || /^https?:\/\//.test(s)) return s;
  return PREFIX + s;
}

const full = (...names: string[]) => names.map(normalizeGoogleScope);

/**
 * Which Google scope includes which, from the scopes each API method accepts
 * (developers.google.com/workspace/{gmail,drive,sheets,docs}/api/auth/scopes and the methods' pages).
 */
const includes: Record<string, string[]> = {
  // Full mail access: every Gmail method accepts it.
  "https://mail.google.com/": full(
    "gmail.modify",
    "gmail.settings.basic",
    "gmail.settings.sharing",
    "gmail.addons.current.action.compose",
    "gmail.addons.current.message.action",
    "gmail.addons.current.message.metadata",
    "gmail.addons.current.message.readonly",
  ),
  // gmail.modify: all reads and writes except permanent deletion.
  [`${PREFIX}gmail.modify`]: full("gmail.readonly", "gmail.compose", "gmail.insert", "gmail.labels"),
  [`${PREFIX}gmail.readonly`]: full("gmail.metadata"),
  [`${PREFIX}gmail.compose`]: full("gmail.send"),
  [`${PREFIX}drive`]: full("drive.readonly", "drive.file", "drive.metadata", "drive.activity", "spreadsheets", "documents"),
  [`${PREFIX}drive.readonly`]: full("drive.metadata.readonly", "spreadsheets.readonly", "documents.readonly"),
  [`${PREFIX}drive.metadata`]: full("drive.metadata.readonly"),
  [`${PREFIX}drive.activity`]: full("drive.activity.readonly"),
  [`${PREFIX}spreadsheets`]: full("spreadsheets.readonly"),
  [`${PREFIX}documents`]: full("documents.readonly"),
};

export const googleScopes: ScopeHierarchy = { normalize: normalizeGoogleScope, includes };
