import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Range } from "../../../lang/source/range.js";
import type { Traversal } from "../../../lang/syntax/ast.js";
import { parseExpression } from "../../../lang/syntax/parse.js";

/** Parses `src` (one line, column 1) as an expression that must be a plain traversal, as `-target` values are. */
export function traversal(src: string): Traversal {
  const { expr, diagnostics } = parseExpression(src, "main.tf");
  if (diagnostics.length > 0) throw new Error(`${src}: ${diagnostics[0]!.summary}`);
  if (expr.type !== "ScopeTraversal") throw new Error(`${src} is a ${expr.type}, not a traversal`);
  return expr.traversal;
}

/** `line:col-line:col`, for comparing ranges in tables. */
export function rangeText(r: Range | undefined): string | undefined {
  return r && `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

/** A diagnostic as [summary, detail, range] for comparison with a table row. */
export function diagRow(d: Diagnostic): [string, string | undefined, string | undefined] {
  return [d.summary, d.detail, rangeText(d.subject)];
}
