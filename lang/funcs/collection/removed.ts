import { DynamicPseudoType } from "../../types/type.js";
import { FuncError, type FunctionSpec } from "../function.js";

// list(...) and map(...) were removed in Terraform 0.12, but Terraform still defines them so that a
// call explains what to write instead of failing as an unknown function.

// A function that exists only to fail with Terraform's message, whatever its arguments.
function removedFunction(name: string, replacement: string): FunctionSpec {
  const message = `the "${name}" function was deprecated in Terraform v0.12 and is no longer available; use ${replacement} syntax to write a literal ${name}`;
  return {
    description: `The "${name}" function was removed in Terraform v0.12.`,
    params: [],
    varParam: { name: "vals", type: DynamicPseudoType, allowUnknown: true, allowDynamicType: true, allowNull: true },
    returnType: () => new FuncError(message),
    impl: () => new FuncError(message),
  };
}

/** list(vals...): removed in Terraform 0.12; fails with Terraform's explanation. */
export const list = removedFunction("list", "tolist([ ... ])");

/** map(vals...): removed in Terraform 0.12; fails with Terraform's explanation. */
export const map = removedFunction("map", "tomap({ ... })");
