import { AppError } from "../errors.js";

/**
 * Whether an error says the database itself cannot serve (unreachable, gone, unreadable, not
 * migrated, out of connections) rather than that one query was wrong. Such errors reach clients
 * as SERVICE_UNAVAILABLE (503 on REST), never as INTERNAL_SERVER_ERROR.
 *
 * Prisma with driver adapters reports these as known request errors carrying the adapter's
 * classification (`meta.driverAdapterError.cause.kind`), as P1xxx codes, or — for SQLite — with
 * the SQLite result code as `code`.
 */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "SocketTimeout",
  "TooManyConnections",
  "ConnectionClosed",
  "TlsConnectionError",
  // The schema is not there: migrations were not applied to this database.
  "TableDoesNotExist",
]);
const UNAVAILABLE_PRISMA_CODES = /^(P1\d{3}|P2021|P2024)$/;
const UNAVAILABLE_SQLITE_CODES = /^SQLITE_(NOTADB|CANTOPEN|CORRUPT|IOERR|READONLY|FULL|BUSY|LOCKED|PERM|AUTH)/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { name?: unknown; code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (e.name === "PrismaClientInitializationError") return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
  if (typeof e.code !== "string") return false;
  return UNAVAILABLE_PRISMA_CODES.test(e.code) || UNAVAILABLE_SQLITE_CODES.test(e.code);
}

export const serviceUnavailable = (cause?: unknown) =>
  new AppError("SERVICE_UNAVAILABLE", "The gateway's database is unavailable right now; try again shortly", {}, { cause });
