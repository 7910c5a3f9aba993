import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, validate, type DefinitionNode, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/schema.js";

/** The README's examples run as written: its GraphQL validates against the schema, its paths exist. */
const ROOT = path.resolve(import.meta.dirname, "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ text: m[1]!, line: README.slice(0, m.index).split("\n").length + 1 }));

describe("README.md", () => {
  it("has GraphQL examples", () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks.map((b) => [b.line, b.text]))("the ```graphql block at line %i validates against the schema", (_line, text) => {
    const document = parse(text);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(0);
    // A block may list several operations one after another (as a reader copies one at a time).
    for (const operation of operations) {
      const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] as DefinitionNode[] };
      const errors = validate(schema, single).map((e) => e.message).filter((m) => !/^Fragment ".*" is never used\.$/.test(m));
      expect(errors, text).toEqual([]);
    }
  });

  const linked = [...README.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^(https?:|mailto:|#)/.test(href));
  // Upstream paths used as example values (a GitHub file a tool receives), not files of ours.
  const UPSTREAM_EXAMPLES = new Set(["docs/guide/intro.md"]);
  const mentioned = [...README.matchAll(/`((?:src|test|docs|prisma|bench|\.ci)\/[^`\s]*)`/g)]
    .map((m) => m[1]!)
    .filter((p) => !/[<>*…{}]/.test(p) && !UPSTREAM_EXAMPLES.has(p));

  it("links and names only files that are in the repository", () => {
    expect(linked.length + mentioned.length).toBeGreaterThan(20);
    const missing = [...linked, ...mentioned].filter((p) => !existsSync(path.join(ROOT, p.split("#")[0]!)));
    expect(missing).toEqual([]);
  });
});
