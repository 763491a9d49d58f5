import { DynamicPseudoType, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult, type FunctionSpec } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// one(list): Terraform's OneFunc. For a tuple the length is in the type, so the check happens when
// typing the call; for a list or set it happens on the value, and a set holding unknown elements that
// might coalesce has no known length yet.

const ONE_ERROR = "must be a list, set, or tuple value with either zero or one elements";

/** one(list): null for an empty list, set or tuple, its element for a one-element one, else an error. */
export const one: FunctionSpec = ctyFunction({
  description:
    "Returns either the first element of a one-element list, or null if given a zero-element list, or an error if the list has more than one element.",
  params: [{ name: "list", type: DynamicPseudoType }],
  returnType: oneType,
  impl: ([list], retType) => {
    const v = list!;
    if (v.type.kind === "set" && v.length > 1 && !v.isWhollyKnown) return Value.unknown(retType);
    const elements = v.elements();
    if (elements.length === 0) return Value.null(retType);
    if (elements.length === 1) return elements[0]!;
    return new FuncError(ONE_ERROR, 0);
  },
});

function oneType([list]: readonly Value[]): FuncResult<Type> {
  const t = list!.type;
  if (t.kind === "list" || t.kind === "set") return t.element;
  if (t.kind === "tuple" && t.elements.length === 0) return DynamicPseudoType;
  if (t.kind === "tuple" && t.elements.length === 1) return t.elements[0]!;
  return new FuncError(ONE_ERROR, 0);
}
