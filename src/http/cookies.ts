/**
 * Parses a Cookie header into name → value (first occurrence wins). Other sites' cookies on the same
 * host need not be percent-encoded (`analytics=100%`): a value that does not decode is kept as sent.
 */
export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!(name in out)) out[name] = decodeCookieValue(part.slice(eq + 1).trim());
  }
  return out;
}

function decodeCookieValue(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export interface SetCookie {
  name: string;
  value: string;
  path: string;
  maxAgeSeconds: number;
  secure: boolean;
}

/** HttpOnly, SameSite=Lax (sent on the provider's top-level redirect back to us, not on cross-site subrequests). */
export function serializeCookie(c: SetCookie): string {
  return [`${c.name}=${encodeURIComponent(c.value)}`, `Path=${c.path}`, `Max-Age=${c.maxAgeSeconds}`, "HttpOnly", "SameSite=Lax", ...(c.secure ? ["Secure"] : [])].join("; ");
}
