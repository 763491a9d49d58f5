import { Value } from "./value.js";

// cty.UnknownAsNull: state cannot hold unknown values, so what goes into it (a planned object, an
// output with parts not yet known) has each unknown replaced by a null of the same type.

/** The value with every unknown in it replaced by a null of the same type, marks kept. */
export function unknownAsNull(v: Value): Value {
  if (!v.isKnown) return Value.null(v.type);
  if (v.isNull || v.isWhollyKnown) return v;
  const raw = v.raw;
  if (Array.isArray(raw)) return Value.of(v.type, raw.map(unknownAsNull), v.marks);
  if (raw instanceof Map) return Value.of(v.type, new Map([...raw].map(([k, e]) => [k, unknownAsNull(e)])), v.marks);
  return v;
}
