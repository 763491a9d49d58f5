import { callFunction } from "../funcs/call.js";
import type { EvalResult } from "../hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import type * as ast from "../syntax/ast.js";
import type { Type } from "../types/type.js";
import { convert, ConversionError } from "../types/convert.js";
import { BINARY_OPERATIONS, UNARY_OPERATIONS, type Operation } from "./operations.js";
import { about } from "./diag-expression.js";
import { withDiags } from "./result.js";
import type { Scope } from "./scope.js";
import { Value } from "../values/value.js";

/**
 * `lhs op rhs` as hclsyntax evaluates it: both operands evaluated and converted to the operator's
 * parameter types ("Invalid operand" otherwise), then the operator applied with its marks carried over.
 * Neither `&&` nor `||` short-circuits: Terraform 1.11 gives unknown for `true || unknown`.
 */
export function evalBinaryOp(expr: ast.BinaryOpExpr, scope: Scope): EvalResult {
  const op = BINARY_OPERATIONS[expr.op];
  const [lp, rp] = op.spec.params;
  const lhs = scope.eval(expr.lhs);
  const rhs = scope.eval(expr.rhs);
  const diags: Diagnostic[] = [];
  const l = convertOperand(lhs.value, lp!.type, "left", expr.lhs, expr, scope, diags);
  const r = convertOperand(rhs.value, rp!.type, "right", expr.rhs, expr, scope, diags);
  if (l === undefined || r === undefined) {
    return withDiags(Value.unknown(op.type), [...diags, ...lhs.diagnostics, ...rhs.diagnostics]);
  }
  diags.push(...lhs.diagnostics, ...rhs.diagnostics);
  const marks = l.marks | r.marks;
  if (hasErrors(diags)) return withDiags(Value.unknown(op.type).mark(marks), diags);
  const result = applyOperation(op, [l.unmark(), r.unmark()], expr, scope, diags);
  return withDiags(result.mark(marks), diags);
}

/** `-x` and `!x`: the operand converted to number or bool, then the operator applied. */
export function evalUnaryOp(expr: ast.UnaryOpExpr, scope: Scope): EvalResult {
  const op = UNARY_OPERATIONS[expr.op];
  const operand = scope.eval(expr.operand);
  const diags = [...operand.diagnostics];
  const v = convertOperand(operand.value, op.spec.params[0]!.type, "unary", expr.operand, expr, scope, diags);
  if (v === undefined || hasErrors(diags)) return withDiags(Value.unknown(op.type), diags);
  return withDiags(applyOperation(op, [v], expr, scope, diags), diags);
}

function convertOperand(
  v: Value,
  want: Type,
  side: "left" | "right" | "unary",
  operand: ast.Expression,
  expr: ast.Expression,
  scope: Scope,
  diags: Diagnostic[],
): Value | undefined {
  const c = convert(v, want);
  if (!(c instanceof ConversionError)) return c;
  diags.push(about(errorDiag("Invalid operand", `Unsuitable value for ${side} operand: ${c.message}.`, operand.range, expr.range), operand, scope));
  return undefined;
}

/** Calls the operator's function; a failure is "Operation failed" on the whole expression. */
function applyOperation(op: Operation, args: Value[], expr: ast.Expression, scope: Scope, diags: Diagnostic[]): Value {
  const funcCtx = scope.ctx?.funcContext ?? { baseDir: "." };
  const outcome = callFunction("operator", op.spec, args, funcCtx);
  if ("value" in outcome) return outcome.value;
  diags.push(about(errorDiag("Operation failed", `Error during operation: ${outcome.failure.message}.`, expr.range), expr, scope));
  return Value.unknown(op.type);
}
