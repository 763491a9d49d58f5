import type { Expression } from "../../lang/hcl/expression.js";
import { JsonExpression } from "../../lang/json/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { staticList } from "./depends-on.js";
import { parseRef, type RefSubject } from "./resource-references.js";
import { unwrapJsonRefExpr } from "./resource-traversal.js";

// `replace_triggered_by = [aws_instance.a.id, aws_instance.b[count.index]]`: each element must
// refer to exactly one resource, and may otherwise use only count.index and each.key
// (configs.decodeReplaceTriggeredBy). In JSON the elements are strings holding expressions.
// As Terraform 1.11 does, once an element has produced an error the later ones are not examined.

/** Decodes the elements of `replace_triggered_by` (JSON strings become native expressions). */
export function decodeReplaceTriggeredBy(expr: Expression): { exprs: Expression[]; diagnostics: Diagnostic[] } {
  const isJson = expr instanceof JsonExpression;
  const { exprs, diagnostics } = staticList(expr);
  for (let i = 0; i < exprs.length; i++) {
    let element: Expression | undefined = exprs[i]!;
    if (isJson) {
      const unwrapped = unwrapJsonRefExpr(element);
      diagnostics.push(...unwrapped.diagnostics);
      element = unwrapped.expr;
    }
    if (!element || hasErrors(diagnostics)) continue;
    exprs[i] = element;
    diagnostics.push(...checkElement(element));
  }
  return { exprs, diagnostics };
}

function checkElement(expr: Expression): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const subjects: RefSubject[] = [];
  let refFailed = false;
  for (const t of expr.variables()) {
    const r = parseRef(t);
    for (const d of r.diagnostics) diagnostics.push(errorDiag(d.summary, d.detail, expr.range));
    refFailed ||= hasErrors(r.diagnostics);
    if (r.subject) subjects.push(r.subject);
  }
  if (refFailed) return diagnostics;
  let resources = 0;
  for (const s of subjects) {
    if (s.kind === "resource") resources++;
    else if (s.kind === "each" && s.name !== "key") diagnostics.push(invalid("each", "Only each.key may be used in replace_triggered_by.", expr));
    else if (s.kind === "count" && s.name !== "index") diagnostics.push(invalid("count", "Only count.index may be used in replace_triggered_by.", expr));
    else if (s.kind === "other") {
      diagnostics.push(invalid("", "Only resources, count.index, and each.key may be used in replace_triggered_by.", expr));
    }
  }
  if (resources === 0) diagnostics.push(badExpr("Missing resource reference in replace_triggered_by expression.", expr));
  if (resources > 1) diagnostics.push(badExpr("Multiple resource references in replace_triggered_by expression.", expr));
  return diagnostics;
}

function invalid(what: string, detail: string, expr: Expression): Diagnostic {
  const summary = what ? `Invalid ${what} reference in replace_triggered_by expression` : "Invalid reference in replace_triggered_by expression";
  return errorDiag(summary, detail, expr.range);
}

function badExpr(detail: string, expr: Expression): Diagnostic {
  return errorDiag("Invalid replace_triggered_by expression", detail, expr.range);
}
