import { DynamicPseudoType } from "../../types/type.js";
import { Mark } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import type { FunctionSpec } from "../function.js";

// ephemeralasnull(value): Terraform's EphemeralAsNullFunc. Every ephemeral part of the value, at any
// depth, becomes a null of its type (an unknown stays unknown, without its refinements); the
// ephemeral mark goes, other marks stay. Everything else is returned as it was.

/** ephemeralasnull(value): the value with its ephemeral parts replaced by nulls. */
export const ephemeralasnull: FunctionSpec = {
  description: "Takes a value of any type and returns a similar value of the same type with any ephemeral values replaced with non-ephemeral null values and all non-ephemeral values preserved.",
  params: [
    { name: "value", type: DynamicPseudoType, allowDynamicType: true, allowUnknown: true, allowNull: true, allowMarked: true },
  ],
  returnType: ([v]) => v!.type,
  impl: ([v]) => withoutEphemeral(v!),
};

// cty.Transform visits children before their parent, so both get the same treatment.
function withoutEphemeral(v: Value): Value {
  const inner = transformChildren(v.unmark());
  if ((v.marks & Mark.Ephemeral) === 0) return inner.mark(v.marks);
  const kept = v.marks & ~Mark.Ephemeral;
  return (v.isKnown ? Value.null(v.type) : Value.unknown(v.type)).mark(kept);
}

function transformChildren(v: Value): Value {
  if (!v.isKnown || v.isNull) return v;
  const raw = v.raw;
  if (Array.isArray(raw)) return Value.of(v.type, (raw as readonly Value[]).map(withoutEphemeral));
  if (raw instanceof Map) {
    const out = new Map<string, Value>();
    for (const [k, e] of raw as ReadonlyMap<string, Value>) out.set(k, withoutEphemeral(e));
    return Value.of(v.type, out);
  }
  return v;
}
