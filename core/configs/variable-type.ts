import { evaluate } from "../../lang/eval/evaluate.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { exprAsKeyword, nativeSyntax } from "../../lang/hcl/static.js";
import { JsonExpression } from "../../lang/json/expression.js";
import type * as ast from "../../lang/syntax/ast.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { typeConstraintWithDefaults } from "../../lang/types/type-constraint.js";
import type { Defaults } from "../../lang/types/defaults.js";
import { DynamicPseudoType, listOf, mapOf, type Type } from "../../lang/types/type.js";
import { exprIsNativeQuotedString } from "./resource-traversal.js";

// The `type` argument of a variable block (configs.decodeVariableType): a type constraint expression,
// plus Terraform's handling of the pre-0.12 forms (`type = "string"`, bare `list` and `map`).

/** A decoded type constraint; `type` is DynamicPseudoType when the expression was invalid. */
export interface VariableType {
  readonly type: Type;
  readonly defaults?: Defaults;
  readonly diagnostics: Diagnostic[];
}

const QUOTED_PREFIX =
  "Terraform 0.11 and earlier required type constraints to be given in quotes, but that form is now deprecated and will be removed in a future version of Terraform.";

const NOT_A_TYPE =
  "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).";

/** Decodes a variable's type constraint with its optional-attribute defaults. */
export function decodeVariableType(expr: Expression): VariableType {
  if (exprIsNativeQuotedString(expr)) return legacyQuotedType(expr);
  switch (exprAsKeyword(expr)) {
    case "list":
      return { type: listOf(DynamicPseudoType), diagnostics: [] };
    case "map":
      return { type: mapOf(DynamicPseudoType), diagnostics: [] };
  }
  const node = typeExpressionSyntax(expr);
  if (!node) return invalid([errorDiag("Invalid type specification", NOT_A_TYPE, expr.range)]);
  const r = typeConstraintWithDefaults(node, (e) => evaluate(e, null));
  if (hasErrors(r.diagnostics)) return invalid(r.diagnostics);
  return r.defaults ? { type: r.type, defaults: r.defaults, diagnostics: r.diagnostics } : { type: r.type, diagnostics: r.diagnostics };
}

// hcl reads a type written as a JSON string by parsing the string from the position of its opening
// quote (not the first character inside it), so positions inside it are one column early; Terraform's
// diagnostics show them that way, and so do these.
function typeExpressionSyntax(expr: Expression): ast.Expression | undefined {
  if (!(expr instanceof JsonExpression) || expr.node.kind !== "string") return nativeSyntax(expr).node;
  const parsed = parseExpression(expr.node.value, expr.range.filename, expr.range.start);
  return hasErrors(parsed.diagnostics) ? undefined : parsed.expr;
}

function invalid(diagnostics: Diagnostic[]): VariableType {
  return { type: DynamicPseudoType, diagnostics };
}

// `type = "string"` and friends: errors that say how to write the modern form.
function legacyQuotedType(expr: Expression): VariableType {
  const r = expr.value(null);
  if (hasErrors(r.diagnostics)) return invalid(r.diagnostics);
  const s = r.value.isKnown && !r.value.isNull ? r.value.asString() : "";
  const quoted = (detail: string): VariableType => invalid([errorDiag("Invalid quoted type constraints", detail, expr.range)]);
  switch (s) {
    case "string":
      return quoted(`${QUOTED_PREFIX} Remove the quotes around "string".`);
    case "list":
    case "map":
      return quoted(
        `${QUOTED_PREFIX} Remove the quotes around "${s}" and write ${s}(string) instead to explicitly indicate that the ${s} elements are strings.`,
      );
    default: {
      const detail = "To provide a full type expression, remove the surrounding quotes and give the type expression directly.";
      return invalid([errorDiag("Invalid legacy variable type hint", detail, expr.range)]);
    }
  }
}
