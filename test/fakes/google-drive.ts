import { createHash } from "node:crypto";
import { parseDriveQuery } from "./drive-query.js";
import type { AccessTokenRecord, FakeGoogle } from "./google.js";
import { json, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * Drive v3 as upstream-apis.md §2 describes it, plugged into FakeGoogle with `use()`: files.list
 * (`q` parsed, pageSize 1–1000, opaque page tokens bound to the query, `fields` partial responses,
 * `orderBy`, `corpora` + supportsAllDrives/includeItemsFromAllDrives for shared drives), files.get
 * (`root` aliases My Drive), drives.list/get, Google's error envelope, and a scope check.
 * `shortPages` makes some pages come back short or empty with a nextPageToken, as Drive may.
 */
export const FOLDER = "application/vnd.google-apps.folder";
export const SPREADSHEET = "application/vnd.google-apps.spreadsheet";
const G = "https://www.googleapis.com/auth/";
export const DRIVE_READ_SCOPES = [`${G}drive`, `${G}drive.readonly`, `${G}drive.metadata.readonly`, `${G}drive.metadata`];

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  /** Visible parents (empty for My Drive's root, a shared drive's root, or items shared from elsewhere). */
  parents: string[];
  ownedByMe: boolean;
  sharedWithMe: boolean;
  trashed: boolean;
  driveId?: string;
  size?: number;
  modifiedTime: string;
}

export interface DriveData {
  rootId: string;
  files: Map<string, DriveFile>;
  drives: Map<string, { id: string; name: string }>;
}

/** Google's error envelope (legacy `errors[]` plus `status`, and `details` where Google sends them). */
export function googleError(code: number, message: string, reason: string, extra: { domain?: string; status: string; location?: string; details?: unknown[]; headers?: Record<string, string> }): FakeResponse {
  const error: Record<string, unknown> = {
    code,
    message,
    errors: [{ message, domain: extra.domain ?? "global", reason, ...(extra.location ? { location: extra.location, locationType: "parameter" } : {}) }],
    status: extra.status,
  };
  if (extra.details) error.details = extra.details;
  return json(code, { error }, extra.headers);
}

export const invalidValue = (location: string) => googleError(400, "Invalid Value", "invalid", { status: "INVALID_ARGUMENT", location });

/** The request's token when it carries one of `accepted` scopes; Google's 401 or 403 otherwise. */
export function requireScope(google: FakeGoogle, req: FakeRequest, accepted: string[], service: string): { token: AccessTokenRecord } | { error: FakeResponse } {
  const auth = google.authenticate(req);
  if ("error" in auth) return auth;
  if (!accepted.some((s) => auth.token.scopes.has(s))) {
    return {
      error: googleError(403, "Request had insufficient authentication scopes.", "insufficientPermissions", {
        status: "PERMISSION_DENIED",
        details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT", domain: "googleapis.com", metadata: { service } }],
        headers: { "www-authenticate": `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${accepted.join(" ")}"` },
      }),
    };
  }
  return auth;
}

/** `files(id,name)` / `nextPageToken,drives(id,name)` → which top-level and item fields to keep. */
function parseFields(fields: string | null, listKey: string): { top: Set<string>; item: Set<string> | null } | null {
  if (!fields) return null;
  const top = new Set<string>();
  let item: Set<string> | null = null;
  const re = new RegExp(`${listKey}\\(([^)]*)\\)`);
  const inner = re.exec(fields);
  if (inner) item = new Set(inner[1]!.split(",").map((s) => s.trim()).filter(Boolean));
  for (const part of fields.replace(re, listKey).split(",").map((s) => s.trim())) if (part) top.add(part);
  return { top, item };
}

const pick = (o: Record<string, unknown>, keep: Set<string> | null) => (keep ? Object.fromEntries(Object.entries(o).filter(([k]) => keep.has(k))) : o);

export class FakeDrive {
  readonly data = new Map<string, DriveData>();
  /** When set, about a third of files.list pages come back half full and a fifth empty (with a nextPageToken). */
  shortPages = false;

  constructor(private readonly google: FakeGoogle) {
    google.use((req) => this.handle(req));
  }

