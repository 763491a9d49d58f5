import { BoolType, DynamicPseudoType } from "../../types/type.js";
import { Mark } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import { staticReturnType, type FunctionSpec, type Parameter } from "../function.js";

// sensitive, nonsensitive and issensitive: Terraform's functions over the sensitive mark. They see the
// argument exactly as given (unknown, null, marked) and only ever look at its top-level mark: marks
// on elements inside a collection are left as they are. Since Terraform 1.10, nonsensitive of a value
// that is not sensitive is no longer an error.

const VALUE: Parameter = {
  name: "value",
  type: DynamicPseudoType,
  allowUnknown: true,
  allowNull: true,
  allowMarked: true,
  allowDynamicType: true,
};

/** sensitive(value): the same value, marked sensitive. */
export const sensitive: FunctionSpec = {
  description: "Treats the given value as sensitive.",
  params: [VALUE],
  returnType: ([v]) => v!.type,
  impl: ([v]) => v!.mark(Mark.Sensitive),
};

/** nonsensitive(value): the same value without its own sensitive mark (other marks kept). */
export const nonsensitive: FunctionSpec = {
  description: "Removes the sensitive marking from the given value.",
  params: [VALUE],
  returnType: ([v]) => v!.type,
  impl: ([v]) => v!.unmark().mark(v!.marks & ~Mark.Sensitive),
};

/** issensitive(value): whether the value itself is marked sensitive (unknown when unknown and unmarked). */
export const issensitive: FunctionSpec = {
  description: "Returns true if the given value is marked as sensitive.",
  params: [VALUE],
  returnType: staticReturnType(BoolType),
  impl: ([v]) => {
    if (v!.isSensitive) return Value.bool(true);
    return v!.isKnown ? Value.bool(false) : Value.unknown(BoolType);
  },
};
