import { goQuote } from "../../text/go-quote.js";
import { friendlyName } from "../../types/type-string.js";
import { DynamicPseudoType, EmptyObjectType, objectOf, typeEquals, type Type } from "../../types/type.js";
import { Mark, type Marks } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// merge(maps...): cty's MergeFunc. Arguments of one identical type give that type (maps stay maps);
// any mix gives an object whose attributes are every key seen, later arguments winning. Null arguments
// are skipped; a null literal (of unknown type) leaves the type to be taken from the merged value.

/** merge(maps...): one map or object with the keys of all arguments, later ones taking precedence. */
export const merge = ctyFunction({
  description:
    "Merges all of the elements from the given maps into a single map, or the attributes from given objects into a single object.",
  params: [],
  varParam: { name: "maps", type: DynamicPseudoType, allowDynamicType: true, allowNull: true, allowMarked: true },
  notNull: true,
  returnType: mergeType,
  impl: (args, retType) => {
    const out = new Map<string, Value>();
    let marks: Marks = Mark.None;
    for (const arg of args) {
      if (arg.isNull) continue;
      marks |= arg.marks;
      for (const [k, v] of arg.unmark().entries()) out.set(k, v);
    }
    if (retType.kind === "map") return Value.map(out, retType.element).mark(marks);
    return Value.object(out).mark(marks);
  },
});

function mergeType(args: readonly Value[]): FuncResult<Type> {
  if (args.length === 0) return EmptyObjectType;
  const attrs = new Map<string, Type>();
  const first = args[0]!.type;
  let matching = true;
  let attrsKnown = true;
  for (const arg of args) {
    const t = arg.type;
    if (t.kind === "dynamic") return DynamicPseudoType;
    if (t.kind !== "map" && t.kind !== "object") {
      return new FuncError(`arguments must be maps or objects, got ${goQuote(friendlyName(t))}`);
    }
    if (t.kind === "object" && !arg.isNull) for (const [k, at] of t.attributes) attrs.set(k, at);
    if (t.kind === "map" && !arg.isNull) {
      if (arg.isKnown) for (const k of arg.unmark().entries().keys()) attrs.set(k, t.element);
      else attrsKnown = false;
    }
    if (!typeEquals(t, first)) matching = false;
  }
  if (matching) return first;
  return attrsKnown ? objectOf(attrs) : DynamicPseudoType;
}
