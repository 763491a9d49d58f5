// Diagnostics in Terraform's machine-readable form (the `diagnostics` of `validate -json`, and later
// of `plan -json`): the subject as `range`, and a `snippet` with the enclosing block's header, the
// source lines, the highlight's byte offsets within them, the values the expression used and the
// function whose call failed.
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Pos, Range } from "../../lang/source/range.js";
import type { SourceLookup } from "./diagnostic-view.js";
import { expressionValues, type ExpressionValue } from "./diagnostic-values.js";
import { describeFunctionCall, type FunctionCallDescription } from "./function-signature.js";

/** A position as Terraform's JSON writes it. */
export interface JsonPos {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

/** One diagnostic in Terraform's JSON shape. */
export interface JsonDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  /** The object the diagnostic is about (a resource instance, a provider configuration). */
  readonly address?: string;
  readonly range?: { readonly filename: string; readonly start: JsonPos; readonly end: JsonPos };
  readonly snippet?: {
    readonly context: string | null;
    readonly code: string;
    readonly start_line: number;
    readonly highlight_start_offset: number;
    readonly highlight_end_offset: number;
    readonly values: readonly ExpressionValue[];
    readonly function_call?: FunctionCallDescription;
  };
}

/** Converts a diagnostic, reading snippets from `sources` and block headers from `context`. */
export function jsonDiagnostic(diag: Diagnostic, sources: SourceLookup, context?: (r: Range) => string | undefined): JsonDiagnostic {
  const base = { severity: diag.severity, summary: diag.summary, detail: diag.detail ?? "", ...(diag.address ? { address: diag.address } : {}) };
  if (!diag.subject) return base;
  const highlight = widenEmpty(diag.subject);
  const range = { filename: highlight.filename, start: pos(highlight.start), end: pos(highlight.end) };
  const src = sources(highlight.filename);
  if (src === undefined) return { ...base, range };
  const around = diag.context && contains(diag.context, highlight) ? widenEmpty(diag.context) : highlight;
  return { ...base, range, snippet: { ...snippet(src, around, highlight, context?.(diag.subject) ?? null), ...expressionParts(diag) } };
}

/** The values of the expression's references, and the called function when a call failed. */
function expressionParts(diag: Diagnostic): { values: ExpressionValue[]; function_call?: FunctionCallDescription } {
  const expr = diag.expression;
  if (!expr) return { values: [] };
  const values = expressionValues(expr);
  if (expr.calledFunction === undefined) return { values };
  return { values, function_call: describeFunctionCall(expr.calledFunction, expr.ctx) };
}

function snippet(src: string, around: Range, highlight: Range, context: string | null): NonNullable<JsonDiagnostic["snippet"]> {
  // Lines as bufio.ScanLines gives them: a final newline does not start another (empty) line.
  const lines = src.split("\n");
  if (src.endsWith("\n")) lines.pop();
  let codeStart = 0;
  for (let i = 0; i < around.start.line - 1 && i < lines.length; i++) codeStart += Buffer.byteLength(lines[i]!) + 1;
  const code = lines
    .slice(around.start.line - 1, around.end.line)
    .map((l) => l.replace(/\r$/, ""))
    .join("\n");
  const codeBytes = Buffer.byteLength(code);
  const clamp = (n: number) => Math.max(0, Math.min(codeBytes, n));
  return {
    context,
    code,
    start_line: around.start.line,
    highlight_start_offset: clamp(highlight.start.byte - codeStart),
    highlight_end_offset: clamp(highlight.end.byte - codeStart),
    values: [],
  };
}

/** Terraform shows an empty range one character wide. */
function widenEmpty(r: Range): Range {
  if (r.end.byte > r.start.byte) return r;
  return { ...r, end: { line: r.end.line, column: r.end.column + 1, byte: r.end.byte + 1 } };
}

function contains(outer: Range, inner: Range): boolean {
  return outer.filename === inner.filename && outer.start.byte <= inner.start.byte && outer.end.byte >= inner.end.byte;
}

function pos(p: Pos): JsonPos {
  return { line: p.line, column: p.column, byte: p.byte };
}
