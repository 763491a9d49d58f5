import { DynamicPseudoType, NumberType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError } from "../function.js";
import { ctyFunction } from "./cty-function.js";
import { graphemeCount } from "./go-strings.js";
import { lengthBounds, unknownLength } from "./refine.js";

// length(value): Terraform's LengthFunc. Strings count grapheme clusters (cty's strlen); tuples and
// objects have their length in their type, so even unknown ones have a known length; collections use
// cty's Value.Length, which for unknown or partly unknown sets gives a refined unknown range.

/** length(value): the number of elements, attributes or characters. */
export const length = ctyFunction({
  description: "Determines the length of a given list, map, or string.",
  params: [{ name: "value", type: DynamicPseudoType, allowDynamicType: true, allowUnknown: true, allowMarked: true }],
  notNull: true,
  returnType: ([v]) => {
    switch (v!.type.kind) {
      case "number":
      case "bool":
        return new FuncError("argument must be a string, a collection type, or a structural type");
      default:
        return NumberType;
    }
  },
  impl: ([v]) => lengthOf(v!.unmark()).mark(v!.marks),
});

function lengthOf(v: Value): Value {
  switch (v.type.kind) {
    case "dynamic":
      return Value.unknown(NumberType);
    case "tuple":
      return Value.numberFrom(v.type.elements.length);
    case "object":
      return Value.numberFrom(v.type.attributes.size);
    case "string":
      return stringLength(v);
    default:
      return collectionLength(v);
  }
}

// cty's strlen: an unknown string is at least as long as its known prefix.
function stringLength(v: Value): Value {
  if (v.isKnown) return Value.numberFrom(graphemeCount(v.asString()));
  const prefix = v.refinement.stringPrefix ?? "";
  return unknownLength(graphemeCount(prefix), undefined);
}

// cty's Value.Length for lists, sets and maps.
function collectionLength(v: Value): Value {
  if (!v.isKnown) {
    const { lower, upper } = lengthBounds(v);
    return unknownLength(lower, upper);
  }
  if (v.type.kind === "set" && v.length > 1 && !v.isWhollyKnown) {
    // Unknown elements may turn out equal to others and coalesce, but never to nothing.
    return unknownLength(1, v.length);
  }
  return Value.numberFrom(v.length);
}
