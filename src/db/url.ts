import { readFileSync } from "node:fs";

/** Which database a DATABASE_URL names: `file:` → SQLite (the default), `postgres(ql)://` → PostgreSQL. */
export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** The SQLite file a `file:` URL names (relative paths resolve against the working directory). */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:(\/\/)?/, "").replace(/\?.*$/, "");
}

const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] as const;

/** What is wrong with a DATABASE_URL's TLS settings, without reading any file (config-time check). */
export function databaseUrlProblems(connectionString: string): string[] {
  if (databaseKind(connectionString) !== "postgres") return [];
  let u: URL;
  try {
    u = new URL(connectionString);
  } catch {
    return ["DATABASE_URL is not a valid postgresql:// URL"];
  }
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode !== null && !(SSL_MODES as readonly string[]).includes(sslmode)) return [`DATABASE_URL: sslmode must be one of ${SSL_MODES.join(", ")}, got "${sslmode}"`];
  if (sslmode === "verify-ca" && !u.searchParams.get("sslrootcert")) {
    return ["DATABASE_URL: sslmode=verify-ca needs sslrootcert=<path of the CA certificate (PEM)> to verify the server against"];
  }
  return [];
}

/**
 * node-postgres TLS options for a libpq `sslmode` (https://www.postgresql.org/docs/current/libpq-ssl.html):
 * disable → none; allow, prefer, require → encrypted, the server not verified (node-postgres
 * cannot fall back to plain text); verify-ca → the chain must lead to the CA in `sslrootcert`
 * (the host name is not checked); verify-full → the chain must lead to `sslrootcert`'s CA (or,
 * without one or with `sslrootcert=system`, to Node's public CAs) AND the certificate must name
 * the host.
 */
export function sslOptionsFor(sslmode: string | null, sslrootcert: string | null) {
  if (!sslmode || sslmode === "disable") return undefined;
  if (sslmode !== "verify-ca" && sslmode !== "verify-full") return { rejectUnauthorized: false };
  const ca = sslrootcert && sslrootcert !== "system" ? readCa(sslrootcert) : undefined;
  if (sslmode === "verify-ca" && !sslrootcert) throw new Error("sslmode=verify-ca needs sslrootcert=<CA file>");
  return {
    rejectUnauthorized: true,
    ...(ca ? { ca } : {}),
    // verify-ca: the chain is verified (rejectUnauthorized), the name in the certificate is not.
    ...(sslmode === "verify-ca" ? { checkServerIdentity: () => undefined } : {}),
  };
}

function readCa(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`DATABASE_URL: cannot read sslrootcert ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** node-postgres pool settings from a URL, as discrete fields (a `connectionString` would override `database`). */
export function pgConfigFromUrl(connectionString: string) {
  const u = new URL(connectionString);
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ssl: sslOptionsFor(u.searchParams.get("sslmode"), u.searchParams.get("sslrootcert")),
  };
}
