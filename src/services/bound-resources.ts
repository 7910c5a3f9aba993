import type { Deps } from "../deps.js";
import { AppError, notFound } from "../errors.js";
import { encodeGlobalId } from "../ids.js";
import type { ResourceType } from "../providers/types.js";
import type { BoundResource } from "../generated/sqlite/client.js";
import type { ResourceBrowser } from "./resources.js";
import type { ToolCredentialKind } from "../tools/types.js";

export type { BoundResource };

/**
 * Picked resources that tools refer to (a spreadsheet, a repository, a Supabase project). Binding
 * re-checks access upstream and stores the stable upstream id, name and metadata; a type's bind
 * hook may add secrets (a Supabase project's keys, by tool credential kind), encrypted like tokens
 * as one JSON object.
 */
export async function bindResource(
  deps: Pick<Deps, "db" | "cipher" | "logger">,
  browser: ResourceBrowser,
  input: { userId: string; connectionId: string; type: ResourceType; id: string },
): Promise<BoundResource> {
  const connection = await browser.connection(input.connectionId);
  const { node, secrets, metadata } = await browser.bind(connection.id, input.type, input.id);
  const { item } = node;
  const data = {
    name: item.name,
    metadata: { kind: item.kind, mimeType: item.mimeType, webUrl: item.webUrl, parentId: item.parent?.id ?? null, ...metadata },
    secret: secrets ? await deps.cipher.encrypt(JSON.stringify(secrets)) : null,
  };
  const bound = await deps.db.boundResource.upsert({
    where: { connectionId_type_upstreamId: { connectionId: connection.id, type: input.type, upstreamId: item.id } },
    create: { ...data, userId: input.userId, connectionId: connection.id, type: input.type, upstreamId: item.id },
    update: data,
  });
  deps.logger.info({ boundResourceId: bound.id, connectionId: connection.id, type: input.type }, "resource bound");
  return bound;
}

export async function listBoundResources(deps: Pick<Deps, "db">, userId: string, filter: { connectionId?: string; type?: ResourceType } = {}) {
  return deps.db.boundResource.findMany({
    where: { userId, ...(filter.connectionId ? { connectionId: filter.connectionId } : {}), ...(filter.type ? { type: filter.type } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Removes a binding of the caller's; anyone else's id is NOT_FOUND. */
export async function unbindResource(deps: Pick<Deps, "db">, userId: string, boundResourceId: string): Promise<BoundResource> {
  const bound = await deps.db.boundResource.findFirst({ where: { id: boundResourceId, userId } });
  if (!bound) throw notFound("Bound resource");
  await deps.db.boundResource.deleteMany({ where: { id: bound.id, userId } });
  return bound;
}

/**
 * The bound resource a tool that runs on `type` should use: the one with `upstreamId` when given,
 * else the only one bound on the connection. None (or several, unnamed) → RESOURCE_NOT_BOUND with
 * what is bound, so the caller can ask the user to pick.
 */
export async function boundResourceFor(
  deps: Pick<Deps, "db">,
  connection: { id: string; userId: string },
  type: ResourceType,
  upstreamId?: string,
): Promise<BoundResource> {
  const bound = await deps.db.boundResource.findMany({ where: { connectionId: connection.id, userId: connection.userId, type } });
  const chosen = upstreamId ? bound.filter((b) => b.upstreamId === upstreamId) : bound;
  if (chosen.length === 1) return chosen[0]!;
  const details = {
    connectionId: encodeGlobalId("IntegrationConnection", connection.id),
    resourceType: type,
    bound: bound.map((b) => ({ id: encodeGlobalId("BoundResource", b.id), resourceId: b.upstreamId, name: b.name })),
  };
  if (chosen.length === 0) {
    const what = upstreamId ? `${upstreamId} is not bound` : "nothing is bound";
    throw new AppError("RESOURCE_NOT_BOUND", `This tool runs on a bound ${type}, and ${what} on this connection; bind one with bindResource`, details);
  }
  throw new AppError("RESOURCE_NOT_BOUND", `Several ${type} resources are bound on this connection; name one with resourceId`, details);
}

/** Which resource types have something bound, per connection (for canUse). */
export async function boundTypesByConnection(deps: Pick<Deps, "db">, connectionIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await deps.db.boundResource.findMany({ where: { connectionId: { in: [...connectionIds] } }, select: { connectionId: true, type: true } });
  const out = new Map<string, Set<string>>(connectionIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) out.get(row.connectionId)?.add(row.type);
  return out;
}

/**
 * The bound resource's stored key of one tool credential kind, or null when none was stored. A
 * row bound before keys were stored per kind holds the bare server-side key (SUPABASE_SECRET_KEY).
 */
export async function boundResourceKey(deps: Pick<Deps, "cipher">, bound: Pick<BoundResource, "secret">, kind: ToolCredentialKind): Promise<string | null> {
  if (!bound.secret) return null;
  const plain = await deps.cipher.decrypt(bound.secret);
  const keys: Record<string, unknown> = plain.startsWith("{") ? JSON.parse(plain) : { SUPABASE_SECRET_KEY: plain };
  const key = keys[kind];
  return typeof key === "string" && key ? key : null;
}
