import { encodeGlobalId } from "../../src/ids.js";
import type { TestGateway } from "../../test/support/gateway.js";

/**
 * Upstream data a benchmark needs beyond the five seeded connections, chosen by BENCH_SCENARIO in
 * the gateway child. Returns extra fields for its READY line.
 *
 * - `drive` (benchmark 1): ≥ 50 Drive files in the Google fake, visible to `googleConnectionId`.
 * - `github-tree` (benchmark 4): a GitHub repo with nested folders and a paged listing, with ETags.
 *
 * Both need the resource fakes of issue 3; until they are merged these throw instead of measuring.
 */
export async function applyScenario(gw: TestGateway, scenario: string | undefined, seeded: { googleConnectionId: string; githubConnectionId: string }): Promise<Record<string, unknown>> {
  switch (scenario ?? "") {
    case "":
      return {};
    case "drive":
      await seedDriveFiles(gw);
      return { driveConnectionGlobalId: encodeGlobalId("IntegrationConnection", seeded.googleConnectionId) };
    case "github-tree":
      await seedGithubTree(gw);
      return { githubConnectionGlobalId: encodeGlobalId("IntegrationConnection", seeded.githubConnectionId) };
    default:
      throw new Error(`unknown BENCH_SCENARIO ${scenario}`);
  }
}

/** Issue 3: plug the Drive fake in here, e.g. `gw.google.use(driveFake({ files: manyFiles(120) }))`. */
async function seedDriveFiles(gw: TestGateway): Promise<void> {
  void gw;
  throw new Error("BENCH_SCENARIO=drive needs the Drive fake of issue 3 (seed ≥ 50 files in bench/servers/scenarios.ts)");
}

/** Issue 3: plug the GitHub contents fake in here (a repo, nested folders, > 1 page in a folder, ETags). */
async function seedGithubTree(gw: TestGateway): Promise<void> {
  void gw;
  throw new Error("BENCH_SCENARIO=github-tree needs the GitHub contents fake of issue 3 (seed a tree in bench/servers/scenarios.ts)");
}
