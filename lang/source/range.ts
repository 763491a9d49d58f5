/** A position in a source file: 1-based line and column (in Unicode grapheme-ish code points), 0-based byte offset. */
export interface Pos {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

/** A span of a source file, end exclusive. The one range type used by every syntax and diagnostic. */
export interface Range {
  readonly filename: string;
  readonly start: Pos;
  readonly end: Pos;
}

/** Builds a range from its parts. */
export function makeRange(filename: string, start: Pos, end: Pos): Range {
  return { filename, start, end };
}

/** The smallest range that covers both a and b (which must be in the same file). */
export function rangeBetween(a: Range, b: Range): Range {
  const start = a.start.byte <= b.start.byte ? a.start : b.start;
  const end = a.end.byte >= b.end.byte ? a.end : b.end;
  return { filename: a.filename, start, end };
}

/** An empty range at the start of a range, used where a diagnostic points at "just here". */
export function rangeStartOf(r: Range): Range {
  return { filename: r.filename, start: r.start, end: r.start };
}

/** An empty range at the end of a range. */
export function rangeEndOf(r: Range): Range {
  return { filename: r.filename, start: r.end, end: r.end };
}

/** Formats a range the way Terraform names locations: `file:line,col-col` for one line. */
export function formatRange(r: Range): string {
  if (r.start.line === r.end.line) {
    return `${r.filename}:${r.start.line},${r.start.column}-${r.end.column}`;
  }
  return `${r.filename}:${r.start.line},${r.start.column}-${r.end.line},${r.end.column}`;
}
