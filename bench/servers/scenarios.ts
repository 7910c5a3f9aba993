import { encodeGlobalId } from "../../src/ids.js";
import type { TestGateway } from "../../test/support/gateway.js";
import { seedResources } from "../../test/support/seed.js";

/**
 * Upstream data a benchmark needs beyond the five seeded connections, chosen by BENCH_SCENARIO in
 * the gateway child. Returns extra fields for its READY line.
 *
 * - `drive` (benchmark 1): ≥ 50 Drive files in the Google fake, visible to `googleConnectionId`.
 * - `github-tree` (benchmark 4): a GitHub repo with nested folders and a paged listing, with ETags.
 *
 * Both plug in the resource fakes and seed data the tests use (test/support/seed.ts).
 */
export async function applyScenario(gw: TestGateway, scenario: string | undefined, seeded: { googleConnectionId: string; githubConnectionId: string }): Promise<Record<string, unknown>> {
  switch (scenario ?? "") {
    case "":
      return {};
    case "drive":
      await seedDriveFiles(gw);
      return { driveConnectionGlobalId: encodeGlobalId("IntegrationConnection", seeded.googleConnectionId), driveFolderId: await folderNamed(gw, "Big folder") };
    case "github-tree":
      await seedGithubTree(gw);
      return { githubConnectionGlobalId: encodeGlobalId("IntegrationConnection", seeded.githubConnectionId) };
    default:
      throw new Error(`unknown BENCH_SCENARIO ${scenario}`);
  }
}

/** The Drive of the tests' seed (a 272-item "Big folder", nested folders …) for the Ada account. */
async function seedDriveFiles(gw: TestGateway): Promise<void> {
  seededIds.set(gw, seedResources(gw).ids);
}

/** The GitHub trees of the tests' seed (octocat/hello-world: 150-entry assets/, nested src/, ETags). */
async function seedGithubTree(gw: TestGateway): Promise<void> {
  seedResources(gw);
}

/** A seeded Drive folder's id, by name. */
async function folderNamed(gw: TestGateway, name: string): Promise<string> {
  const ids = seededIds.get(gw);
  const id = ids?.[name === "Big folder" ? "big" : name];
  if (!id) throw new Error(`no seeded folder ${name}`);
  return id;
}
const seededIds = new WeakMap<TestGateway, Record<string, string>>();
