import type { InstanceKey } from "../../../core/addrs/instance-key.js";
import { jsonStr, type JsonText } from "./go-json.js";

// The parts of a resource instance address the JSON formats write apart: the instance key as
// `index` (a number for count, a string for for_each, absent without either).

/** The `index` field: IntKey as a number, StringKey as a string, nothing for no key. */
export function indexJson(key: InstanceKey | null): JsonText | undefined {
  if (key === null) return undefined;
  return key.kind === "int" ? String(key.index) : jsonStr(key.key);
}

/** Compares two strings as Go's `<` does, for the formats that sort by address text. */
export { compareCodePoints as compareText } from "../../../lang/text/code-point-order.js";
