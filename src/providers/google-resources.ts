import { AppError } from "../errors.js";
import { createDrive, SHARED_DRIVES, SHARED_WITH_ME } from "./google-drive.js";
import { createGmail } from "./google-gmail.js";
import { createSheets, parseTabId } from "./google-sheets.js";
import { resourceType } from "./resource-info.js";
import type { UpstreamError } from "./http.js";
import type { ResourceHttp, ResourceListQuery, ResourceProvider, ResourceTypeSpec, UpstreamErrorClass } from "./types.js";

const SCOPE = (s: string) => `https://www.googleapis.com/auth/${s}`;

export const GOOGLE_RESOURCE_TYPES = [
  resourceType("GOOGLE_DRIVE_FILE", "GoogleDriveFile", "A Drive file (any MIME type that is not a folder).", [
    ["driveId", "String", true, "The shared drive it lives in; null in My Drive."], ["ownedByMe", "Boolean", true, "Whether the signed-in account owns it."], ["size", "Float", true, "Bytes; null for Google Docs formats."],
  ]),
  resourceType("GOOGLE_DRIVE_FOLDER", "GoogleDriveFolder", "A Drive folder, a shared drive, or a virtual root (Shared with me, Shared drives).", [
    ["driveId", "String", true, "The shared drive it lives in (its own id for a shared drive)."], ["ownedByMe", "Boolean", true, "Whether the signed-in account owns it."],
    ["virtual", "Boolean", false, "A picker root that is not a Drive folder (Shared with me, Shared drives)."],
  ]),
  resourceType("GOOGLE_SHEETS", "GoogleSpreadsheet", "A spreadsheet; its children are its tabs.", [["driveId", "String", true, "The shared drive it lives in; null in My Drive."], ["ownedByMe", "Boolean", true, "Whether the signed-in account owns it."], ["size", "Float", true, "Bytes; null for Google Docs formats."]]),
  resourceType("GOOGLE_SHEET_TAB", "GoogleSheetTab", "One tab of a spreadsheet (id: `<spreadsheetId>:<sheetId>`).", [
    ["spreadsheetId", "String", false, "The spreadsheet's Drive file id."], ["spreadsheetTitle", "String", true, "The spreadsheet's title."], ["sheetId", "Int", false, "The tab's gid."], ["index", "Int", false, "The tab's position, from 0."],
    ["sheetType", "String", false, "GRID, OBJECT or DATA_SOURCE."], ["rowCount", "Int", true, "Rows in the grid (null for non-grid tabs)."], ["columnCount", "Int", true, "Columns in the grid (null for non-grid tabs)."],
  ]),
  resourceType("GMAIL_LABEL", "GmailLabel", "A Gmail label (a flat list).", [
    ["labelType", "String", false, "SYSTEM or USER."], ["messageListVisibility", "String", true, "show or hide: whether messages with it show in the message list."], ["labelListVisibility", "String", true, "labelShow, labelShowIfUnread or labelHide: whether it shows in the label list."],
    ["messagesTotal", "Int", true, "Messages carrying the label."], ["messagesUnread", "Int", true, "Unread messages carrying the label."], ["color", "String", true, "The label's background colour (hex), when set."],
  ]),
];