  /** The Drive of a Google account (created empty, with a My Drive root, on first use). */
  of(sub: string): DriveData {
    let d = this.data.get(sub);
    if (!d) {
      const rootId = `0AMyDrive${createHash("sha1").update(sub).digest("hex").slice(0, 10)}Uk9PVA`;
      d = { rootId, files: new Map(), drives: new Map() };
      d.files.set(rootId, { id: rootId, name: "My Drive", mimeType: FOLDER, parents: [], ownedByMe: true, sharedWithMe: false, trashed: false, modifiedTime: "2026-01-01T00:00:00.000Z" });
      this.data.set(sub, d);
    }
    return d;
  }

  private handle(req: FakeRequest): FakeResponse | undefined {
    if (req.method !== "GET" || !req.path.startsWith("/drive/v3/")) return undefined;
    const auth = requireScope(this.google, req, DRIVE_READ_SCOPES, "drive.googleapis.com");
    if ("error" in auth) return auth.error;
    const drive = this.of(auth.token.sub);
    if (req.path === "/drive/v3/files") return this.list(req, drive);
    if (req.path === "/drive/v3/drives") return this.listDrives(req, drive);
    const file = /^\/drive\/v3\/files\/([^/]+)$/.exec(req.path);
    if (file) return this.get(req, drive, decodeURIComponent(file[1]!));
    const sharedDrive = /^\/drive\/v3\/drives\/([^/]+)$/.exec(req.path);
    if (sharedDrive) {
      const d = drive.drives.get(decodeURIComponent(sharedDrive[1]!));
      if (!d) return googleError(404, `Shared drive not found: ${sharedDrive[1]}`, "notFound", { status: "NOT_FOUND", location: "driveId" });
      return json(200, pick({ kind: "drive#drive", ...d }, parseFields(req.query.get("fields"), "drives")?.top ?? null));
    }
    return undefined;
  }

  private render(drive: DriveData, f: DriveFile): Record<string, unknown> {
    const visibleParents = f.parents.filter((p) => drive.files.has(p) || drive.drives.has(p));
    return {
      kind: "drive#file",
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      ...(visibleParents.length ? { parents: visibleParents } : {}),
      modifiedTime: f.modifiedTime,
      ...(f.size !== undefined && !f.mimeType.startsWith("application/vnd.google-apps.") ? { size: String(f.size) } : {}),
      webViewLink: `https://drive.google.com/${f.mimeType === FOLDER ? "drive/folders" : "file/d"}/${f.id}`,
      iconLink: `https://drive-thirdparty.googleusercontent.com/16/type/${f.mimeType}`,
      ...(f.driveId ? { driveId: f.driveId } : {}),
      ownedByMe: f.ownedByMe,
      trashed: f.trashed,
    };
  }

