import { param, withCredential, type ResourcePicker } from "./types.js";

/** Google tools: Gmail, Drive and Sheets. Scopes in Google's short form (normalized by the catalog). */
const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
const SPREADSHEET: ResourcePicker = { resourceType: "GOOGLE_DRIVE_FILE", filter: { mimeType: SPREADSHEET_MIME } };
const SHEET_TAB: ResourcePicker = { resourceType: "GOOGLE_SHEET_TAB", dependsOn: "spreadsheet_id", valueField: "name" };
const FOLDER: ResourcePicker = { resourceType: "GOOGLE_DRIVE_FOLDER" };
const FILE: ResourcePicker = { resourceType: "GOOGLE_DRIVE_FILE" };
const LABEL: ResourcePicker = { resourceType: "GMAIL_LABEL" };

const spreadsheetId = param("spreadsheet_id", "string", "The spreadsheet.", { required: true, picker: SPREADSHEET });
const sheet = param("sheet", "string", "The tab (sheet) name; default: the first tab.", { picker: SHEET_TAB });
const range = param("range", "string", "A1 range inside the tab, e.g. A1:D20; default: the whole tab.");
const values = param("values", "array", "Rows of cell values, e.g. [[\"Name\", \"Amount\"], [\"Ada\", 42]].", { required: true, items: "array" });
const valueInput = param("value_input_option", "string", "How input is read: RAW as typed, USER_ENTERED parsed like the UI.", { enum: ["RAW", "USER_ENTERED"], default: "USER_ENTERED" });
const message = (what: string) => [
  param("to", "string", "Recipients, comma-separated.", { required: true }),
  param("subject", "string", "Subject line.", { required: true }),
  param("body", "string", `Plain-text body of the ${what}.`, { required: true }),
  param("cc", "string", "Cc recipients, comma-separated."),
  param("bcc", "string", "Bcc recipients, comma-separated."),
];

