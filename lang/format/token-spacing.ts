import type { FormatLine } from "./format-lines.js";
import type { FormatToken } from "./format-token.js";
import { bracketChange } from "./format-token.js";

// hclwrite's rules for the spaces between two tokens on the same line (spaceAfterToken), and the
// pass that applies them within each line's lead and assignment cells.

/** Sets the spaces between neighbouring tokens inside each line's lead and assignment cells. */
export function formatSpaces(lines: readonly FormatLine[]): void {
  for (const line of lines) {
    spaceCell(line.lead);
    if (line.assign !== null) {
      line.assign[0].spacesBefore = 1;
      spaceCell(line.assign);
    }
  }
}

function spaceCell(cell: readonly FormatToken[]): void {
  for (let i = 0; i + 1 < cell.length; i++) {
    const before = i > 0 ? cell[i - 1] : null;
    cell[i + 1].spacesBefore = spaceAfterToken(cell[i], before, cell[i + 1]) ? 1 : 0;
  }
}

const MINUS_MEANS_NEGATION = new Set([
  "OParen", "OBrace", "OBrack", "Equal", "Colon", "Comma", "Question",
  "Plus", "Star", "Slash", "Percent", "Minus",
  "EqualOp", "NotEqual", "GreaterThan", "GreaterThanEq", "LessThan", "LessThanEq",
  "And", "Or", "Bang",
]);

const TEMPLATE_TEXT_AFTER = new Set(["QuotedLit", "StringLit", "CQuote", "CHeredoc"]);
const TEMPLATE_TEXT_SUBJECT = new Set(["QuotedLit", "StringLit", "OQuote", "OHeredoc"]);

/** Whether `subject` wants a space after it, given its neighbours (`before` is null at the start of a cell). */
export function spaceAfterToken(subject: FormatToken, before: FormatToken | null, after: FormatToken): boolean {
  const s = subject.type;
  const a = after.type;
  if (a === "Newline") return false;
  if (s === "Ident" && a === "OParen") return false;
  if ((s === "Ident" && a === "DoubleColon") || (s === "DoubleColon" && a === "Ident")) return false;
  if (s === "Dot" || a === "Dot") return false;
  if (a === "Comma" || a === "Ellipsis") return false;
  if (s === "Comma") return true;
  if (TEMPLATE_TEXT_SUBJECT.has(s) || TEMPLATE_TEXT_AFTER.has(a)) return false;
  if (s === "Ident" && subject.text === "in" && before?.type === "Ident") return true;
  if (a === "OBrack" && (s === "Ident" || s === "NumberLit" || bracketChange(subject) < 0)) return false;
  if (s === "Bang") return false;
  if (s === "Minus") return before !== null && !MINUS_MEANS_NEGATION.has(before.type);
  if (s === "OBrace" || a === "CBrace") return !(s === "OBrace" && a === "CBrace");
  if ((s === "TemplateInterp" || s === "TemplateControl") && a === "OBrace") return true;
  if (s === "CBrace" && a === "TemplateSeqEnd") return true;
  if (s === "TemplateSeqEnd" && (a === "TemplateInterp" || a === "TemplateControl")) return false;
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}
