import { describe, expect, it } from "vitest";
import { parseGithubId } from "../../src/providers/github-resources.js";
import { driveString } from "../../src/providers/google-drive.js";
import { parseTabId } from "../../src/providers/google-sheets.js";
import { pageOfList, parseLinkHeader } from "../../src/providers/paging.js";
import { parseTableId, quoteIdent } from "../../src/providers/supabase-resources.js";
import type { ResourceItem } from "../../src/providers/types.js";
import { ConditionalCache } from "../../src/services/conditional-cache.js";
import { parseDriveQuery } from "../fakes/drive-query.js";

describe("Drive query strings", () => {
  it("escape quotes and backslashes so user input stays one string", () => {
    expect(driveString("Ada's")).toBe("'Ada\\'s'");
    expect(driveString("a\\' or name contains '")).toBe("'a\\\\\\' or name contains \\''");
    for (const input of ["Ada's", "it\\'s", "' or trashed = true or name = '", "\\", "''"]) {
      const matches = parseDriveQuery(`name = ${driveString(input)}`);
      expect(matches({ name: input, mimeType: "", parents: [], trashed: false, sharedWithMe: false })).toBe(true);
      expect(matches({ name: `${input}x`, mimeType: "", parents: [], trashed: true, sharedWithMe: false })).toBe(false);
    }
  });
});

describe("Link headers (RFC 8288)", () => {
  it("parses GitHub's rel list, in any order, with commas inside URLs", () => {
    const header = '<https://api.github.com/user/repos?affiliation=owner,collaborator&per_page=100&page=2>; rel="next", <https://api.github.com/user/repos?affiliation=owner,collaborator&per_page=100&page=5>; rel="last"';
    expect(parseLinkHeader(header)).toEqual({
      next: "https://api.github.com/user/repos?affiliation=owner,collaborator&per_page=100&page=2",
      last: "https://api.github.com/user/repos?affiliation=owner,collaborator&per_page=100&page=5",
    });
    expect(parseLinkHeader('<https://x/?page=1>; rel="prev first"')).toEqual({ prev: "https://x/?page=1", first: "https://x/?page=1" });
    expect(parseLinkHeader(null)).toEqual({});
  });
});

describe("resource ids", () => {
  it("GitHub: owner/repo[@branch[:path]], branches may hold / and @", () => {
    expect(parseGithubId("octocat/hello-world")).toEqual({ repo: "octocat/hello-world", branch: undefined, path: undefined });
    expect(parseGithubId("octocat/hello-world@release@2026")).toEqual({ repo: "octocat/hello-world", branch: "release@2026", path: undefined });
    expect(parseGithubId("octocat/hello-world@feature/x:src/a b.ts")).toEqual({ repo: "octocat/hello-world", branch: "feature/x", path: "src/a b.ts" });
    expect(() => parseGithubId("../../etc/passwd")).toThrow();
    expect(() => parseGithubId("octocat/..")).toThrow();
    expect(() => parseGithubId("octocat/hello@main:../../../user/emails")).toThrow();
    expect(() => parseGithubId("octocat/hello@../x")).toThrow();
  });

  it("Supabase: ref:schema.table with SQL quoting where needed", () => {
    expect(quoteIdent("orders")).toBe("orders");
    expect(quoteIdent("Q1 report")).toBe('"Q1 report"');
    expect(quoteIdent('say "hi"')).toBe('"say ""hi"""');
    expect(parseTableId('abc:public.orders')).toEqual({ ref: "abc", schema: "public", table: "orders" });
    expect(parseTableId('abc:"Sales"."Q1 report"')).toEqual({ ref: "abc", schema: "Sales", table: "Q1 report" });
    expect(parseTableId(`abc:public.${quoteIdent('a.b "c"')}`)).toEqual({ ref: "abc", schema: "public", table: 'a.b "c"' });
    expect(parseTableId("abc:public")).toBeNull();
    expect(parseTableId("abc:a.b.c")).toBeNull();
  });

  it("Sheets tabs: spreadsheetId:sheetId", () => {
    expect(parseTabId("1AbC_d-e:1007")).toEqual({ spreadsheetId: "1AbC_d-e", sheetId: 1007 });
    expect(parseTabId("1AbC")).toBeNull();
  });
});

describe("offset paging of complete lists", () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: String(i) }) as ResourceItem);
  it("resumes after any item and ends with a null state", () => {
    const first = pageOfList(items, 3, null);
    expect(first.items.map((i) => i.item.id)).toEqual(["0", "1", "2"]);
    expect(first.hasNextPage).toBe(true);
    const fromMiddle = pageOfList(items, 3, first.items[1]!.after);
    expect(fromMiddle.items.map((i) => i.item.id)).toEqual(["2", "3", "4"]);
    const last = pageOfList(items, 10, first.items[2]!.after);
    expect(last.items.at(-1)!.after).toBeNull();
    expect(last.hasNextPage).toBe(false);
  });
});

describe("the ETag cache", () => {
  it("is bounded per connection and across connections, least recently used out first, never shared", () => {
    const cache = new ConditionalCache({ entriesPerConnection: 2, connections: 2 });
    const entry = (etag: string) => ({ etag, body: [], headers: [] as [string, string][] });
    cache.set("c1", "/a", entry("a"));
    cache.set("c1", "/b", entry("b"));
    cache.get("c1", "/a");
    cache.set("c1", "/c", entry("c"));
    expect(cache.get("c1", "/b")).toBeUndefined();
    expect(cache.get("c1", "/a")?.etag).toBe("a");
    expect(cache.get("c2", "/a")).toBeUndefined();
    cache.set("c2", "/a", entry("a2"));
    cache.get("c1", "/a");
    cache.set("c3", "/a", entry("a3"));
    expect(cache.size("c2")).toBe(0);
    expect(cache.size("c1")).toBe(2);
  });

  it("stays within its byte budget, dropping the least recently used connection's oldest responses first", () => {
    const cache = new ConditionalCache({ maxBytes: 100 });
    const entry = (etag: string, size: number) => ({ etag, body: "x".repeat(size - 2), headers: [] as [string, string][] });
    cache.set("c1", "/a", entry("a", 40));
    cache.set("c2", "/a", entry("b", 40));
    cache.set("c1", "/b", entry("c", 40));
    expect(cache.get("c2", "/a")).toBeUndefined();
    expect(cache.size("c1")).toBe(2);
    cache.set("c1", "/huge", entry("h", 200));
    expect(cache.get("c1", "/huge")).toBeUndefined();
  });
});
