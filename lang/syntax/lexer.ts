import type { Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import { invalidTokenDiagnostics } from "./invalid-tokens.js";
import { scanTokens } from "./scanner.js";
import { INITIAL_POS, SourcePositions } from "./source-positions.js";
import type { TokenTypeName } from "./token-type.js";
import { tokenTypeName } from "./token-type.js";

// The full token stream of a file, comments and newlines included, for tools that work on tokens
// rather than the AST (a `terraform fmt` clone, as hclwrite works on hclsyntax's tokens). Every
// character is in some token except spaces and tabs between tokens (and a leading BOM).

/** One token: its kind, its exact source text and where it is. */
export interface SourceToken {
  readonly type: TokenTypeName;
  readonly text: string;
  readonly range: Range;
}

/** Splits a config file into tokens; the last token is EOF. Diagnostics are for invalid characters. */
export function lexConfig(source: string, filename: string): { tokens: SourceToken[]; diagnostics: Diagnostic[] } {
  const buffer = scanTokens(source, "normal");
  const positions = new SourcePositions(source, filename, INITIAL_POS, buffer);
  const tokens: SourceToken[] = [];
  for (let i = 0; i < buffer.count; i++) {
    const start = buffer.starts[i];
    const end = buffer.ends[i];
    tokens.push({ type: tokenTypeName(buffer.types[i]), text: source.slice(start, end), range: positions.range(start, end) });
  }
  return { tokens, diagnostics: invalidTokenDiagnostics(buffer, positions) };
}
