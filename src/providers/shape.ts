import { UpstreamError } from "./http.js";

/**
 * Cheap runtime checks on what an upstream answered. A 2xx without the fields a parser needs is a
 * "body" UpstreamError (UPSTREAM_UNAVAILABLE for the client), never an empty or half-made success.
 */
export type Shape = Record<string, "string" | "number" | "boolean" | "object">;

const fits = (value: unknown, shape: Shape): boolean =>
  !!value && typeof value === "object" && !Array.isArray(value) &&
  Object.entries(shape).every(([key, type]) => {
    const field = (value as Record<string, unknown>)[key];
    return type === "object" ? !!field && typeof field === "object" : typeof field === type;
  });

const missing = (provider: string, what: string, shape: Shape) =>
  new UpstreamError("body", provider, `${provider} answered ${what} without ${Object.keys(shape).join(", ")}`);

/** `value` as a T when it is an object with these fields (of these types). */
export function expectObject<T>(provider: string, value: unknown, what: string, shape: Shape): T {
  if (!fits(value, shape)) throw missing(provider, what, shape);
  return value as T;
}

/** `value` as a T[] when it is a list whose every item has these fields. */
export function expectList<T>(provider: string, value: unknown, what: string, shape: Shape = {}): T[] {
  if (!Array.isArray(value) || !value.every((item) => fits(item, shape))) throw missing(provider, what, shape);
  return value as T[];
}
