import type { Range } from "../source/range.js";
import type { Block, Body, ConfigFile, SourceToken } from "../syntax/index.js";
import type { FormatToken } from "./format-token.js";
import { unwrapInterpolation } from "./interpolation-unwrap.js";
import { modernizeTypeExpr } from "./legacy-type.js";
import { quotedLabelTokens } from "./quoted-label.js";

// Terraform's own fmt rewrites (formatBody in internal/command/fmt.go), applied to the token
// stream with the AST locating each attribute's value and each block's labels the way hclwrite
// partitions tokens by source range: interpolation-only values are unwrapped, legacy variable
// types modernised, and block labels re-written in quoted form.

interface TokenEdit {
  readonly start: number;
  readonly end: number;
  readonly tokens: FormatToken[];
}

/** The token stream with Terraform's rewrites applied; `source` and `tokens` correspond index by index. */
export function applyTerraformRewrites(file: ConfigFile, source: readonly SourceToken[], tokens: readonly FormatToken[]): FormatToken[] {
  const edits: TokenEdit[] = [];
  const finder = new TokenFinder(source);
  collectBodyEdits(file.body, [], finder, tokens, edits);
  edits.sort((a, b) => a.start - b.start);
  const out: FormatToken[] = [];
  let next = 0;
  for (const e of edits) {
    for (let i = next; i < e.start; i++) out.push(tokens[i]);
    for (const t of e.tokens) out.push(t);
    next = e.end;
  }
  for (let i = next; i < tokens.length; i++) out.push(tokens[i]);
  return out;
}

function collectBodyEdits(body: Body, inBlocks: readonly string[], finder: TokenFinder, tokens: readonly FormatToken[], edits: TokenEdit[]): void {
  for (const item of body.items) {
    if (item.type === "Block") {
      const labels = labelEdit(item, finder, tokens);
      if (labels !== null) edits.push(labels);
      collectBodyEdits(item.body, [...inBlocks, item.blockType], finder, tokens, edits);
      continue;
    }
    const [start, end] = finder.partition(item.expr.range);
    const exprTokens = tokens.slice(start, end);
    const isVariableType = inBlocks.length === 1 && inBlocks[0] === "variable" && item.name === "type";
    const replacement = isVariableType ? modernizeTypeExpr(exprTokens) : unwrapInterpolation(exprTokens);
    if (replacement !== null) edits.push({ start, end, tokens: replacement });
  }
}

/** Replaces everything from after the block type to the last label with freshly quoted labels. */
function labelEdit(block: Block, finder: TokenFinder, tokens: readonly FormatToken[]): TokenEdit | null {
  if (block.labelRanges.length === 0) return null;
  const start = finder.partition(block.typeRange)[1];
  let end = start;
  const replacement: FormatToken[] = [];
  block.labelRanges.forEach((range, i) => {
    const [from, to] = finder.partition(range);
    end = to;
    if (labelSurvives(tokens.slice(from, to))) replacement.push(...quotedLabelTokens(block.labels[i]));
  });
  return { start, end, tokens: replacement };
}

/**
 * Whether hclwrite can read the label back (blockLabels.Current): an identifier, `""`, or a quoted
 * literal that hclsyntax scans as a single token. hclsyntax splits literal text at every `$` and
 * `%`, so such labels are silently dropped by Terraform; we reproduce that.
 */
function labelSurvives(label: readonly FormatToken[]): boolean {
  if (label.length === 1) return label[0].type === "Ident";
  if (label.length === 2) return label[0].type === "OQuote" && label[1].type === "CQuote";
  if (label.length !== 3 || label[0].type !== "OQuote" || label[1].type !== "QuotedLit" || label[2].type !== "CQuote") return false;
  const text = label[1].text;
  return text === "$" || text === "%" || !/[$%]/.test(text);
}

/** Finds token index ranges for source ranges, as hclwrite's partitionTokens does. */
class TokenFinder {
  private readonly starts: number[];

  constructor(tokens: readonly SourceToken[]) {
    this.starts = tokens.map((t) => t.range.start.byte);
  }

  /** [first token starting at or after range start, first token starting at or after range end). */
  partition(range: Range): [number, number] {
    const start = this.firstAtOrAfter(range.start.byte, 0);
    return [start, this.firstAtOrAfter(range.end.byte, start)];
  }

  private firstAtOrAfter(byte: number, from: number): number {
    let lo = from;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
