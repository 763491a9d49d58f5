import { goQuote } from "../../lang/text/go-quote.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Type } from "../../lang/types/type.js";
import { BigNum } from "../../lang/values/number.js";
import { Value } from "../../lang/values/value.js";

// The legacy "flatmap" form of an object (`attributes_flat`, from Terraform before 0.12):
// `{"id": "x", "tags.%": "1", "tags.a": "b", "list.#": "2", "list.0": "p", ...}` read back as a value
// of the schema's type, as Terraform's hcl2shim.HCL2ValueFromFlatmap does for providers that upgrade
// such state. Map entries and set elements are read in key order (Terraform's order is random).

/** The marker legacy Terraform stored for values not known yet. */
export const FLATMAP_UNKNOWN = "74D93920-ED26-11E3-AC10-0800200C9A66";

/** An object of type `type` (an object type) from its flatmap attributes, or why it cannot be read. */
export function valueFromFlatmap(m: ReadonlyMap<string, string>, type: Type): { value: Value } | { error: string } {
  if (type.kind !== "object") return { error: `cannot decode ${type.kind} from flatmap` };
  const v = objectFrom(m, "", type);
  return v instanceof FlatmapError ? { error: v.message } : { value: v };
}

// Why a part of the object cannot be read; returned up through the recursion.
class FlatmapError {
  constructor(readonly message: string) {}
}

type Read = Value | FlatmapError;

function valueFrom(m: ReadonlyMap<string, string>, key: string, t: Type): Read {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
      return primitiveFrom(m, key, t);
    case "object":
      return objectFrom(m, `${key}.`, t);
    case "tuple":
    case "list":
      return sequenceFrom(m, `${key}.`, t);
    case "map":
      return mapFrom(m, `${key}.`, t);
    case "set":
      return setFrom(m, `${key}.`, t);
    case "dynamic":
      return new FlatmapError("cannot decode dynamic from flatmap");
  }
}

function primitiveFrom(m: ReadonlyMap<string, string>, key: string, t: Type): Read {
  const raw = m.get(key);
  if (raw === undefined) return Value.null(t);
  if (raw === FLATMAP_UNKNOWN) return Value.unknown(t);
  if (t.kind === "string") return Value.string(raw);
  if (t.kind === "number") {
    const n = BigNum.parse(raw);
    if (n) return Value.number(n);
    return new FlatmapError(`invalid value for ${goQuote(key)} in state: a number is required`);
  }
  if (raw === "true" || raw === "false") return Value.bool(raw === "true");
  return new FlatmapError(`invalid value for ${goQuote(key)} in state: a bool is required`);
}

function objectFrom(m: ReadonlyMap<string, string>, prefix: string, t: Type & { kind: "object" }): Read {
  const vals = new Map<string, Value>();
  for (const [name, at] of t.attributes) {
    const v = valueFrom(m, prefix + name, at);
    if (v instanceof FlatmapError) return v;
    vals.set(name, v);
  }
  return Value.of(t, vals);
}

// The container itself when unknown or absent (null), else its count text.
function container(m: ReadonlyMap<string, string>, prefix: string, countKey: string, t: Type): Value | string {
  if (m.get(prefix.replace(/\.+$/, "")) === FLATMAP_UNKNOWN) return Value.unknown(t);
  const count = m.get(prefix + countKey);
  if (count === undefined) return Value.null(t);
  if (count === FLATMAP_UNKNOWN) return Value.unknown(t);
  return count;
}

function sequenceFrom(m: ReadonlyMap<string, string>, prefix: string, t: Type & { kind: "list" | "tuple" }): Read {
  const c = container(m, prefix, "#", t);
  if (c instanceof Value) return c;
  if (!/^[+-]?\d+$/.test(c)) return new FlatmapError(`invalid count value for ${goQuote(prefix)} in state: strconv.Atoi: parsing ${goQuote(c)}: invalid syntax`);
  const count = Number(c);
  if (t.kind === "tuple" && count !== t.elements.length) {
    return new FlatmapError(`wrong number of values for ${goQuote(prefix)} in state: got ${count}, but need ${t.elements.length}`);
  }
  const els: Value[] = [];
  for (let i = 0; i < count; i++) {
    const v = valueFrom(m, prefix + i, t.kind === "tuple" ? t.elements[i]! : t.element);
    if (v instanceof FlatmapError) return v;
    els.push(v);
  }
  return Value.of(t, els);
}

function mapFrom(m: ReadonlyMap<string, string>, prefix: string, t: Type & { kind: "map" }): Read {
  const c = container(m, prefix, "%", t);
  if (c instanceof Value) return c;
  const vals = new Map<string, Value>();
  for (const full of keysUnder(m, prefix)) {
    const key = full.slice(prefix.length);
    if (key === "%") continue;
    const v = valueFrom(m, full, t.element);
    if (v instanceof FlatmapError) return v;
    vals.set(key, v);
  }
  return Value.of(t, vals);
}

function setFrom(m: ReadonlyMap<string, string>, prefix: string, t: Type & { kind: "set" }): Read {
  const c = container(m, prefix, "#", t);
  if (c instanceof Value) return c;
  const seen = new Set<string>();
  const vals: Value[] = [];
  for (const full of keysUnder(m, prefix)) {
    const sub = full.slice(prefix.length);
    if (sub === "#") continue;
    const dot = sub.indexOf(".");
    const key = dot === -1 ? full : full.slice(0, prefix.length + dot);
    if (seen.has(key)) continue;
    seen.add(key);
    const v = valueFrom(m, key, t.element);
    if (v instanceof FlatmapError) return v;
    vals.push(v);
  }
  if (vals.length === 0 && c === "1") vals.push(emptyElement(t.element));
  return Value.of(t, vals);
}

// A set counted as one element with no flatmap keys held one empty (or all-null) element.
function emptyElement(t: Type): Value {
  if (t.kind === "map" || t.kind === "list" || t.kind === "set") return Value.of(t, t.kind === "map" ? new Map() : []);
  if (t.kind === "object") return Value.of(t, new Map([...t.attributes].map(([k, at]) => [k, Value.null(at)])));
  return Value.null(t);
}

function keysUnder(m: ReadonlyMap<string, string>, prefix: string): string[] {
  return [...m.keys()].filter((k) => k.startsWith(prefix)).sort(compareCodePoints);
}
