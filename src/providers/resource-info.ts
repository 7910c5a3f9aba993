import type { ResourceTypeInfo } from "./types.js";

type FieldTuple = [name: string, type: ResourceTypeInfo["fields"][number]["type"], nullable: boolean, description?: string];

/** Compact declaration of a resource type's schema: `[field, scalar, nullable, description]` tuples. */
export const resourceType = (type: string, typename: string, description: string, fields: FieldTuple[]): ResourceTypeInfo => ({
  type,
  typename,
  description,
  fields: fields.map(([name, scalar, nullable, fieldDescription]) => ({ name, type: scalar, nullable, description: fieldDescription })),
});
