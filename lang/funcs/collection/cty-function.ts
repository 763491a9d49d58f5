import { Value } from "../../values/value.js";
import { FuncError, type FunctionSpec, type Parameter } from "../function.js";
import { refineNotNull } from "./refine.js";

// The part of cty's function.Call that a spec written the cty way relies on and the generic caller
// does not promise: an argument whose parameter does not allow unknowns stops the call only when the
// argument itself is unknown (cty checks IsKnown, not IsWhollyKnown: alltrue([false, unknown]) is
// false), and RefineResult's "never null" promise on unknown results.

/** A function written as its cty/Terraform original declares it. */
export interface CtyFunctionSpec extends FunctionSpec {
  /** cty's `RefineResult: refineNonNull`: the result, even when unknown, is never null. */
  readonly notNull?: boolean;
}

/** The FunctionSpec that behaves as cty's function.Call does for `spec`. */
export function ctyFunction(spec: CtyFunctionSpec): FunctionSpec {
  const shallow = spec.params.map((p) => !p.allowUnknown);
  const varShallow = spec.varParam !== undefined && !spec.varParam.allowUnknown;
  const needsCheck = (i: number): boolean => (i < shallow.length ? shallow[i]! : varShallow);
  return {
    description: spec.description,
    params: spec.params.map(allowingUnknown),
    ...(spec.varParam ? { varParam: allowingUnknown(spec.varParam) } : {}),
    returnType: spec.returnType,
    impl: (args, retType, ctx) => {
      const unknownArg = args.some((a, i) => needsCheck(i) && !a.isKnown);
      const result = unknownArg ? Value.unknown(retType) : spec.impl(args, retType, ctx);
      if (result instanceof FuncError || !spec.notNull) return result;
      return refineNotNull(result);
    },
  };
}

function allowingUnknown(p: Parameter): Parameter {
  return { ...p, allowUnknown: true };
}
