import type { FormatLine } from "./format-lines.js";
import { bracketChange } from "./format-token.js";

// hclwrite's indentation pass: each line's net bracket count pushes or pops an indent stack, and
// the first token of the line gets two spaces per level. Lines that close brackets opened on
// several earlier lines pop as many levels as they close, which keeps lopsided input sensible.

/** Sets the leading spaces of every line from the bracket nesting of the lines before it. */
export function formatIndent(lines: readonly FormatLine[]): void {
  const indents: number[] = [];
  for (const line of lines) {
    if (line.lead.length === 0) continue;
    const first = line.lead[0];
    if (first.type === "Newline") {
      first.spacesBefore = 0;
      continue;
    }
    const net = lineBrackets(line);
    if (net < 0) closeLevels(indents, -net);
    first.spacesBefore = 2 * indents.length;
    if (net > 0) indents.push(net);
  }
}

/** Bracket changes on a line; in the lead, counting stops at a heredoc opener. */
function lineBrackets(line: FormatLine): number {
  let net = 0;
  for (const t of line.lead) {
    net += bracketChange(t);
    if (t.type === "OHeredoc") break;
  }
  for (const t of line.assign ?? []) net += bracketChange(t);
  return net;
}

function closeLevels(indents: number[], closed: number): void {
  while (closed > 0 && indents.length > 0) {
    const top = indents[indents.length - 1];
    if (closed < top) {
      indents[indents.length - 1] = top - closed;
      return;
    }
    indents.pop();
    closed -= top;
  }
}
