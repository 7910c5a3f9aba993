import { AppError } from "../errors.js";
import type { UpstreamResponse } from "./http.js";
import { matchesFilter, readState, stateInt } from "./paging.js";
import { expectList, expectObject } from "./shape.js";
import type { ResourceHttp, ResourceItem, ResourceListQuery, ResourcePage, ResourceRef, ResourceType } from "./types.js";

// Google Drive v3 (upstream-apis §2): files.list with `q`, pageSize/pageToken (pages may come back
// short, even empty, with a nextPageToken), `fields`, shared drives via supportsAllDrives +
// includeItemsFromAllDrives and `corpora`; files.get where `root` aliases My Drive.
export const FOLDER_MIME = "application/vnd.google-apps.folder";
export const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
const FILE_FIELDS = "id,name,mimeType,parents,modifiedTime,size,webViewLink,iconLink,driveId,ownedByMe,trashed";
const LIST_FIELDS = `nextPageToken,incompleteSearch,files(${FILE_FIELDS})`;
/** Virtual roots: the picker reaches them from My Drive's first page, or by these ids. */
export const SHARED_WITH_ME = "sharedWithMe";
export const SHARED_DRIVES = "sharedDrives";
const VIRTUAL_ROOTS: [string, string][] = [[SHARED_WITH_ME, "Shared with me"], [SHARED_DRIVES, "Shared drives"]];
/** A page that comes back empty with a nextPageToken is followed at most this often. */
const EMPTY_PAGE_HOPS = 5;

interface DriveFile { id: string; name: string; mimeType: string; parents?: string[]; modifiedTime?: string; size?: string; webViewLink?: string; iconLink?: string; driveId?: string; ownedByMe?: boolean; trashed?: boolean }
interface Drive { id: string; name: string }
const FILE_SHAPE = { id: "string", name: "string", mimeType: "string" } as const;
const DRIVE_SHAPE = { id: "string", name: "string" } as const;

/** A Drive query string literal, escaped (`'` → `\'`, `\` → `\\`): user input never ends the string. */
export const driveString = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

const treeOf = (type: ResourceType) => (type === "GOOGLE_SHEETS" || type === "GOOGLE_SHEET_TAB" ? "sheets" : type === "GOOGLE_DRIVE_FOLDER" ? "folders" : "files");

/** The Drive file as a resource of the tree browsed for `browse`; spreadsheets open into tabs there. */
export function driveItem(f: DriveFile, browse: ResourceType): ResourceItem {
  const folder = f.mimeType === FOLDER_MIME;
  const spreadsheet = f.mimeType === SPREADSHEET_MIME;
  const asSheets = spreadsheet && treeOf(browse) === "sheets";
  let parent: ResourceRef | null = f.parents?.[0] ? { type: "GOOGLE_DRIVE_FOLDER", id: f.parents[0] } : null;
  // Without visible parents: a shared drive's root, My Drive's root, or something shared with me.
  if (!parent && f.driveId && f.driveId === f.id) parent = { type: "GOOGLE_DRIVE_FOLDER", id: SHARED_DRIVES };
  else if (!parent && !f.ownedByMe) parent = { type: "GOOGLE_DRIVE_FOLDER", id: SHARED_WITH_ME };
  return {
    type: folder ? "GOOGLE_DRIVE_FOLDER" : asSheets ? "GOOGLE_SHEETS" : "GOOGLE_DRIVE_FILE",
    id: f.id, name: f.name, kind: folder ? "FOLDER" : spreadsheet ? "SPREADSHEET" : "FILE", mimeType: f.mimeType,
    webUrl: f.webViewLink ?? null, iconUrl: f.iconLink ?? null, modifiedAt: f.modifiedTime ? new Date(f.modifiedTime) : null,
    hasChildren: folder || asSheets, parent,
    attributes: { driveId: f.driveId ?? null, ownedByMe: f.ownedByMe ?? null, size: f.size ? Number(f.size) : null, virtual: false },
  };
}

