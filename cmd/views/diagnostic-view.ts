// Renders diagnostics the way Terraform prints them: a red or yellow box (plain text with -no-color),
// the summary, the object it is about ("with aws_instance.web[0],"), the source snippet with the
// values the expression used ("│ var.n is 3"), the detail. Terrane adds `file:line:col` on the "on"
// line and a caret line under the subject so the bad construct is visible without colour too.
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { paramListText } from "./function-signature.js";
import { jsonDiagnostic, type JsonDiagnostic } from "./json-diagnostic.js";
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
const DARK_GRAY = "\x1b[90m";
const RESET = "\x1b[0m";

/** Renders one diagnostic, ending with a newline. */
export function renderDiagnostic(diag: Diagnostic, sources: SourceLookup, style: DiagnosticStyle): string {
  const width = style.width ?? 78;
  const isError = diag.severity === "error";
  const label = isError ? "Error: " : "Warning: ";
  const summary = style.color ? `${BOLD}${isError ? RED : YELLOW}${label}${RESET}${BOLD}${diag.summary}${RESET}` : `${label}${diag.summary}`;
  // Terraform's layout: summary, blank, ["with ADDR,"], [snippet, blank], [detail]; in the box, a
  // diagnostic without detail ends with one more empty line.
  const body: string[] = [summary, ""];
  if (diag.address) body.push(`  with ${diag.address},`);
  if (diag.subject) body.push(...renderSnippet({ ...diag, subject: diag.subject }, sources, style), "");
  // Terraform wraps details one column short of the width, and in the box two more for the left rule.
  if (diag.detail) body.push(...wordWrap(diag.detail, style.color ? width - 3 : width - 1));
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

/**
 * The "on" line and the source lines of the diagnostic's JSON snippet, as Terraform renders its plain
 * and coloured forms from the JSON form; Terrane adds the column and a caret line under the subject.
 */
function renderSnippet(diag: Diagnostic & { subject: Range }, sources: SourceLookup, style: DiagnosticStyle): string[] {
  const subject = diag.subject;
  const snippet = jsonDiagnostic(diag, sources, style.context).snippet;
  const block = snippet?.context;
  const header = `  on ${subject.filename}:${subject.start.line}:${subject.start.column}${block ? `, in ${block}` : ""}:`;
  if (!snippet) return [header, "  (source code not available)"];
  const out = [header];
  snippet.code.split("\n").forEach((text, i) => {
    const n = snippet.start_line + i;
    out.push(`${String(n).padStart(4)}: ${style.color ? underline(text, n, subject) : text}`);
    if (n === subject.start.line) out.push(caretLine(text, subject));
  });
  return [...out, ...expressionLines(snippet, style.color)];
}

/**
 * Under the code, the function whose call failed and the values the expression's references had,
 * after a rule (format.DiagnosticFromJSON); nothing when there are neither.
 */
function expressionLines(snippet: NonNullable<JsonDiagnostic["snippet"]>, color: boolean): string[] {
  const call = snippet.function_call;
  if (snippet.values.length === 0 && !call?.signature) return [];
  const gray = (s: string) => (color ? `${DARK_GRAY}${s}${RESET}` : s);
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
  const out = [`    ${gray("├────────────────")}`];
  if (call?.signature) out.push(`    ${gray("│")} while calling ${bold(call.called_as)}${paramListText(call.signature)}`);
  for (const v of snippet.values) out.push(`    ${gray("│")} ${bold(v.traversal)} ${v.statement}`);
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
