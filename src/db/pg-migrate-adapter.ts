import { PrismaPg } from "@prisma/adapter-pg";
import { pgConfigFromUrl } from "./url.js";

// For the Prisma CLI only (prisma.config.ts). prisma/orm#27403 (open): @prisma/adapter-pg 6.19 cannot
// deserialize the `name` / `"char"` catalog types the wasm schema engine selects, so re-map those
// column type ids to text before the adapter reads them.
const REMAP: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

type Queryable = {
  performIO: (q: unknown) => Promise<{ fields?: { dataTypeID: number }[] }>;
  startTransaction?: (...a: unknown[]) => Promise<unknown>;
};

function patchQueryable<T>(q: T): T {
  const target = q as unknown as Queryable;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const res = await performIO(query);
    for (const f of res?.fields ?? []) if (REMAP[f.dataTypeID]) f.dataTypeID = REMAP[f.dataTypeID]!;
    return res;
  };
  if (target.startTransaction) {
    const start = target.startTransaction.bind(target);
    target.startTransaction = async (...a) => patchQueryable(await start(...a));
  }
  return q;
}

export function pgMigrateAdapter(connectionString: string) {
  const cfg = { ...pgConfigFromUrl(connectionString), allowExitOnIdle: true };
  const factory = new PrismaPg(cfg);
  const connect = async () => patchQueryable(await PrismaPg.prototype.connect.call(factory));
  factory.connect = connect;
  // Upstream 6.19 drops the shadow database before closing its pool; create and drop it ourselves.
  factory.connectToShadowDb = async () => {
    const admin = await connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = patchQueryable(await new PrismaPg({ ...cfg, database }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}
