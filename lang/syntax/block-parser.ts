import type { Range } from "../source/range.js";
import { rangeBetween, rangeEndOf } from "../source/range.js";
import type { Block, Body } from "./ast.js";
import { BodyItems, finishAttribute, parseBody } from "./body-parser.js";
import { compact } from "./ast-nodes.js";
import { goQuote } from "../text/go-quote.js";
import type { ParserState } from "./parser-state.js";
import { decodeStringLiteral } from "./string-literal.js";
import { T } from "./token-type.js";

// Blocks: `type "label" label { body }`, including the one-line form `a { b = 1 }` that may hold a
// single argument (hclsyntax's finishParsingBodyBlock and parseSingleAttrBody).

/** Parses a block whose type name `ident` was consumed. */
export function parseBlock(p: ParserState, ident: number): Block {
  const s = p.stream;
  const labels: string[] = [];
  const labelRanges: Range[] = [];
  for (;;) {
    const tok = s.peek();
    const type = s.typeAt(tok);
    if (type === T.OBrace) break;
    if (type === T.OQuote) {
      const [label, range] = parseQuotedLabel(p);
      labels.push(label);
      labelRanges.push(range);
    } else if (type === T.Ident) {
      s.read();
      labels.push(s.text(tok));
      labelRanges.push(p.range(tok));
    } else {
      return badBlockHeader(p, ident, tok, labels, labelRanges);
    }
  }
  const oBrace = s.read();
  const bodyMark = p.mark();
  const body = parseBlockBody(p, ident, oBrace, bodyMark);
  const closeBraceRange = p.prevRange();
  const eol = s.peek();
  const eolType = s.typeAt(eol);
  if (eolType === T.Newline || eolType === T.EOF) {
    s.read();
  } else {
    if (!p.recovery) {
      p.error(
        "Missing newline after block definition",
        "A block definition must end with a newline.",
        p.range(eol),
        p.rangeFromTo(ident, eol),
      );
    }
    p.recoverAfterBodyItem();
  }
  const typeRange = p.range(ident);
  return {
    type: "Block",
    blockType: s.text(ident),
    typeRange,
    labels: compact(labels),
    labelRanges: compact(labelRanges),
    body: body ?? new BodyItems(p).body(rangeBetween(p.range(oBrace), closeBraceRange), closeBraceRange),
    openBraceRange: p.range(oBrace),
    closeBraceRange,
    range: rangeBetween(typeRange, closeBraceRange),
  };
}

function badBlockHeader(p: ParserState, ident: number, tok: number, labels: string[], labelRanges: Range[]): Block {
  const type = p.stream.typeAt(tok);
  const context = p.rangeFromTo(ident, tok);
  if (type === T.Equal) {
    p.error(
      "Invalid block definition",
      'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
      p.range(tok),
      context,
    );
  } else if (type === T.Newline) {
    p.error(
      "Invalid block definition",
      'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
      p.range(tok),
      context,
    );
  } else if (!p.recovery) {
    p.error(
      "Invalid block definition",
      'Either a quoted string block label or an opening brace ("{") is expected here.',
      p.range(tok),
      context,
    );
  }
  p.recoverAfterBodyItem();
  const typeRange = p.range(ident);
  const endRange = labelRanges.length > 0 ? labelRanges[labelRanges.length - 1] : typeRange;
  return {
    type: "Block",
    blockType: p.stream.text(ident),
    typeRange,
    labels,
    labelRanges,
    body: new BodyItems(p).body(typeRange, typeRange),
    openBraceRange: typeRange,
    closeBraceRange: endRange,
    range: rangeBetween(typeRange, endRange),
  };
}

/** The block's body after `{`: multi-line, or a single argument closed on the same line. */
function parseBlockBody(p: ParserState, ident: number, oBrace: number, bodyMark: number): Body | null {
  const s = p.stream;
  const first = s.peekType();
  if (first === T.Newline || first === T.EOF || first === T.CBrace) return parseBody(p, T.CBrace);
  const body = parseSingleAttrBody(p);
  const next = s.peek();
  const nextType = s.typeAt(next);
  if (nextType === T.CBrace) {
    s.read();
    return body;
  }
  // hcl reports these before the diagnostics from inside the body.
  if (nextType === T.Comma) {
    p.errorAt(
      bodyMark,
      "Invalid single-argument block definition",
      "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
      p.range(next),
    );
  } else if (nextType === T.Newline) {
    p.errorAt(
      bodyMark,
      "Invalid single-argument block definition",
      "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
      p.range(next),
    );
  } else if (!p.recovery && nextType === T.EOF) {
    p.errorAt(
      bodyMark,
      "Unclosed configuration block",
      "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
      p.range(oBrace),
      p.rangeFromTo(ident, oBrace),
    );
  } else if (!p.recovery) {
    p.errorAt(
      bodyMark,
      "Invalid single-argument block definition",
      "A single-line block definition must end with a closing brace immediately after its single argument definition.",
      p.range(next),
    );
  }
  p.recover(T.CBrace);
  return body;
}

function parseSingleAttrBody(p: ParserState): Body | null {
  const s = p.stream;
  const ident = s.read();
  if (s.typeAt(ident) !== T.Ident) {
    p.recoverAfterBodyItem();
    p.error("Argument or block definition required", "An argument or block definition is required here.", p.range(ident));
    return null;
  }
  const next = s.peek();
  const nextType = s.typeAt(next);
  if (nextType === T.Equal) {
    const items = new BodyItems(p);
    const attr = finishAttribute(p, ident, true);
    items.add(attr);
    return items.body(attr.range, rangeEndOf(attr.range));
  }
  p.recoverAfterBodyItem();
  if (nextType === T.OQuote || nextType === T.OBrace || nextType === T.Ident) {
    p.error(
      "Argument definition required",
      `A single-line block definition can contain only a single argument. If you meant to define argument ${goQuote(s.text(ident))}, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
      p.rangeFromTo(ident, next),
    );
  } else {
    p.error(
      "Argument or block definition required",
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      p.range(ident),
    );
  }
  return null;
}

/** A block label in quotes: no template sequences allowed. Returns the label and its range. */
function parseQuotedLabel(p: ParserState): [string, Range] {
  const s = p.stream;
  const oQuote = s.read();
  let label = "";
  for (;;) {
    const tok = s.read();
    const type = s.typeAt(tok);
    if (type === T.CQuote) return [label, p.rangeFromTo(oQuote, tok)];
    if (type === T.QuotedLit) {
      label += decodeStringLiteral(p, tok, true);
    } else if (type === T.TemplateInterp || type === T.TemplateControl) {
      const which = type === T.TemplateInterp ? "$" : "%";
      p.error(
        "Invalid string literal",
        `Template sequences are not allowed in this string. To include a literal ${goQuote(which)}, double it (as "${which}${which}") to escape it.`,
        p.range(tok),
        p.rangeFromTo(oQuote, tok),
      );
      label += `${which}{ ... }`;
      p.recover(T.TemplateSeqEnd);
    } else if (type === T.EOF) {
      p.error(
        "Unterminated string literal",
        "Unable to find the closing quote mark before the end of the file.",
        p.range(tok),
        p.rangeFromTo(oQuote, tok),
      );
      return [label, p.rangeFromTo(oQuote, tok)];
    } else {
      p.error("Invalid string literal", "This item is not valid in a string literal.", p.range(tok), p.rangeFromTo(oQuote, tok));
      p.recover(T.CQuote);
      return [label, p.rangeFromTo(oQuote, tok)];
    }
  }
}
