import type { FormatToken } from "./format-token.js";
import { bracketChange } from "./format-token.js";

// hclwrite's view of a token stream as lines, each split into up to three cells: the lead (up to
// an attribute's `=`), the assignment (from a one-line `=` onwards) and a trailing comment. The
// cells are what the indentation and alignment passes work on.

/** One line of tokens split into hclwrite's cells; `assign` and `comment` are null when absent. */
export interface FormatLine {
  lead: FormatToken[];
  assign: FormatToken[] | null;
  comment: FormatToken[] | null;
}

/** True for a token that ends a line: a newline, or a `#`/`//` comment (which includes its newline). */
export function endsLine(t: FormatToken): boolean {
  if (t.type === "Newline") return true;
  return t.type === "Comment" && t.text.endsWith("\n");
}

/** Splits tokens (ending at EOF, which belongs to no line) into lines and their cells. */
export function linesForFormat(tokens: readonly FormatToken[]): FormatLine[] {
  const lines: FormatLine[] = [];
  let current: FormatToken[] = [];
  for (const t of tokens) {
    if (t.type === "EOF") break;
    current.push(t);
    if (endsLine(t)) {
      lines.push(splitCells(current));
      current = [];
    }
  }
  lines.push(splitCells(current));
  return lines;
}

function splitCells(lead: FormatToken[]): FormatLine {
  const line: FormatLine = { lead, assign: null, comment: null };
  if (lead.length === 0) return line;
  if (lead.length > 1 && lead[lead.length - 1].type === "Comment") {
    line.comment = lead.slice(-1);
    line.lead = lead = lead.slice(0, -1);
  }
  const eq = lead.findIndex((t, i) => i > 0 && t.type === "Equal");
  if (eq > 0 && netBrackets(lead.slice(eq)) === 0) {
    line.assign = lead.slice(eq);
    line.lead = lead.slice(0, eq);
  }
  return line;
}

/** The sum of bracket changes over a token sequence. */
export function netBrackets(tokens: readonly FormatToken[]): number {
  let n = 0;
  for (const t of tokens) n += bracketChange(t);
  return n;
}
