import { FakeDrive, FOLDER, SPREADSHEET, type DriveData, type DriveFile } from "../fakes/google-drive.js";
import { FakeGmail, FakeSheets } from "../fakes/google-sheets.js";
import { FakeGithubRepos, type FakeRepo } from "../fakes/github-repos.js";
import { makeProject } from "../fakes/supabase.js";
import { FakeSupabaseDatabase } from "../fakes/supabase-database.js";
import type { TestGateway } from "./gateway.js";

/**
 * Resource fakes on a test gateway, seeded with enough to page: a Drive with hundreds of files,
 * nested folders, a name with an apostrophe, shared drives and items shared with the user; a
 * spreadsheet with several tabs; Gmail labels; >100 GitHub repositories across affiliations with a
 * nested tree and many branches; Supabase projects with hundreds of tables.
 */
export const ADA_SUB = "110000000000000000001";
export const SUPABASE_TOKEN = `sbp_${"5eed".repeat(10)}`;
export const PROD_REF = "abcdefghijklmnopqrst";
const PDF = "application/pdf";
const MIMES = [PDF, "text/plain", SPREADSHEET, "application/vnd.google-apps.document", "image/png"];

type Fakes = Pick<TestGateway, "google" | "github" | "supabase">;

export interface ResourceFakes {
  drive: FakeDrive;
  sheets: FakeSheets;
  gmail: FakeGmail;
  repos: FakeGithubRepos;
  database: FakeSupabaseDatabase;
  /** Names of seeded things tests look up. */
  ids: Record<string, string>;
}

/** Seeds the fakes of a gateway (in-process or live: only its fakes are used). */
export function seedResources(gw: Fakes): ResourceFakes {
  const drive = new FakeDrive(gw.google);
  const sheets = new FakeSheets(gw.google, drive);
  const gmail = new FakeGmail(gw.google);
  const repos = new FakeGithubRepos(gw.github);
  const database = new FakeSupabaseDatabase(gw.supabase);
  const ids = seedDrive(drive.of(ADA_SUB), sheets);
  seedGmail(gmail);
  seedGithub(repos);
  seedSupabase(gw, database);
  return { drive, sheets, gmail, repos, database, ids };
}

/** The same Drive tree (same ids) in another account's Drive: `seedDrive(fakes.drive.of(sub), fakes.sheets)`. */
export function seedDrive(d: DriveData, sheets: FakeSheets): Record<string, string> {
  let n = 0;
  const add = (name: string, mimeType: string, parent: string | null, extra: Partial<DriveFile> = {}) => {
    const id = `1Fk${(++n).toString(36).padStart(5, "0")}Drv`;
    d.files.set(id, {
      id, name, mimeType, parents: parent ? [parent] : [], ownedByMe: true, sharedWithMe: false, trashed: false,
      modifiedTime: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(), size: mimeType.startsWith("application/vnd.google-apps") ? undefined : 1000 + n, ...extra,
    });
    if (mimeType === SPREADSHEET) sheets.tabs.set(id, [{ sheetId: 0, title: "Sheet1", index: 0 }]);
    return id;
  };
  const tabs = (id: string, titles: string[]) => sheets.tabs.set(id, titles.map((title, index) => ({ sheetId: index === 0 ? 0 : 1000 + index * 7, title, index, gridProperties: { rowCount: 100 * (index + 1), columnCount: 26 } })));
  const root = d.rootId;
  const ids: Record<string, string> = { root };
  ids.projects = add("Projects", FOLDER, root);
  ids.big = add("Big folder", FOLDER, root);
  add("Archive", FOLDER, root);
  ids.empty = add("Empty folder", FOLDER, root);
  ids.budget = add("Ada's budget", SPREADSHEET, root);
  tabs(ids.budget, ["Summary", "Q1", "Q2", "Data – raw"]);
  ids.notes = add("Ada's notes.txt", "text/plain", root);
  for (let i = 1; i <= 20; i++) add(`Root file ${String(i).padStart(2, "0")}`, MIMES[i % MIMES.length]!, root);
  ids.trashed = add("Trashed report.pdf", PDF, root, { trashed: true });
  ids.y2026 = add("2026", FOLDER, ids.projects);
  ids.q1 = add("Q1", FOLDER, ids.y2026);
  ids.reports = add("Reports", FOLDER, ids.q1);
  for (let i = 1; i <= 5; i++) ids[`report${i}`] = add(`Report ${i}.pdf`, PDF, ids.reports);
  ids.quarterly = add("Quarterly numbers", SPREADSHEET, ids.reports);
  tabs(ids.quarterly, ["Revenue", "Costs", "Headcount"]);
  add("Roadmap", "application/vnd.google-apps.document", ids.projects);
  for (let i = 1; i <= 12; i++) {
    const sub = add(`Sub ${String(i).padStart(2, "0")}`, FOLDER, ids.big);
    for (let j = 1; j <= 3; j++) add(`Sub ${i} file ${j}.txt`, "text/plain", sub);
  }
  for (let i = 1; i <= 260; i++) add(`File ${String(i).padStart(3, "0")}`, MIMES[i % MIMES.length]!, ids.big);
  // Shared with me: owned by someone else, parents not visible.
  const shared = { ownedByMe: false, sharedWithMe: true };
  ids.teamShare = add("Team share", FOLDER, null, shared);
  for (let i = 1; i <= 3; i++) add(`Team doc ${i}`, "application/vnd.google-apps.document", ids.teamShare, { ownedByMe: false });
  add("Contract.pdf", PDF, null, shared);
  ids.partnerPlan = add("Partner's plan", SPREADSHEET, null, shared);
  tabs(ids.partnerPlan, ["Plan"]);
  // Shared drives.
  ids.engineering = "0AEngineeringDrvUk9PVA";
  d.drives.set(ids.engineering, { id: ids.engineering, name: "Engineering" });
  d.drives.set("0AMarketingDrvUk9PVA", { id: "0AMarketingDrvUk9PVA", name: "Marketing" });
  const inDrive = (driveId: string) => ({ driveId, ownedByMe: false });
  ids.specs = add("Specs", FOLDER, ids.engineering, inDrive(ids.engineering));
  for (let i = 1; i <= 5; i++) ids[`spec${i}`] = add(`Spec ${i}.pdf`, PDF, ids.specs, inDrive(ids.engineering));
  for (let i = 1; i <= 110; i++) add(`Eng file ${String(i).padStart(3, "0")}`, MIMES[i % MIMES.length]!, ids.engineering, inDrive(ids.engineering));
  for (let i = 1; i <= 3; i++) add(`Campaign ${i}.png`, "image/png", "0AMarketingDrvUk9PVA", inDrive("0AMarketingDrvUk9PVA"));
  return ids;
}

