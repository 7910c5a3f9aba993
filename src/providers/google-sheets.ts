import { AppError } from "../errors.js";
import { nameMatches, pageOfList } from "./paging.js";
import { expectList, expectObject } from "./shape.js";
import type { ResourceHttp, ResourceItem, ResourceListQuery, ResourcePage } from "./types.js";

// Google Sheets v4 (upstream-apis §2): a spreadsheet's tabs come from spreadsheets.get with `fields`.
const TAB_FIELDS = "properties.title,sheets.properties(sheetId,title,index,sheetType,gridProperties)";

interface SheetProperties { sheetId: number; title: string; index: number; sheetType?: string; gridProperties?: { rowCount?: number; columnCount?: number } }
interface Spreadsheet { properties?: { title?: string }; sheets?: { properties: SheetProperties }[] }

/** `<spreadsheetId>:<sheetId>`: Drive ids never contain `:`. */
export const tabId = (spreadsheetId: string, sheetId: number) => `${spreadsheetId}:${sheetId}`;
export function parseTabId(id: string): { spreadsheetId: string; sheetId: number } | null {
  const match = /^([A-Za-z0-9_-]+):(\d+)$/.exec(id);
  return match ? { spreadsheetId: match[1]!, sheetId: Number(match[2]) } : null;
}

const tabOf = (spreadsheetId: string, title: string | null, p: SheetProperties): ResourceItem => ({
  type: "GOOGLE_SHEET_TAB", id: tabId(spreadsheetId, p.sheetId), name: p.title, kind: "SHEET", mimeType: null,
  webUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=${p.sheetId}`, iconUrl: null, modifiedAt: null, hasChildren: false,
  parent: { type: "GOOGLE_SHEETS", id: spreadsheetId },
  attributes: {
    spreadsheetId, spreadsheetTitle: title, sheetId: p.sheetId, index: p.index, sheetType: p.sheetType ?? "GRID",
    rowCount: p.gridProperties?.rowCount ?? null, columnCount: p.gridProperties?.columnCount ?? null,
  },
});

export function createSheets(sheetsApiBaseUrl: string) {
  async function tabs(http: ResourceHttp, spreadsheetId: string): Promise<ResourceItem[]> {
    const url = `${sheetsApiBaseUrl}/v4/spreadsheets/${encodeURIComponent(spreadsheetId)}?fields=${encodeURIComponent(TAB_FIELDS)}`;
    const body = expectObject<Spreadsheet>("google", (await http.get(url)).body, "a spreadsheet", { sheets: "object" });
    const title = body.properties?.title ?? null;
    const sheets = expectList<{ properties: SheetProperties }>("google", body.sheets, "a spreadsheet's tabs", { properties: "object" });
    const shape = { sheetId: "number", title: "string", index: "number" } as const;
    return sheets.map((s) => tabOf(spreadsheetId, title, expectObject<SheetProperties>("google", s.properties, "a tab", shape))).sort((a, b) => Number(a.attributes.index) - Number(b.attributes.index));
  }

  return {
    async list(http: ResourceHttp, spreadsheetId: string, q: ResourceListQuery): Promise<ResourcePage> {
      if (q.filter.mimeTypes || (q.filter.kinds && !q.filter.kinds.includes("SHEET"))) return { items: [], hasNextPage: false };
      return pageOfList((await tabs(http, spreadsheetId)).filter((t) => nameMatches(t.name, q.search)), q.first, q.after);
    },
    async get(http: ResourceHttp, id: string): Promise<ResourceItem> {
      const parsed = parseTabId(id)!;
      const found = (await tabs(http, parsed.spreadsheetId)).find((t) => t.attributes.sheetId === parsed.sheetId);
      if (!found) throw new AppError("NOT_FOUND", `No tab ${parsed.sheetId} in spreadsheet ${parsed.spreadsheetId}`, { provider: "google" });
      return found;
    },
  };
}