  private list(req: FakeRequest, drive: DriveData): FakeResponse {
    const q = req.query;
    const pageSize = Number(q.get("pageSize") ?? 100);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) return invalidValue("pageSize");
    const corpora = q.get("corpora") ?? "user";
    const allDrives = q.get("includeItemsFromAllDrives") === "true";
    if (allDrives && q.get("supportsAllDrives") !== "true") return invalidValue("includeItemsFromAllDrives");
    if (corpora === "drive" && !q.get("driveId")) return googleError(400, "The driveId parameter must be specified if and only if corpora is set to drive.", "invalid", { status: "INVALID_ARGUMENT", location: "driveId" });
    if (!["user", "drive", "allDrives", "domain"].includes(corpora)) return invalidValue("corpora");
    const orderBy = (q.get("orderBy") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    if (orderBy.some((o) => !/^(folder|name|name_natural|modifiedTime)( desc)?$/.test(o))) return invalidValue("orderBy");
    let predicate;
    try {
      predicate = q.get("q") ? parseDriveQuery(q.get("q")!) : () => true;
    } catch {
      return invalidValue("q");
    }
    const visible = [...drive.files.values()].filter((f) => {
      if (f.id === drive.rootId) return false;
      if (f.driveId) return allDrives && (corpora === "allDrives" || (corpora === "drive" && q.get("driveId") === f.driveId));
      return true;
    });
    // `'root' in parents` names My Drive's root by its alias.
    const matching = visible.filter((f) => predicate({ ...f, parents: f.parents.flatMap((p) => (p === drive.rootId ? [p, "root"] : [p])) }));
    const compare = (a: DriveFile, b: DriveFile) => {
      for (const o of orderBy) {
        const [key, dir] = o.split(" ");
        const sign = dir === "desc" ? -1 : 1;
        const diff =
          key === "folder" ? Number(b.mimeType === FOLDER) - Number(a.mimeType === FOLDER)
          : key === "modifiedTime" ? a.modifiedTime.localeCompare(b.modifiedTime)
          : a.name.localeCompare(b.name, "en", { sensitivity: "base", numeric: key === "name_natural" });
        if (diff) return diff * sign;
      }
      return a.id.localeCompare(b.id);
    };
    matching.sort(compare);
    // Page tokens are opaque and only valid for the same query.
    const queryKey = createHash("sha1").update(JSON.stringify([q.get("q"), corpora, q.get("driveId"), q.get("orderBy"), allDrives])).digest("base64url").slice(0, 10);
    let offset = 0;
    let serial = 0;
    const token = q.get("pageToken");
    if (token) {
      const [key, value, n] = Buffer.from(token, "base64url").toString("utf8").split("|");
      if (key !== queryKey || !/^\d+$/.test(value ?? "") || !/^\d+$/.test(n ?? "")) return invalidValue("pageToken");
      offset = Number(value);
      serial = Number(n);
    }
    // Short pages depend on the request, so asking for the same page again gets the same answer.
    const roll = createHash("sha1").update(`${queryKey}|${offset}|${pageSize}|${serial}`).digest()[0]!;
    let size = pageSize;
    if (this.shortPages && offset > 0 && roll % 5 === 0) size = 0;
    else if (this.shortPages && roll % 3 === 0) size = Math.max(1, Math.floor(pageSize / 2));
    const page = matching.slice(offset, offset + size);
    const next = offset + page.length < matching.length ? Buffer.from(`${queryKey}|${offset + page.length}|${serial + 1}`).toString("base64url") : undefined;
    const fields = parseFields(q.get("fields"), "files");
    const body: Record<string, unknown> = { kind: "drive#fileList", ...(next ? { nextPageToken: next } : {}), incompleteSearch: false };
    // Without `fields`, each file carries only kind, id, name, mimeType.
    body.files = page.map((f) => pick(this.render(drive, f), fields?.item ?? new Set(["kind", "id", "name", "mimeType"])));
    return json(200, fields ? pick(body, fields.top) : body);
  }

  private get(req: FakeRequest, drive: DriveData, rawId: string): FakeResponse {
    const id = rawId === "root" ? drive.rootId : rawId;
    const f = drive.files.get(id);
    const fields = req.query.get("fields");
    const notFound = googleError(404, `File not found: ${rawId}.`, "notFound", { status: "NOT_FOUND", location: "fileId" });
    if (!f && drive.drives.has(id) && req.query.get("supportsAllDrives") === "true") {
      const d = drive.drives.get(id)!;
      return json(200, pick({ kind: "drive#file", id: d.id, name: d.name, mimeType: FOLDER, driveId: d.id, ownedByMe: false, trashed: false }, fields ? new Set(fields.split(",")) : null));
    }
    if (!f || (f.driveId && req.query.get("supportsAllDrives") !== "true")) return notFound;
    return json(200, pick(this.render(drive, f), new Set(fields ? fields.split(",").map((s) => s.trim()) : ["kind", "id", "name", "mimeType"])));
  }

  private listDrives(req: FakeRequest, drive: DriveData): FakeResponse {
    const q = req.query;
    const pageSize = Number(q.get("pageSize") ?? 10);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) return invalidValue("pageSize");
    let predicate: (d: { name: string }) => boolean = () => true;
    if (q.get("q")) {
      try {
        const p = parseDriveQuery(q.get("q")!);
        predicate = (d) => p({ name: d.name, mimeType: FOLDER, parents: [], trashed: false, sharedWithMe: false });
      } catch {
        return invalidValue("q");
      }
    }
    const all = [...drive.drives.values()].filter(predicate).sort((a, b) => a.name.localeCompare(b.name));
    const offset = q.get("pageToken") ? Number(Buffer.from(q.get("pageToken")!, "base64url").toString("utf8").replace("drives|", "")) : 0;
    if (!Number.isInteger(offset)) return invalidValue("pageToken");
    const page = all.slice(offset, offset + pageSize);
    const next = offset + page.length < all.length ? Buffer.from(`drives|${offset + page.length}`).toString("base64url") : undefined;
    const fields = parseFields(q.get("fields"), "drives");
    const body = { kind: "drive#driveList", ...(next ? { nextPageToken: next } : {}), drives: page.map((d) => pick({ kind: "drive#drive", ...d }, fields?.item ?? null)) };
    return json(200, fields ? pick(body, fields.top) : body);
  }
}