function seedGmail(gmail: FakeGmail) {
  const system = ["INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT"].map((id) => ({ id, name: id, type: "system" as const, messagesTotal: 10 }));
  const user = ["Clients", "Clients/Acme", "Clients/O'Neil & Sons", "Invoices", "Newsletters", "Receipts", "Travel", "Family", "Projects/2026", "Projects/Archive", "Follow up", "Waiting", "Reading", "Taxes"].map((name, i) => ({
    id: `Label_${i + 1}`, name, type: "user" as const, messagesTotal: i * 3, messagesUnread: i % 2,
  }));
  gmail.labels.set(ADA_SUB, [...system, ...user]);
}

function seedGithub(repos: FakeGithubRepos) {
  const tree = (paths: string[]) => new Map(paths.map((p, i) => [p, { size: 100 + i }]));
  const branch = (name: string, files: Map<string, { size: number }>, prot = false) => [name, { sha: `${name.length.toString(16)}${"0".repeat(38)}${name.length % 10}`, protected: prot, files }] as const;
  const simple = tree(["README.md"]);
  const repo = (owner: string, name: string, affiliation: FakeRepo["affiliation"], priv: boolean, branches = new Map([branch("main", simple)])): FakeRepo => ({
    owner, name, private: priv, affiliation, defaultBranch: "main", branches, pushedAt: "2026-02-01T12:00:00Z",
  });
  for (let i = 1; i <= 70; i++) repos.add(repo("octocat", `repo-${String(i).padStart(3, "0")}`, "owner", i % 3 === 0));
  for (let i = 1; i <= 35; i++) repos.add(repo("hubber", `collab-${String(i).padStart(2, "0")}`, "collaborator", i % 4 === 0));
  for (let i = 1; i <= 30; i++) repos.add(repo("acme-org", `service-${String(i).padStart(2, "0")}`, "organization_member", i % 2 === 0));
  const files = tree([
    "README.md", "package.json", "src/index.ts", "src/lib/http.ts", "src/lib/utils/strings.ts", "src/lib/utils/dates.ts",
    "docs/guide/intro.md", "docs/guide/advanced.md", "docs/it's here.md",
    ...Array.from({ length: 150 }, (_, i) => `assets/img-${String(i + 1).padStart(3, "0")}.png`),
  ]);
  repos.add(repo("octocat", "hello-world", "owner", true, new Map([branch("main", files, true), branch("develop", files), branch("feature/login", files), branch("release@2026", tree(["CHANGELOG.md"]))])));
  repos.add(repo("octocat", "many-branches", "owner", false, new Map(Array.from({ length: 130 }, (_, i) => branch(`topic-${String(i + 1).padStart(3, "0")}`, simple)))));
}

function seedSupabase(gw: Fakes, database: FakeSupabaseDatabase) {
  const projects = [makeProject(PROD_REF, "Production"), makeProject("bcdefghijklmnopqrstu", "Staging"), makeProject("cdefghijklmnopqrstuv", "Analytics")];
  projects[2]!.status = "SOMETHING_NEW";
  gw.supabase.addToken(SUPABASE_TOKEN, { user: "sb-user-1", projects, organizations: [{ id: "acme", slug: "acme", name: "Acme" }] });
  gw.supabase.rateLimitPerMinute = 10_000;
  const tables = [
    ...Array.from({ length: 230 }, (_, i) => ({ schema: "public", name: `table_${String(i + 1).padStart(3, "0")}` })),
    { schema: "public", name: "o'brien_notes" },
    { schema: "public", name: "100%_done" },
    { schema: "public", name: "100x_done" },
    { schema: "auth", name: "users" },
    { schema: "storage", name: "objects" },
    { schema: "Sales", name: "Q1 report" },
  ];
  database.tables.set(PROD_REF, tables);
  database.tables.set("bcdefghijklmnopqrstu", [{ schema: "public", name: "todos" }]);
}