/** Every Google tool receives the user's OAuth token, which carries the connection's scopes (at least the tool's). */
export const googleTools = withCredential("OAUTH_ACCESS_TOKEN", [
  // Gmail
  {
    name: "gmail_list_messages",
    provider: "google",
    description: "Lists messages matching a Gmail search query and/or labels, newest first.",
    scopes: ["gmail.readonly"],
    parameters: [
      param("query", "string", "Gmail search syntax, e.g. `from:ada is:unread`."),
      param("label_ids", "array", "Only messages carrying all these labels.", { items: "string", picker: LABEL }),
      param("max_results", "integer", "At most this many (1–500).", { default: 20 }),
    ],
  },
  {
    name: "gmail_read_message",
    provider: "google",
    description: "Reads one message: headers, body and attachment names.",
    scopes: ["gmail.readonly"],
    parameters: [
      param("message_id", "string", "The message id.", { required: true }),
      param("format", "string", "How much to fetch.", { enum: ["full", "metadata", "minimal", "raw"], default: "full" }),
    ],
  },
  { name: "gmail_send_email", provider: "google", description: "Sends an email from the connected account.", scopes: ["gmail.send"], parameters: message("email") },
  { name: "gmail_create_draft", provider: "google", description: "Saves an email as a draft without sending it.", scopes: ["gmail.compose"], parameters: message("draft") },
  {
    name: "gmail_send_draft",
    provider: "google",
    description: "Sends an existing draft.",
    scopes: ["gmail.compose"],
    parameters: [param("draft_id", "string", "The draft id.", { required: true })],
  },
  {
    name: "gmail_modify_labels",
    provider: "google",
    description: "Adds and removes labels on a message (archive = remove INBOX, mark read = remove UNREAD).",
    scopes: ["gmail.modify"],
    parameters: [
      param("message_id", "string", "The message id.", { required: true }),
      param("add_label_ids", "array", "Labels to add.", { items: "string", picker: LABEL }),
      param("remove_label_ids", "array", "Labels to remove.", { items: "string", picker: LABEL }),
    ],
  },
  {
    name: "gmail_trash_message",
    provider: "google",
    description: "Moves a message to the trash (recoverable for 30 days).",
    scopes: ["gmail.modify"],
    parameters: [param("message_id", "string", "The message id.", { required: true })],
  },
  { name: "gmail_list_labels", provider: "google", description: "Lists the account's system and user labels.", scopes: ["gmail.labels"], parameters: [] },
  {
    name: "gmail_create_label",
    provider: "google",
    description: "Creates a user label.",
    scopes: ["gmail.labels"],
    parameters: [param("name", "string", "Label name; `/` nests it under another label.", { required: true })],
  },

  // Drive
  {
    name: "drive_list_files",
    provider: "google",
    description: "Lists files in a folder (or matching a name search), folders first.",
    scopes: ["drive.metadata.readonly"],
    parameters: [
      param("folder_id", "string", "The folder; default: My Drive's root.", { picker: FOLDER }),
      param("name_contains", "string", "Only names containing this text."),
      param("mime_type", "string", "Only files of this MIME type."),
      param("page_size", "integer", "At most this many per page (1–1000).", { default: 100 }),
    ],
  },
  {
    name: "drive_get_file_metadata",
    provider: "google",
    description: "Reads a file's metadata: name, type, size, owners, parents, links.",
    scopes: ["drive.metadata.readonly"],
    parameters: [param("file_id", "string", "The file.", { required: true, picker: FILE })],
  },
  {
    name: "drive_download_file",
    provider: "google",
    description: "Downloads a file's content; Google Docs, Sheets and Slides are exported (PDF, CSV, …).",
    scopes: ["drive.readonly"],
    parameters: [
      param("file_id", "string", "The file.", { required: true, picker: FILE }),
      param("export_mime_type", "string", "For Google-native files: the format to export to, e.g. application/pdf."),
    ],
  },
  {
    name: "drive_upload_file",
    provider: "google",
    description: "Creates a file with the given content.",
    scopes: ["drive.file"],
    parameters: [
      param("name", "string", "File name.", { required: true }),
      param("content", "string", "File content (text, or base64 with encoding=base64).", { required: true }),
      param("encoding", "string", "How content is encoded.", { enum: ["utf8", "base64"], default: "utf8" }),
      param("mime_type", "string", "MIME type; default: guessed from the name."),
      param("folder_id", "string", "Where to put it; default: My Drive's root.", { picker: FOLDER }),
    ],
  },
  {
    name: "drive_update_file",
    provider: "google",
    description: "Replaces the content of any file the user can edit.",
    scopes: ["drive"],
    parameters: [
      param("file_id", "string", "The file.", { required: true, picker: FILE }),
      param("content", "string", "New content.", { required: true }),
      param("encoding", "string", "How content is encoded.", { enum: ["utf8", "base64"], default: "utf8" }),
    ],
  },
  {
    name: "drive_create_folder",
    provider: "google",
    description: "Creates a folder.",
    scopes: ["drive.file"],
    parameters: [
      param("name", "string", "Folder name.", { required: true }),
      param("parent_id", "string", "The parent folder; default: My Drive's root.", { picker: FOLDER }),
    ],
  },
  {
    name: "drive_list_permissions",
    provider: "google",
    description: "Lists who has access to a file and with which role.",
    scopes: ["drive.metadata.readonly"],
    parameters: [param("file_id", "string", "The file.", { required: true, picker: FILE })],
  },
  {
    name: "drive_share_file",
    provider: "google",
    description: "Gives a person, group, domain or anyone with the link access to a file.",
    scopes: ["drive"],
    parameters: [
      param("file_id", "string", "The file.", { required: true, picker: FILE }),
      param("role", "string", "The access granted.", { required: true, enum: ["reader", "commenter", "writer"] }),
      param("type", "string", "Who gets it.", { required: true, enum: ["user", "group", "domain", "anyone"] }),
      param("email_address", "string", "For user and group."),
      param("domain", "string", "For domain."),
      param("send_notification", "boolean", "Email the person.", { default: true }),
    ],
  },

  // Sheets
  {
    name: "sheets_get_spreadsheet",
    provider: "google",
    description: "Reads a spreadsheet's title and its tabs with their sizes.",
    scopes: ["spreadsheets.readonly"],
    parameters: [spreadsheetId],
  },
  {
    name: "sheets_read_values",
    provider: "google",
    description: "Reads cell values from a tab.",
    scopes: ["spreadsheets.readonly"],
    parameters: [spreadsheetId, sheet, range, param("value_render_option", "string", "Values as shown, raw or formulas.", { enum: ["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"], default: "FORMATTED_VALUE" })],
  },
  {
    name: "sheets_write_values",
    provider: "google",
    description: "Writes cell values into a range, overwriting what is there.",
    scopes: ["spreadsheets"],
    parameters: [spreadsheetId, sheet, range, values, valueInput],
  },
  {
    name: "sheets_append_values",
    provider: "google",
    description: "Appends rows after the last row of data in a tab.",
    scopes: ["spreadsheets"],
    parameters: [spreadsheetId, sheet, values, valueInput],
  },
  {
    name: "sheets_create_spreadsheet",
    provider: "google",
    description: "Creates a spreadsheet, optionally with named tabs.",
    scopes: ["spreadsheets"],
    parameters: [
      param("title", "string", "The spreadsheet's title.", { required: true }),
      param("sheet_titles", "array", "Tabs to create; default: one tab, Sheet1.", { items: "string" }),
    ],
  },
]);
