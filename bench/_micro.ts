import { createDb } from "../src/db/client.js";
import { createTestDatabase } from "../test/support/database.js";
const tdb = await createTestDatabase();
const db = createDb(tdb.url);
for (const u of ["u1","u2","u3"]) { await db.user.create({ data: { id: u } });
for (let i = 0; i < 5; i++) await db.integrationConnection.create({ data: { userId: u, provider: "google", accountId: "a" + i, accountLabel: "x", authType: "OAUTH2", scopes: "a b", accessToken: "tok", status: "ACTIVE" } }); }
const users = ["u1","u2","u3"];
const cands: Record<string, (i: number) => Promise<unknown>> = {
  findMany: (i) => db.integrationConnection.findMany({ where: { userId: users[i % 3] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  queryRaw: (i) => db.$queryRaw`SELECT * FROM "IntegrationConnection" WHERE "userId" = ${users[i % 3]} ORDER BY "createdAt", "id"`,
  userFindUnique: (i) => db.user.findUnique({ where: { id: users[i % 3]! } }),
  connFindUnique: (i) => db.integrationConnection.findUnique({ where: { id: "x" + (i%3) } }),
};
const res: Record<string, number[]> = {};
for (let r = 0; r < 6; r++) for (const [name, fn] of Object.entries(cands)) {
  for (let i = 0; i < 50; i++) await fn(i);
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 500) { await fn(n); n++; }
  (res[name] ??= []).push(n / ((performance.now() - t0) / 1000));
}
for (const [k, v] of Object.entries(res)) console.log(k, Math.round(v.sort((a,b)=>a-b)[3]!), "ops/s sequential (median of 6)");
await db.$disconnect(); await tdb.drop();
