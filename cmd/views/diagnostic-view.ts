// Renders diagnostics the way Terraform prints them: a red or yellow box (plain text with -no-color),
// the summary, the source snippet, the detail. Terrane adds `file:line:col` on the "on" line and a
// caret line under the subject so the bad construct is visible without colour too.
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { wordWrap } from "./word-wrap.js";

/** Source text by filename, for snippets. */
export type SourceLookup = (filename: string) => string | undefined;

/** How to render: with colour and box drawing, or plain; the width to wrap details at; block contexts. */
export interface DiagnosticStyle {
  readonly color: boolean;
  readonly width?: number;
  /** The enclosing block of a range (`resource "a" "b"`), shown as Terraform's "in ..." context. */
  readonly context?: (subject: Range) => string | undefined;
}

const RED = "\x1b[31m";
const YELLOW = "\x1b[33m";
const BOLD = "\x1b[1m";
const UNDERLINE = "\x1b[4m";
const RESET = "\x1b[0m";

/** Renders one diagnostic, ending with a newline. */
export function renderDiagnostic(diag: Diagnostic, sources: SourceLookup, style: DiagnosticStyle): string {
  const width = style.width ?? 78;
  const isError = diag.severity === "error";
  const label = isError ? "Error: " : "Warning: ";
  const summary = style.color ? `${BOLD}${isError ? RED : YELLOW}${label}${RESET}${BOLD}${diag.summary}${RESET}` : `${label}${diag.summary}`;
  // Terraform's layout: summary, blank, [snippet, blank], [detail]; in the box, a diagnostic without
  // detail ends with one more empty line.
  const body: string[] = [summary, ""];
  if (diag.subject) body.push(...renderSnippet(diag.subject, diag.context, sources, style), "");
  if (diag.detail) body.push(...wordWrap(diag.detail, style.color ? width - 2 : width));
  else if (style.color) body.push("");
  if (!style.color) return `\n${body.join("\n")}\n`;
  const colour = isError ? RED : YELLOW;
  const lines = body.map((l) => `${colour}│${RESET} ${l}`);
  return `${colour}╷${RESET}\n${lines.join("\n")}\n${colour}╵${RESET}\n`;
}

/** Renders a list of diagnostics, errors and warnings in the order given. */
export function renderDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup, style: DiagnosticStyle): string {
  return diags.map((d) => renderDiagnostic(d, sources, style)).join("");
}

function renderSnippet(subject: Range, context: Range | undefined, sources: SourceLookup, style: DiagnosticStyle): string[] {
  const color = style.color;
  const block = style.context?.(subject);
  const header = `  on ${subject.filename}:${subject.start.line}:${subject.start.column}${block ? `, in ${block}` : ""}:`;
  const src = sources(subject.filename);
  if (src === undefined) return [header, "  (source code not available)"];
  const lines = src.split(/\r?\n/);
  const span = context && context.start.byte <= subject.start.byte && context.end.byte >= subject.end.byte ? context : subject;
  const last = Math.max(span.start.line, span.end.byte > span.start.byte && span.end.column === 1 ? span.end.line - 1 : span.end.line);
  const out = [header];
  for (let n = span.start.line; n <= Math.min(last, lines.length); n++) {
    const text = lines[n - 1] ?? "";
    out.push(`${String(n).padStart(4)}: ${color ? underline(text, n, subject) : text}`);
    if (n === subject.start.line) out.push(caretLine(text, subject));
  }
  return out;
}

function underline(text: string, line: number, subject: Range): string {
  if (line < subject.start.line || line > subject.end.line) return text;
  const chars = [...text];
  const from = line === subject.start.line ? subject.start.column - 1 : 0;
  const to = line === subject.end.line ? subject.end.column - 1 : chars.length;
  if (to <= from) return text;
  return `${chars.slice(0, from).join("")}${UNDERLINE}${chars.slice(from, to).join("")}${RESET}${chars.slice(to).join("")}`;
}

function caretLine(text: string, subject: Range): string {
  const chars = [...text];
  const from = Math.min(subject.start.column - 1, chars.length);
  const to = subject.end.line === subject.start.line ? Math.min(subject.end.column - 1, chars.length) : chars.length;
  const pad = chars.slice(0, from).map((c) => (c === "\t" ? "\t" : " ")).join("");
  return `      ${pad}${"^".repeat(Math.max(1, to - from))}`;
}
