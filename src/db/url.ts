/** Which database a DATABASE_URL names: `file:` → SQLite (the default), `postgres(ql)://` → PostgreSQL. */
export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** The SQLite file a `file:` URL names (relative paths resolve against the working directory). */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:(\/\/)?/, "").replace(/\?.*$/, "");
}

/** node-postgres pool settings from a URL, as discrete fields (a `connectionString` would override `database`). */
export function pgConfigFromUrl(connectionString: string) {
  const u = new URL(connectionString);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}
