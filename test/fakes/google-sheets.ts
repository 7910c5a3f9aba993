import type { FakeDrive } from "./google-drive.js";
import { googleError, requireScope, SPREADSHEET } from "./google-drive.js";
import type { FakeGoogle } from "./google.js";
import { json, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * Sheets v4 spreadsheets.get and Gmail v1 labels, plugged into FakeGoogle with `use()`. A
 * spreadsheet is a Drive file of the spreadsheet MIME type; its tabs live here. `fields` is honoured
 * for the form `properties.title,sheets.properties(…)`.
 */
const G = "https://www.googleapis.com/auth/";
const SHEETS_READ = [`${G}spreadsheets`, `${G}spreadsheets.readonly`, `${G}drive`, `${G}drive.readonly`, `${G}drive.file`];
const GMAIL_LABELS_READ = [`${G}gmail.readonly`, `${G}gmail.labels`, `${G}gmail.modify`, `${G}gmail.metadata`, "https://mail.google.com/"];

export interface SheetTab {
  sheetId: number;
  title: string;
  index: number;
  sheetType?: string;
  gridProperties?: { rowCount: number; columnCount: number };
}

export interface GmailLabel {
  id: string;
  name: string;
  type: "system" | "user";
  messagesTotal?: number;
  messagesUnread?: number;
}

export class FakeSheets {
  /** spreadsheet id → tabs */
  readonly tabs = new Map<string, SheetTab[]>();

  constructor(private readonly google: FakeGoogle, private readonly drive: FakeDrive) {
    google.use((req) => this.handle(req));
  }

  private handle(req: FakeRequest): FakeResponse | undefined {
    const match = /^\/v4\/spreadsheets\/([^/]+)$/.exec(req.path);
    if (req.method !== "GET" || !match) return undefined;
    const auth = requireScope(this.google, req, SHEETS_READ, "sheets.googleapis.com");
    if ("error" in auth) return auth.error;
    const id = decodeURIComponent(match[1]!);
    const file = this.drive.of(auth.token.sub).files.get(id);
    if (!file || file.mimeType !== SPREADSHEET || !this.tabs.has(id)) return googleError(404, "Requested entity was not found.", "notFound", { status: "NOT_FOUND" });
    const tabs = this.tabs.get(id)!.map((t) => ({ sheetId: t.sheetId, title: t.title, index: t.index, sheetType: t.sheetType ?? "GRID", gridProperties: t.gridProperties ?? { rowCount: 1000, columnCount: 26 } }));
    const fields = req.query.get("fields");
    if (fields) {
      const sheetFields = /sheets\.properties\(([^)]*)\)/.exec(fields)?.[1]?.split(",").map((s) => s.trim());
      const body: Record<string, unknown> = {};
      if (fields.includes("properties.title")) body.properties = { title: file.name };
      if (sheetFields) body.sheets = tabs.map((t) => ({ properties: Object.fromEntries(Object.entries(t).filter(([k]) => sheetFields.includes(k))) }));
      return json(200, body);
    }
    return json(200, {
      spreadsheetId: id,
      properties: { title: file.name, locale: "en_US", timeZone: "Europe/Berlin" },
      sheets: tabs.map((properties) => ({ properties })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    });
  }
}

export class FakeGmail {
  /** Google account sub → labels */
  readonly labels = new Map<string, GmailLabel[]>();

  constructor(private readonly google: FakeGoogle) {
    google.use((req) => this.handle(req));
  }

  private handle(req: FakeRequest): FakeResponse | undefined {
    if (req.method !== "GET" || !req.path.startsWith("/gmail/v1/users/me/labels")) return undefined;
    const auth = requireScope(this.google, req, GMAIL_LABELS_READ, "gmail.googleapis.com");
    if ("error" in auth) return auth.error;
    const labels = this.labels.get(auth.token.sub) ?? [];
    const visibility = (l: GmailLabel) => (l.type === "user" ? { messageListVisibility: "show", labelListVisibility: "labelShow" } : {});
    if (req.path === "/gmail/v1/users/me/labels") return json(200, { labels: labels.map((l) => ({ id: l.id, name: l.name, type: l.type, ...visibility(l) })) });
    const one = /^\/gmail\/v1\/users\/me\/labels\/([^/]+)$/.exec(req.path);
    const label = one && labels.find((l) => l.id === decodeURIComponent(one[1]!));
    if (!label) return googleError(404, "Requested entity was not found.", "notFound", { status: "NOT_FOUND" });
    return json(200, { ...label, ...visibility(label), messagesTotal: label.messagesTotal ?? 0, messagesUnread: label.messagesUnread ?? 0, threadsTotal: label.messagesTotal ?? 0, threadsUnread: label.messagesUnread ?? 0 });
  }
}
