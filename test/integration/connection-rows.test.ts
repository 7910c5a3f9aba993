import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionRowOfUser, connectionRowsOfUser } from "../../src/services/connection-rows.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  const db = gw.app.deps.db;
  for (const id of ["rows-alice", "rows-bob"]) await db.user.create({ data: { id } });
  const at = new Date("2026-01-15T10:00:00.123Z");
  const base = { authType: "OAUTH2" as const, accountLabel: "label", accessToken: "jwe-access" };
  // Every column set, including nullable dates with milliseconds, a status reason and a lease.
  await db.integrationConnection.create({
    data: {
      ...base, id: "c-full", userId: "rows-alice", provider: "google", accountId: "g1", scopes: "openid email", status: "NEEDS_REAUTH", statusReason: "REVOKED",
      refreshToken: "jwe-refresh", expiresAt: new Date("2026-01-15T11:00:00.456Z"), refreshTokenExpiresAt: new Date("2026-07-15T11:00:00.789Z"),
      refreshLeaseOwner: "owner", refreshLeaseExpiresAt: new Date("2026-01-15T10:00:30.001Z"), createdAt: at,
    },
  });
  // Same createdAt: the id breaks the tie.
  await db.integrationConnection.create({ data: { ...base, id: "c-b", userId: "rows-alice", provider: "github", accountId: "h1", createdAt: at } });
  await db.integrationConnection.create({ data: { ...base, id: "c-a", userId: "rows-alice", provider: "supabase", authType: "API_KEY", accountId: "s1", createdAt: at } });
  await db.integrationConnection.create({ data: { ...base, id: "c-bob", userId: "rows-bob", provider: "google", accountId: "g2" } });
});
afterAll(() => gw.close());

describe("connection rows read with SQL", () => {
  it("equal Prisma's model reads, column for column and in the same order, on this database", async () => {
    const db = gw.app.deps.db;
    const orderBy = [{ createdAt: "asc" as const }, { id: "asc" as const }];
    expect(await connectionRowsOfUser(db, "rows-alice")).toEqual(await db.integrationConnection.findMany({ where: { userId: "rows-alice" }, orderBy }));
    expect((await connectionRowsOfUser(db, "rows-alice")).map((r) => r.id)).toEqual(["c-a", "c-b", "c-full"]);
    expect(await connectionRowsOfUser(db, "rows-alice", "google")).toEqual(await db.integrationConnection.findMany({ where: { userId: "rows-alice", provider: "google" }, orderBy }));
    expect(await connectionRowOfUser(db, "rows-alice", "c-full")).toEqual(await db.integrationConnection.findUnique({ where: { id: "c-full" } }));
    expect((await connectionRowOfUser(db, "rows-alice", "c-full"))!.expiresAt).toBeInstanceOf(Date);
  });

  it("never return another user's connection", async () => {
    const db = gw.app.deps.db;
    expect(await connectionRowOfUser(db, "rows-alice", "c-bob")).toBeNull();
    expect(await connectionRowOfUser(db, "rows-bob", "c-full")).toBeNull();
    expect((await connectionRowsOfUser(db, "rows-bob")).map((r) => r.id)).toEqual(["c-bob"]);
    expect(await connectionRowsOfUser(db, "nobody")).toEqual([]);
  });
});
