import { BigNum } from "../../lang/values/number.js";
import { Value } from "../../lang/values/value.js";
import { DynamicPseudoType } from "../../lang/types/type.js";

/** Builds a Value from a JS literal: arrays become tuples, plain objects become objects, null a dynamic null. */
export function js(x: unknown): Value {
  if (x instanceof Value) return x;
  if (x === null || x === undefined) return Value.null(DynamicPseudoType);
  if (typeof x === "string") return Value.string(x);
  if (typeof x === "boolean") return Value.bool(x);
  if (typeof x === "number" || typeof x === "bigint") return Value.numberFrom(x);
  if (Array.isArray(x)) return Value.tuple(x.map(js));
  if (typeof x === "object") {
    return Value.object(new Map(Object.entries(x as Record<string, unknown>).map(([k, e]) => [k, js(e)])));
  }
  throw new Error(`cannot build a value from ${typeof x}`);
}

/** Marker used by toJS for unknown values. */
export const UNKNOWN = "(known after apply)";

/**
 * Turns a Value into plain JS for test expectations: numbers become JS numbers when exact, else their
 * canonical string; collections become arrays/objects; unknowns become UNKNOWN; sensitive values are
 * wrapped as { sensitive: x }.
 */
export function toJS(v: Value): unknown {
  const inner = toJSUnmarked(v);
  return v.isSensitive ? { sensitive: inner } : inner;
}

function toJSUnmarked(v: Value): unknown {
  if (!v.isKnown) return UNKNOWN;
  if (v.isNull) return null;
  const raw = v.raw;
  if (raw instanceof BigNum) {
    const n = raw.toNumber();
    return BigNum.fromNumber(n).equals(raw) ? n : raw.toString();
  }
  if (Array.isArray(raw)) return (raw as Value[]).map(toJS);
  if (raw instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, e] of raw) o[k] = toJS(e);
    return o;
  }
  return raw;
}
