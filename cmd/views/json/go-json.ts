import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { jsonString } from "../../../lang/values/json-marshal.js";

// The few pieces of Go's encoding/json that Terraform's JSON formats rely on, as text builders: a
// struct is an object with its fields in declaration order where `omitempty` fields drop out, a map
// is an object with its keys sorted by byte order, strings are escaped HTML-safe. Every builder takes
// and returns JSON text, so values already marshalled (cty JSON) are embedded as they are.

/** A JSON text fragment. */
export type JsonText = string;

/** One struct field: its JSON name and its text, or undefined when `omitempty` drops it. */
export type JsonField = readonly [name: string, text: JsonText | undefined];

/** A Go struct: fields in declaration order, undefined ones left out. */
export function jsonStruct(fields: readonly JsonField[]): JsonText {
  const parts: string[] = [];
  for (const [name, text] of fields) if (text !== undefined) parts.push(`${jsonString(name)}:${text}`);
  return `{${parts.join(",")}}`;
}

/** A Go map with string keys: entries sorted by key as Go sorts them. */
export function jsonMap(entries: Iterable<readonly [string, JsonText]>): JsonText {
  const sorted = [...entries].sort(([a], [b]) => compareCodePoints(a, b));
  return `{${sorted.map(([k, v]) => `${jsonString(k)}:${v}`).join(",")}}`;
}

/** A Go slice. */
export function jsonArray(items: readonly JsonText[]): JsonText {
  return `[${items.join(",")}]`;
}

/** A string, escaped as Go escapes it. */
export function jsonStr(s: string): JsonText {
  return jsonString(s);
}

/** A bool. */
export function jsonBool(b: boolean): JsonText {
  return b ? "true" : "false";
}

/** An `omitempty` string field: left out when empty. */
export function optStr(s: string | undefined): JsonText | undefined {
  return s ? jsonString(s) : undefined;
}

/** An `omitempty` bool field: left out when false. */
export function optBool(b: boolean | undefined): JsonText | undefined {
  return b ? "true" : undefined;
}

/** An `omitempty` slice field: left out when empty. */
export function optArray(items: readonly JsonText[] | undefined): JsonText | undefined {
  return items && items.length > 0 ? jsonArray(items) : undefined;
}

/** An `omitempty` map field: left out when it has no entries. */
export function optMap(entries: readonly (readonly [string, JsonText])[] | undefined): JsonText | undefined {
  return entries && entries.length > 0 ? jsonMap(entries) : undefined;
}
