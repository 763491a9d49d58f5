import type { Value } from "../../lang/values/value.js";
import type { ObjectId } from "./apply-options.js";

// The attribute progress lines identify an object by (Terraform's format.ObjectValueID and
// ObjectValueIDOrName): its `id` when that is a known, non-sensitive string, else (where names are
// allowed, before an operation) its `name` likewise.

/** The identifying attribute of an object, if it has one to show. */
export function objectId(v: Value, orName: boolean): ObjectId | undefined {
  if (v.isNull || !v.isKnown || v.type.kind !== "object") return undefined;
  const attrs = v.entries();
  for (const key of orName ? ["id", "name"] : ["id"]) {
    const a = attrs.get(key);
    if (!a || a.type.kind !== "string") continue;
    if (a.isSensitive || !a.isKnown || a.isNull) return undefined;
    return { key, value: a.unmark().asString() };
  }
  return undefined;
}
