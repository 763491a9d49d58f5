import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { rangeBetween, type Pos, type Range } from "../../lang/source/range.js";
import type { TraverseAttr, TraverseIndex, Traversal, TraverseRoot } from "../../lang/syntax/ast.js";
import { numberLiteralValue } from "../../lang/syntax/expression-parser.js";
import { invalidTokenDiagnostics } from "../../lang/syntax/invalid-tokens.js";
import { ParserState } from "../../lang/syntax/parser-state.js";
import { scanTokens } from "../../lang/syntax/scanner.js";
import { SourcePositions } from "../../lang/syntax/source-positions.js";
import { decodeStringLiteral } from "../../lang/syntax/string-literal.js";
import { T } from "../../lang/syntax/token-type.js";
import { goQuote } from "../../lang/text/go-quote.js";

// hclsyntax.ParseTraversalAbs: a traversal written inside a string, as Terraform reads the legacy
// quoted references (`depends_on = ["aws_instance.a"]`) and references in JSON-syntax strings. The
// result may be partial: hcl returns the steps read before the first error, and Terraform uses them.

/** The steps read (undefined when not even the root name was) and hcl's diagnostics. */
export interface ParsedTraversal {
  readonly traversal?: Traversal;
  readonly diagnostics: Diagnostic[];
}

/** Parses `src` (starting at `start` in `filename`) as an absolute traversal. */
export function parseTraversalAbs(src: string, filename: string, start: Pos): ParsedTraversal {
  const tokens = scanTokens(src, "normal");
  const positions = new SourcePositions(src, filename, start, tokens);
  const p = new ParserState(tokens, src, positions);
  p.stream.pushIncludeNewlines(false);
  const traversal = readTraversal(p);
  const diagnostics = [...invalidTokenDiagnostics(tokens, positions), ...p.diags];
  return traversal ? { traversal, diagnostics } : { diagnostics };
}

type Step = TraverseAttr | TraverseIndex;

function readTraversal(p: ParserState): Traversal | undefined {
  const s = p.stream;
  const varTok = s.read();
  if (s.typeAt(varTok) !== T.Ident) {
    p.error("Variable name required", "Must begin with a variable name.", p.range(varTok));
    return undefined;
  }
  const root: TraverseRoot = { type: "TraverseRoot", name: s.text(varTok), range: p.range(varTok) };
  const steps: Step[] = [];
  while (s.peekType() !== T.EOF) {
    const step = readStep(p, root.range);
    if (step) steps.push(step);
    if (!step || hasErrors(p.diags)) break;
  }
  return [root, ...steps];
}

function readStep(p: ParserState, rootRange: Range): Step | undefined {
  const type = p.stream.peekType();
  if (type === T.Dot) return readAttr(p, rootRange);
  if (type === T.OBrack) return readIndex(p, rootRange);
  return badCharacter(p, rootRange);
}

function readAttr(p: ParserState, rootRange: Range): Step | undefined {
  const s = p.stream;
  const dot = s.read();
  const name = s.read();
  if (s.typeAt(name) === T.Ident) return { type: "TraverseAttr", name: s.text(name), range: p.rangeFromTo(dot, name) };
  const detail = s.typeAt(name) === T.Star ? "Splat expressions (.*) may not be used here." : "Dot must be followed by attribute name.";
  p.error("Attribute name required", detail, p.range(name), rangeBetween(rootRange, p.range(name)));
  return undefined;
}

function readIndex(p: ParserState, rootRange: Range): Step | undefined {
  const s = p.stream;
  const open = s.read();
  const next = s.peek();
  const type = s.typeAt(next);
  if (type !== T.NumberLit && type !== T.OQuote) {
    const star = type === T.Star;
    const summary = star ? "Attribute name required" : "Index value required";
    const detail = star
      ? "Splat expressions ([*]) may not be used here."
      : "Index brackets must contain either a literal number or a literal string.";
    p.error(summary, detail, p.range(next), rangeBetween(rootRange, p.range(next)));
    return undefined;
  }
  const key = type === T.NumberLit ? numberLiteralValue(p, s.read()) : { kind: "string" as const, value: readQuoted(p) };
  const close = s.read();
  if (s.typeAt(close) !== T.CBrack) {
    p.error("Unclosed index brackets", "Index key must be followed by a closing bracket.", p.range(close), p.rangeFromTo(open, close));
  }
  return { type: "TraverseIndex", key, range: p.rangeFromTo(open, close) };
}

function badCharacter(p: ParserState, rootRange: Range): undefined {
  const next = p.stream.peek();
  p.error("Invalid character", "Expected an attribute access or an index operator.", p.range(next), rangeBetween(rootRange, p.range(next)));
  return undefined;
}

/** A quoted string literal (hcl's parseQuotedStringLiteral): no template sequences. */
function readQuoted(p: ParserState): string {
  const s = p.stream;
  const open = s.read();
  let out = "";
  for (;;) {
    const tok = s.read();
    const type = s.typeAt(tok);
    if (type === T.CQuote) return out;
    if (type === T.QuotedLit) {
      out += decodeStringLiteral(p, tok, true);
      continue;
    }
    if (type === T.TemplateInterp || type === T.TemplateControl) {
      const which = type === T.TemplateInterp ? "$" : "%";
      const detail = `Template sequences are not allowed in this string. To include a literal ${goQuote(which)}, double it (as "${which}${which}") to escape it.`;
      p.diags.push(errorDiag("Invalid string literal", detail, p.range(tok), p.rangeFromTo(open, tok)));
    } else if (type === T.EOF) {
      const detail = "Unable to find the closing quote mark before the end of the file.";
      p.diags.push(errorDiag("Unterminated string literal", detail, p.range(tok), p.rangeFromTo(open, tok)));
    } else {
      p.diags.push(errorDiag("Invalid string literal", "This item is not valid in a string literal.", p.range(tok), p.rangeFromTo(open, tok)));
    }
    return out;
  }
}
