import type { Range } from "../source/range.js";
import { rangeBetween } from "../source/range.js";
import type { Expression } from "./ast.js";
import { compact, placeholder } from "./ast-nodes.js";
import { parseExpression } from "./expression-parser.js";
import type { ParserState } from "./parser-state.js";
import { T } from "./token-type.js";

// Function calls: `name(args)`, namespaced `provider::aws::name(args)`, and `...` expanding the
// final argument (hclsyntax's finishParsingFunctionCall).

/** Parses a call whose name token `nameTok` was consumed; the next token is `(` or `::`. */
export function parseFunctionCall(p: ParserState, nameTok: number): Expression {
  const s = p.stream;
  let openTok = s.read();
  let name = s.text(nameTok);
  let nameEnd = nameTok;
  while (s.typeAt(openTok) === T.DoubleColon) {
    const nextName = s.read();
    if (s.typeAt(nextName) !== T.Ident) {
      const subject = p.range(nextName);
      p.error(
        "Missing function name",
        "Function scope resolution symbol :: must be followed by a function name in this scope.",
        subject,
        p.rangeFromTo(nameTok, nextName),
      );
      p.recoverOver(T.OParen);
      return placeholder(p.rangeFromTo(nameTok, nextName));
    }
    name = `${name}::${s.text(nextName)}`;
    nameEnd = nextName;
    openTok = s.read();
  }
  if (s.typeAt(openTok) !== T.OParen) {
    p.error(
      "Missing open parenthesis",
      "Function selector must be followed by an open parenthesis to begin the function call.",
      p.range(openTok),
      p.rangeFromTo(nameTok, openTok),
    );
    p.recoverOver(T.OParen);
    return placeholder(p.rangeFromTo(nameTok, openTok));
  }
  const nameRange = p.rangeFromTo(nameTok, nameEnd);
  s.pushIncludeNewlines(false);
  const { args, expandFinal, closeRange } = parseArguments(p, nameTok, openTok);
  s.popIncludeNewlines();
  const openParenRange = p.range(openTok);
  return {
    type: "FunctionCall",
    name,
    nameRange,
    args: compact(args),
    expandFinal,
    openParenRange,
    closeParenRange: closeRange,
    range: rangeBetween(nameRange, closeRange),
  };
}

interface Arguments {
  args: Expression[];
  expandFinal: boolean;
  closeRange: Range;
}

function parseArguments(p: ParserState, nameTok: number, openTok: number): Arguments {
  const s = p.stream;
  const args: Expression[] = [];
  // hcl leaves the close range empty (zero) when recovery finds no parenthesis; we use the
  // opening one so the call's range stays inside the file.
  let close = openTok;
  for (;;) {
    if (s.peekType() === T.CParen) {
      close = s.read();
      break;
    }
    const mark = p.mark();
    args.push(parseExpression(p));
    if (p.recovery && p.erroredSince(mark)) {
      const recovered = p.recover(T.CParen);
      if (s.typeAt(recovered) === T.CParen) close = recovered;
      break;
    }
    const sep = s.read();
    const sepType = s.typeAt(sep);
    if (sepType === T.CParen) {
      close = sep;
      break;
    }
    if (sepType === T.Ellipsis) {
      return { args, expandFinal: true, closeRange: p.range(finishExpansion(p, nameTok, sep)) };
    }
    if (sepType !== T.Comma) {
      reportBadSeparator(p, nameTok, openTok, sep);
      close = p.recover(T.CParen);
      break;
    }
    if (s.peekType() === T.CParen) {
      close = s.read();
      break;
    }
  }
  return { args, expandFinal: false, closeRange: p.range(close) };
}

/** After `...` only the closing parenthesis may follow. Returns the closing token. */
function finishExpansion(p: ParserState, nameTok: number, ellipsis: number): number {
  const s = p.stream;
  if (s.peekType() === T.CParen) return s.read();
  if (!p.recovery) {
    p.error(
      "Missing closing parenthesis",
      "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
      p.range(ellipsis),
      p.rangeFromTo(nameTok, ellipsis),
    );
  }
  return p.recover(T.CParen);
}

function reportBadSeparator(p: ParserState, nameTok: number, openTok: number, sep: number): void {
  if (p.stream.typeAt(sep) === T.EOF) {
    p.error(
      "Unterminated function call",
      "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
      p.rangeFromTo(nameTok, openTok),
    );
    return;
  }
  p.error(
    "Missing argument separator",
    "A comma is required to separate each function argument from the next.",
    p.range(sep),
    p.rangeFromTo(nameTok, sep),
  );
}
