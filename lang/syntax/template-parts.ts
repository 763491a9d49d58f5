import type { Range } from "../source/range.js";
import type { Expression } from "./ast.js";

// The flat sequence a template is first read into (hclsyntax's templateToken): literal text with
// strip markers applied, interpolations, directive openers and closers, and a final end marker.
// A second pass (template-tree.ts) nests the directives.

/** Literal text; offsets (not a range) so heredoc indentation stripping can move the start. */
export interface LiteralPart {
  readonly kind: "literal";
  value: string;
  start: number;
  end: number;
}

/** `${ expr }`. */
export interface InterpPart {
  readonly kind: "interp";
  readonly expr: Expression;
  readonly range: Range;
}

/** `%{ if cond }`. */
export interface IfPart {
  readonly kind: "if";
  readonly condition: Expression;
  readonly range: Range;
}

/** `%{ for k, v in coll }`. */
export interface ForPart {
  readonly kind: "for";
  readonly keyVar: string | null;
  readonly valueVar: string;
  readonly collection: Expression;
  readonly range: Range;
}

/** `%{ else }`, `%{ endif }` or `%{ endfor }`. */
export interface EndCtrlPart {
  readonly kind: "else" | "endif" | "endfor";
  readonly range: Range;
}

/** The end of the template (where the closing marker or EOF is). */
export interface EndPart {
  readonly kind: "end";
  readonly range: Range;
}

/** One element of a template's flat sequence. */
export type TemplatePart = LiteralPart | InterpPart | IfPart | ForPart | EndCtrlPart | EndPart;

/** A template's flat sequence, always ending with an EndPart. */
export interface TemplateParts {
  readonly parts: TemplatePart[];
  readonly range: Range;
}
