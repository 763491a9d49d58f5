import { formatCells } from "./format-cells.js";
import { formatIndent } from "./format-indent.js";
import { linesForFormat } from "./format-lines.js";
import type { FormatToken } from "./format-token.js";
import { formatSpaces } from "./token-spacing.js";

// hclwrite's format(): the whitespace-only layout of a token stream in three passes over its
// lines (indentation, spacing within cells, alignment of cells). Only `spacesBefore` changes.

/** Lays out the tokens in place: indents lines, spaces tokens, aligns `=` signs and trailing comments. */
export function layoutTokens(tokens: readonly FormatToken[]): void {
  const lines = linesForFormat(tokens);
  formatIndent(lines);
  formatSpaces(lines);
  formatCells(lines);
}
