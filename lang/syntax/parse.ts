import type { Diagnostic } from "../source/diagnostics.js";
import type { Pos } from "../source/range.js";
import type { ConfigFile, Expression } from "./ast.js";
import { parseBody } from "./body-parser.js";
import { parseExpression as parseExpr } from "./expression-parser.js";
import { invalidTokenDiagnostics } from "./invalid-tokens.js";
import { ParserState } from "./parser-state.js";
import type { ScanMode } from "./scanner.js";
import { scanTokens } from "./scanner.js";
import { INITIAL_POS, SourcePositions } from "./source-positions.js";
import { parseBareTemplate } from "./template-parser.js";
import { T } from "./token-type.js";

// The entry points: a whole config file, a standalone expression, a bare template. Each returns
// its result and every diagnostic (invalid characters first, then syntax errors); none throws.

/** Parses a native-syntax config file. */
export function parseConfig(source: string, filename: string): { file: ConfigFile; diagnostics: Diagnostic[] } {
  const p = start(source, filename, INITIAL_POS, "normal");
  const body = parseBody(p, T.EOF);
  const file: ConfigFile = { type: "ConfigFile", filename, source, body, range: p.positions.range(0, source.length) };
  return { file, diagnostics: p.diags };
}

/** Parses one expression (a `-var` value, a console line, an expression embedded in JSON); `start` offsets its ranges. */
export function parseExpression(
  source: string,
  filename: string,
  startPos: Pos = INITIAL_POS,
): { expr: Expression; diagnostics: Diagnostic[] } {
  const p = start(source, filename, startPos, "normal");
  const s = p.stream;
  s.pushIncludeNewlines(false);
  const expr = parseExpr(p);
  const next = s.peek();
  if (s.typeAt(next) !== T.EOF && !p.recovery) {
    p.error(
      "Extra characters after expression",
      "An expression was successfully parsed, but extra characters were found after it.",
      p.range(next),
    );
  }
  s.popIncludeNewlines();
  return { expr, diagnostics: p.diags };
}

/** Parses a bare template (no quotes), as `templatefile` and JSON strings need; exactly `${x}` gives a TemplateWrap. */
export function parseTemplate(
  source: string,
  filename: string,
  startPos: Pos = INITIAL_POS,
): { expr: Expression; diagnostics: Diagnostic[] } {
  const p = start(source, filename, startPos, "template");
  return { expr: parseBareTemplate(p), diagnostics: p.diags };
}

function start(source: string, filename: string, startPos: Pos, mode: ScanMode): ParserState {
  const tokens = scanTokens(source, mode);
  const positions = new SourcePositions(source, filename, startPos, tokens);
  const p = new ParserState(tokens, source, positions);
  p.diags.push(...invalidTokenDiagnostics(tokens, positions));
  return p;
}
