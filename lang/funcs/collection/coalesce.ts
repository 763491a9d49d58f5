import { convert, ConversionError } from "../../types/convert.js";
import { unifyTypes } from "../../types/unify.js";
import { DynamicPseudoType, typeEquals, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// coalesce(vals...) is Terraform's own: the first argument that is neither null nor "", after all of
// them are converted to one common type. coalescelist(vals...) is cty's: the first non-empty list or
// tuple. Both take unknown arguments and stop at the first one they reach.

/** coalesce(vals...): the first non-null, non-empty-string argument. */
export const coalesce = ctyFunction({
  description: "Takes any number of arguments and returns the first one that isn't null or an empty string.",
  params: [],
  varParam: { name: "vals", type: DynamicPseudoType, allowUnknown: true, allowDynamicType: true, allowNull: true },
  notNull: true,
  returnType: (args) => {
    const unified = unifyTypes(
      args.map((a) => a.type),
      true,
    );
    return unified ? unified.type : new FuncError("all arguments must have the same type");
  },
  impl: (args, retType) => {
    for (const arg of args) {
      const v = convert(arg, retType);
      if (v instanceof ConversionError) return new FuncError(v.message);
      if (!v.isKnown) return Value.unknown(retType);
      if (v.isNull || (retType.kind === "string" && v.asString() === "")) continue;
      return v;
    }
    return new FuncError("no non-null, non-empty-string arguments");
  },
});

/** coalescelist(vals...): the first list or tuple argument with at least one element. */
export const coalescelist = ctyFunction({
  description: "Returns the first of the given sequences that has a length greater than zero.",
  params: [],
  varParam: { name: "vals", type: DynamicPseudoType, allowUnknown: true, allowDynamicType: true, allowNull: true },
  notNull: true,
  returnType: coalescelistType,
  impl: (args, retType) => {
    for (const arg of args) {
      if (!arg.isKnown) return Value.unknown(retType);
      if (!arg.isNull && arg.length > 0) return arg;
    }
    return new FuncError("no non-null arguments");
  },
});

function coalescelistType(args: readonly Value[]): FuncResult<Type> {
  if (args.length === 0) return new FuncError("at least one argument is required");
  const types: Type[] = [];
  for (const arg of args) {
    if (!arg.isKnown) return DynamicPseudoType;
    if (arg.type.kind !== "list" && arg.type.kind !== "tuple") {
      return new FuncError("coalescelist arguments must be lists or tuples");
    }
    types.push(arg.type);
  }
  const first = types[0]!;
  return types.every((t) => typeEquals(t, first)) ? first : DynamicPseudoType;
}
