import type { Range } from "../source/range.js";
import type { Expression, LiteralExpr, LiteralValue, TemplateExpr } from "./ast.js";

// Small constructors for AST nodes the parser builds in many places.

/** Makes a readonly AST type writable while the parser is still building it (hcl extends traversals in place). */
export type Building<T> = { -readonly [K in keyof T]: T[K] };

const NULL_VALUE: LiteralValue = { kind: "null" };

/**
 * A copy of a list that was built by pushing, without the spare capacity pushing leaves behind.
 * AST lists are kept for the life of the tree, so this noticeably reduces memory and GC work.
 */
export function compact<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

/** A literal node. */
export function literal(value: LiteralValue, range: Range): LiteralExpr {
  return { type: "Literal", value, range };
}

/** A literal string node (template text). */
export function stringLiteral(value: string, range: Range): LiteralExpr {
  return { type: "Literal", value: { kind: "string", value }, range };
}

/**
 * Stands in for an expression that could not be parsed (hcl uses an unknown-valued literal or an
 * ExprSyntaxError node). A diagnostic has always been reported when one of these is made.
 */
export function placeholder(range: Range): LiteralExpr {
  return { type: "Literal", value: NULL_VALUE, range };
}

/** A template (quoted string, heredoc, directive body). */
export function template(parts: Expression[], heredoc: boolean, range: Range): TemplateExpr {
  return { type: "Template", parts: compact(parts), heredoc, range };
}

/** The literal value of a template that is a single literal string part (hcl's IsStringLiteral), else undefined. */
export function templateStringValue(expr: Expression): LiteralValue | undefined {
  if (expr.type !== "Template" || expr.parts.length !== 1) return undefined;
  const part = expr.parts[0];
  return part.type === "Literal" ? part.value : undefined;
}
