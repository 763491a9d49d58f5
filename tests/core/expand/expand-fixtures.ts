import { builtinFunctions } from "../../../lang/funcs/registry.js";
import { EvalContext } from "../../../lang/hcl/eval-context.js";
import type { Expression } from "../../../lang/hcl/expression.js";
import { NativeExpression } from "../../../lang/eval/native-expression.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { NumberType, StringType } from "../../../lang/types/type.js";
import { Mark } from "../../../lang/values/marks.js";
import { DynamicVal, Value } from "../../../lang/values/value.js";
import { js } from "../../helpers/values.js";

// The scope the count/for_each tables evaluate in, mirroring the Terraform configuration their
// expected results came from (Terraform v1.11.4, `terraform validate -json` and `terraform plan -json`):
//   var.s = 2 and var.sm = { a = 1 } (sensitive), var.e = 2 and var.em = { a = 1 } (ephemeral),
//   var.n = null (number); terraform_data.x.id and .output unknown strings (as during plan);
//   local.u unknown of unknown type (as during validate).

const VAR = Value.object({
  s: Value.numberFrom(2).mark(Mark.Sensitive),
  sm: js({ a: 1 }).mark(Mark.Sensitive),
  e: Value.numberFrom(2).mark(Mark.Ephemeral),
  em: js({ a: 1 }).mark(Mark.Ephemeral),
  n: Value.null(NumberType),
});

const ROOTS = new Map<string, Value>([
  ["var", VAR],
  ["local", Value.object({ u: DynamicVal })],
  ["terraform_data", Value.object({ x: Value.object({ id: Value.unknown(StringType), output: Value.unknown(StringType) }) })],
]);

/** The evaluation context of the tables. */
export const CTX = new EvalContext(ROOTS, builtinFunctions());

/** Parses one expression written at column 1 of line 1 of main.tf. */
export function expr(src: string): Expression {
  const { expr: node, diagnostics } = parseExpression(src, "main.tf");
  if (diagnostics.length > 0) throw new Error(`${src}: ${diagnostics[0]!.summary}`);
  return new NativeExpression(node);
}