/** Drive (files, folders, spreadsheets), Sheets (tabs of a spreadsheet) and Gmail (labels). */
export function createGoogleResources(cfg: { apiBaseUrl: string; sheetsApiBaseUrl: string }): ResourceProvider {
  const drive = createDrive(cfg.apiBaseUrl);
  const sheets = createSheets(cfg.sheetsApiBaseUrl);
  const gmail = createGmail(cfg.apiBaseUrl);
  const driveScopes = [SCOPE("drive.readonly")];

  /**
   * Tabs under a spreadsheet, Drive (folders and spreadsheets) everywhere else. Children of a node
   * say what the parent is; a bare `parentId` is a folder when browsing for spreadsheets, and is
   * looked up (one files.get) when browsing for tabs.
   */
  async function listSheetsTree(http: ResourceHttp, q: ResourceListQuery) {
    const parent = q.parentId;
    let spreadsheet = q.parentType === "GOOGLE_SHEETS";
    const lookUp = q.type === "GOOGLE_SHEET_TAB" && q.parentType === null;
    if (parent && lookUp && parent !== "root" && parent !== SHARED_WITH_ME && parent !== SHARED_DRIVES) {
      spreadsheet = (await drive.get(http, parent, "GOOGLE_SHEET_TAB")).type === "GOOGLE_SHEETS";
    }
    return spreadsheet && parent ? sheets.list(http, parent, q) : drive.list(http, q);
  }

  const types: ResourceTypeSpec[] = [
    { type: "GOOGLE_DRIVE_FILE", scopes: driveScopes, list: drive.list, get: (http, id) => drive.get(http, id, "GOOGLE_DRIVE_FILE") },
    { type: "GOOGLE_DRIVE_FOLDER", scopes: driveScopes, list: drive.list, get: (http, id) => drive.get(http, id, "GOOGLE_DRIVE_FOLDER") },
    { type: "GOOGLE_SHEETS", scopes: driveScopes, childType: "GOOGLE_SHEET_TAB", list: listSheetsTree, get: (http, id) => drive.get(http, id, "GOOGLE_SHEETS") },
    {
      type: "GOOGLE_SHEET_TAB",
      // Spreadsheets are found through Drive; their tabs come from the Sheets API.
      scopes: [SCOPE("drive.readonly"), SCOPE("spreadsheets.readonly")],
      list: listSheetsTree,
      get: (http, id) => (parseTabId(id) ? sheets.get(http, id) : drive.get(http, id, "GOOGLE_SHEET_TAB")),
    },
    {
      type: "GMAIL_LABEL",
      scopes: [SCOPE("gmail.readonly")],
      list: gmail.list,
      get: (http, id) => {
        if (!/^[\w-]+$/.test(id)) throw new AppError("NOT_FOUND", "Not a Gmail label id", { id });
        return gmail.get(http, id);
      },
    },
  ];
  return { types, classifyError: classifyGoogleError };
}

interface GoogleErrorBody {
  error?: { code?: number; status?: string; message?: string; errors?: { reason?: string; domain?: string; location?: string }[]; details?: { reason?: string }[] };
}

/**
 * Google's error envelope (upstream-apis §2): 403 insufficientPermissions / ACCESS_TOKEN_SCOPE_INSUFFICIENT
 * = the grant is too narrow; 403 usageLimits = rate limited; 403 PERMISSION_DENIED otherwise = no access
 * (reported as not found, like Drive's own 404); 400 invalid on `pageToken`/`q` = bad input.
 */
export function classifyGoogleError(error: UpstreamError): UpstreamErrorClass | null {
  const body = (error.info.body as GoogleErrorBody | null)?.error;
  const reasons = [...(body?.errors ?? []).map((e) => e.reason), ...(body?.details ?? []).map((d) => d.reason)];
  const status = error.info.status;
  // The body does not name the scope: the resource type's scopes are reported as missing.
  if (status === 403 && reasons.some((r) => r === "insufficientPermissions" || r === "ACCESS_TOKEN_SCOPE_INSUFFICIENT")) return { kind: "insufficient_scope" };
  if ((status === 403 || status === 429) && reasons.some((r) => r === "rateLimitExceeded" || r === "userRateLimitExceeded" || r === "RATE_LIMIT_EXCEEDED")) return { kind: "rate_limited" };
  if (status === 403 && body?.status === "PERMISSION_DENIED") return { kind: "not_found" };
  if (status === 404) return { kind: "not_found" };
  if (status === 400 && body?.errors?.some((e) => e.location === "pageToken" || e.location === "q")) return { kind: "bad_request", message: body.message ?? "invalid request" };
  return null;
}