const folderItem = (id: string, name: string, parent: ResourceRef | null, driveId: string | null): ResourceItem => ({
  type: "GOOGLE_DRIVE_FOLDER", id, name, kind: "FOLDER", mimeType: FOLDER_MIME, webUrl: null, iconUrl: null, modifiedAt: null, hasChildren: true, parent,
  attributes: { driveId, ownedByMe: null, size: null, virtual: driveId === null },
});
const virtualRoot = (id: string) => folderItem(id, VIRTUAL_ROOTS.find(([v]) => v === id)![1], null, null);

export function createDrive(apiBaseUrl: string) {
  const api = (path: string, params: Record<string, string | number | undefined>) => {
    const url = new URL(`${apiBaseUrl}/drive/v3${path}`);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  };

  /** The `q` of a listing: where, not trashed, folders (to walk) plus the leaves the tree picks, a name search. */
  function queryOf(q: ResourceListQuery, parent: string | null): string | null {
    const terms: string[] = [];
    if (parent === SHARED_WITH_ME) terms.push("sharedWithMe = true");
    else if (parent) terms.push(`${driveString(parent)} in parents`);
    terms.push("trashed = false");
    const tree = treeOf(q.type);
    let leaves: string[] | null = tree === "folders" ? [] : tree === "sheets" ? [SPREADSHEET_MIME] : null;
    if (q.filter.mimeTypes) leaves = (leaves ?? q.filter.mimeTypes).filter((m) => q.filter.mimeTypes!.includes(m));
    const withFolders = !q.filter.kinds || q.filter.kinds.includes("FOLDER");
    if (leaves) {
      const mimes = [...(withFolders ? [FOLDER_MIME] : []), ...leaves.filter((m) => m !== FOLDER_MIME)];
      if (mimes.length === 0) return null;
      terms.push(mimes.length === 1 ? `mimeType = ${driveString(mimes[0]!)}` : `(${mimes.map((m) => `mimeType = ${driveString(m)}`).join(" or ")})`);
    } else if (!withFolders) terms.push(`mimeType != ${driveString(FOLDER_MIME)}`);
    if (q.search) terms.push(`name contains ${driveString(q.search)}`);
    return terms.join(" and ");
  }

  /** One page at the paging state {t: pageToken, n: pageSize, s: skip}; follows empty pages. */
  async function fetchPage<T, R>(http: ResourceHttp, state: Record<string, unknown>, room: number, url: (token: string | undefined, size: number) => string, rows: (body: T) => R[]) {
    let token = typeof state.t === "string" ? state.t : undefined;
    const skip = stateInt(state, "s", 0);
    const size = skip > 0 ? stateInt(state, "n") : room;
    for (let hop = 0; ; hop++) {
      const response: UpstreamResponse<T & { nextPageToken?: string }> = await http.get(url(token, size));
      const all = rows(response.body);
      const next = response.body?.nextPageToken;
      if (all.length > skip || !next || hop >= EMPTY_PAGE_HOPS) return { token, size, skip, all, next };
      token = next;
    }
  }

  async function list(http: ResourceHttp, q: ResourceListQuery): Promise<ResourcePage> {
    const state = q.after ? readState(q.after) : {};
    const atRoot = !q.parentId || q.parentId === "root";
    const out: ResourcePage["items"] = [];
    // My Drive's first page starts with the virtual roots (not in a search, nor when folders are filtered out).
    let virtualDone = stateInt(state, "v", 0);
    if (atRoot && !q.search && (!q.filter.kinds || q.filter.kinds.includes("FOLDER"))) {
      for (; virtualDone < VIRTUAL_ROOTS.length && out.length < q.first; virtualDone++) {
        out.push({ item: virtualRoot(VIRTUAL_ROOTS[virtualDone]![0]), after: JSON.stringify({ v: virtualDone + 1 }) });
      }
      if (out.length === q.first) return { items: out, hasNextPage: true };
    }
    const room = q.first - out.length;
    const parent = q.search && !q.parentId ? null : (q.parentId ?? "root");
    if (parent === SHARED_DRIVES) return sharedDrives(http, q, state);
    const corpora = parent === "root" || parent === SHARED_WITH_ME ? "user" : "allDrives";
    const where = queryOf(q, parent);
    if (where === null) return { items: out, hasNextPage: false };
    const page = await fetchPage<{ files?: DriveFile[] }, DriveFile>(http, state, room, (pageToken, pageSize) =>
      api("/files", { q: where, pageSize, pageToken, fields: LIST_FIELDS, orderBy: "folder,name", corpora, supportsAllDrives: "true", includeItemsFromAllDrives: "true" }),
      (body) => expectList<DriveFile>("google", body?.files, "a Drive listing", FILE_SHAPE),
    );
    const items = page.all.map((f) => driveItem(f, q.type));
    const end = Math.min(items.length, page.skip + room);
    const stateAfter = (i: number) => (i < items.length ? { v: virtualDone, t: page.token, n: page.size, s: i } : page.next ? { v: virtualDone, t: page.next } : null);
    for (let i = page.skip; i < end; i++) {
      const after = stateAfter(i + 1);
      // Kinds Drive's query cannot say (a file that is not a spreadsheet) are filtered here.
      if (matchesFilter(items[i]!, q.filter, items[i]!.kind === "FOLDER")) out.push({ item: items[i]!, after: after && JSON.stringify(after) });
    }
    const resume = stateAfter(end);
    return { items: out, hasNextPage: !!resume, resume: resume && JSON.stringify(resume) };
  }

  async function sharedDrives(http: ResourceHttp, q: ResourceListQuery, state: Record<string, unknown>): Promise<ResourcePage> {
    const page = await fetchPage<{ drives?: Drive[] }, Drive>(http, state, Math.min(q.first, 100), (pageToken, pageSize) =>
      api("/drives", { pageSize, pageToken, q: q.search ? `name contains ${driveString(q.search)}` : undefined, fields: "nextPageToken,drives(id,name)" }),
      (body) => expectList<Drive>("google", body?.drives, "a shared drives listing", DRIVE_SHAPE),
    );
    const end = Math.min(page.all.length, page.skip + q.first);
    const items: ResourcePage["items"] = [];
    for (let i = page.skip; i < end; i++) {
      const d = page.all[i]!;
      const after = i + 1 < page.all.length ? { t: page.token, n: page.size, s: i + 1 } : page.next ? { t: page.next } : null;
      items.push({ item: folderItem(d.id, d.name, { type: "GOOGLE_DRIVE_FOLDER", id: SHARED_DRIVES }, d.id), after: after && JSON.stringify(after) });
    }
    return { items, hasNextPage: end < page.all.length || !!page.next };
  }

  /** A file, folder, shared drive or virtual root, as a resource of `browse`'s tree (NOT_FOUND when it is not in it). */
  async function get(http: ResourceHttp, id: string, browse: ResourceType): Promise<ResourceItem> {
    if (VIRTUAL_ROOTS.some(([v]) => v === id)) return virtualRoot(id);
    if (!/^[\w-]+$/.test(id)) throw new AppError("NOT_FOUND", `File not found: ${id}.`, { provider: "google" });
    const f = expectObject<DriveFile>("google", (await http.get(api(`/files/${encodeURIComponent(id)}`, { fields: FILE_FIELDS, supportsAllDrives: "true" }))).body, "a Drive file", FILE_SHAPE);
    if (f.trashed) throw new AppError("NOT_FOUND", `File not found: ${id}.`, { provider: "google" });
    let item = driveItem(f, browse);
    if (f.driveId && f.driveId === f.id) {
      const d = expectObject<Drive>("google", (await http.get(api(`/drives/${encodeURIComponent(f.id)}`, { fields: "id,name" }))).body, "a shared drive", DRIVE_SHAPE);
      item = folderItem(d.id, d.name, { type: "GOOGLE_DRIVE_FOLDER", id: SHARED_DRIVES }, d.id);
    }
    const tree = treeOf(browse);
    const fits = item.type === "GOOGLE_DRIVE_FOLDER" || (tree === "files" && item.type === "GOOGLE_DRIVE_FILE") || (tree === "sheets" && item.type === "GOOGLE_SHEETS");
    if (!fits) throw new AppError("NOT_FOUND", `${f.name} is not a ${browse === "GOOGLE_DRIVE_FOLDER" ? "folder" : "spreadsheet"}`, { provider: "google" });
    return item;
  }

  return { list, get };
}
