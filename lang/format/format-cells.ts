import type { FormatLine } from "./format-lines.js";
import type { FormatToken } from "./format-token.js";
import { columns } from "./format-token.js";

// hclwrite's alignment pass: in each run of consecutive lines that have an assignment cell the
// `=` signs line up one space after the widest lead; then, in each run of lines ending in a
// comment, the comments line up one space after the widest lead plus assignment.

/** Aligns `=` across runs of one-line assignments, then trailing comments across runs of commented lines. */
export function formatCells(lines: readonly FormatLine[]): void {
  alignRuns(
    lines,
    (l) => l.assign,
    (l) => columns(l.lead),
  );
  alignRuns(
    lines,
    (l) => l.comment,
    (l) => columns(l.lead) + columns(l.assign),
  );
}

function alignRuns(
  lines: readonly FormatLine[],
  cellOf: (l: FormatLine) => FormatToken[] | null,
  widthBefore: (l: FormatLine) => number,
): void {
  let run: FormatLine[] = [];
  const close = (): void => {
    let widest = 0;
    for (const l of run) widest = Math.max(widest, widthBefore(l));
    for (const l of run) cellOf(l)![0].spacesBefore = widest - widthBefore(l) + 1;
    run = [];
  };
  for (const line of lines) {
    if (cellOf(line) === null) {
      if (run.length > 0) close();
    } else {
      run.push(line);
    }
  }
  if (run.length > 0) close();
}
