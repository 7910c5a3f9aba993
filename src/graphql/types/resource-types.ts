import { RESOURCE_TYPES, type ResourceType } from "../../providers/types.js";
import type { ResourceNode } from "../../services/resources.js";
import { builder } from "../builder.js";
import { RESOURCE_TYPENAMES, ResourceRef } from "./resource.js";

type Scalar = "String" | "Int" | "Float" | "Boolean";
/** Provider fields of each typed implementation: [field, scalar, nullable, description]. */
const FIELDS: Record<ResourceType, [string, Scalar, boolean, string?][]> = {
  GOOGLE_DRIVE_FILE: [["driveId", "String", true, "The shared drive it lives in; null in My Drive."], ["ownedByMe", "Boolean", true], ["size", "Float", true, "Bytes; null for Google Docs formats."]],
  GOOGLE_DRIVE_FOLDER: [["driveId", "String", true, "The shared drive it lives in (its own id for a shared drive)."], ["ownedByMe", "Boolean", true], ["virtual", "Boolean", false, "A picker root that is not a Drive folder (Shared with me, Shared drives)."]],
  GOOGLE_SHEETS: [["driveId", "String", true], ["ownedByMe", "Boolean", true], ["size", "Float", true]],
  GOOGLE_SHEET_TAB: [["spreadsheetId", "String", false], ["spreadsheetTitle", "String", true], ["sheetId", "Int", false, "The tab's gid."], ["index", "Int", false], ["sheetType", "String", false, "GRID, OBJECT or DATA_SOURCE."], ["rowCount", "Int", true], ["columnCount", "Int", true]],
  GMAIL_LABEL: [["labelType", "String", false, "SYSTEM or USER."], ["messageListVisibility", "String", true], ["labelListVisibility", "String", true], ["messagesTotal", "Int", true], ["messagesUnread", "Int", true], ["color", "String", true]],
  GITHUB_REPO: [["fullName", "String", false], ["owner", "String", false], ["private", "Boolean", false], ["visibility", "String", false], ["defaultBranch", "String", true], ["fork", "Boolean", false], ["archived", "Boolean", false], ["description", "String", true]],
  GITHUB_BRANCH: [["repository", "String", false, "owner/repo"], ["commitSha", "String", false], ["protected", "Boolean", false]],
  GITHUB_FILE: [["repository", "String", false, "owner/repo"], ["ref", "String", false, "The branch."], ["path", "String", false], ["entryType", "String", false, "file, dir, symlink or submodule."], ["sha", "String", true], ["size", "Int", true]],
  SUPABASE_DATABASE: [["ref", "String", false], ["region", "String", true], ["status", "String", false, "ACTIVE_HEALTHY, INACTIVE, …; UNKNOWN for values this gateway does not know."], ["organizationSlug", "String", true], ["host", "String", false], ["postgresVersion", "String", true]],
  SUPABASE_TABLE: [["projectRef", "String", false], ["schema", "String", false], ["table", "String", false], ["qualifiedName", "String", false, "schema.table, quoted where SQL needs it."]],
};

const DESCRIPTIONS: Record<ResourceType, string> = {
  GOOGLE_DRIVE_FILE: "A Drive file (any MIME type that is not a folder).",
  GOOGLE_DRIVE_FOLDER: "A Drive folder, a shared drive, or a virtual root (Shared with me, Shared drives).",
  GOOGLE_SHEETS: "A spreadsheet; its children are its tabs.",
  GOOGLE_SHEET_TAB: "One tab of a spreadsheet (id: `<spreadsheetId>:<sheetId>`).",
  GMAIL_LABEL: "A Gmail label (a flat list).",
  GITHUB_REPO: "A repository the user owns, collaborates on or sees through an organization (id: `owner/repo`).",
  GITHUB_BRANCH: "A branch (id: `owner/repo@branch`).",
  GITHUB_FILE: "A file or directory at a branch (id: `owner/repo@branch:path`).",
  SUPABASE_DATABASE: "A Supabase project's database (id: the project ref).",
  SUPABASE_TABLE: "A table of a project (id: `<ref>:schema.table`).",
};

/**
 * One node type per resource type. The global id encodes the type, the connection and the upstream
 * id, so it survives round trips; node(id) loads it as the asking user (someone else's: null).
 */
for (const type of RESOURCE_TYPES) {
  builder.node(
    builder.objectRef<ResourceNode>(RESOURCE_TYPENAMES[type]),
    {
      description: DESCRIPTIONS[type],
      interfaces: [ResourceRef],
      isTypeOf: (value) => (value as Partial<ResourceNode>)?.item?.type === type,
      id: { resolve: (n) => `${n.connectionId}:${n.item.id}` },
      loadOne: (id, ctx) => {
        const sep = String(id).indexOf(":");
        return sep > 0 ? ctx.resources.find(String(id).slice(0, sep), type, String(id).slice(sep + 1)) : null;
      },
    },
    (t) =>
      Object.fromEntries(
        FIELDS[type].map(([name, scalar, nullable, description]) => [
          name,
          t.field({ type: scalar, nullable, description, resolve: (n) => n.item.attributes[name] as never }),
        ]),
      ),
  );
}
