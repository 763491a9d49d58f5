import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Expression } from "../../../lang/syntax/ast.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { evaluate } from "../../../lang/eval/evaluate.js";
import { typeConstraint } from "../../../lang/types/type-constraint.js";
import type { Type } from "../../../lang/types/type.js";
import type { Value } from "../../../lang/values/value.js";

// Helpers for the type tests: type expressions parsed by the real parser, and constant evaluation
// (no variables, no functions) as typeexpr evaluates optional() defaults.

/** Parses `src` as an expression in file "test.tf"; throws on syntax errors. */
export function parseTypeExpr(src: string): Expression {
  const r = parseExpression(src, "test.tf");
  if (r.diagnostics.length > 0) throw new Error(`cannot parse ${src}: ${r.diagnostics[0]!.summary}`);
  return r.expr;
}

/** The type a constraint expression denotes; throws when it has diagnostics. */
export function ty(src: string): Type {
  const r = typeConstraint(parseTypeExpr(src));
  if (r.diagnostics.length > 0) throw new Error(`bad type ${src}: ${r.diagnostics[0]!.detail}`);
  return r.type;
}

/** Evaluates an expression with no variables and no functions (hcl's Value(nil)). */
export function evalConstant(e: Expression): { value: Value; diagnostics: readonly Diagnostic[] } {
  return evaluate(e, null);
}
