import type { Range } from "../source/range.js";
import { formatRange, rangeBetween, rangeEndOf } from "../source/range.js";
import type { Attribute, Block, Body } from "./ast.js";
import { parseBlock } from "./block-parser.js";
import { parseExpression } from "./expression-parser.js";
import { compact } from "./ast-nodes.js";
import { goQuote } from "../text/go-quote.js";
import type { ParserState } from "./parser-state.js";
import { T } from "./token-type.js";

// Bodies: a sequence of `name = expr` attributes and blocks, each ending with a newline
// (hclsyntax's ParseBody, ParseBodyItem and finishParsingBodyAttribute).

/** Accumulates a body's items, dropping (and reporting) repeated attribute names. */
export class BodyItems {
  readonly attributes: Attribute[] = [];
  readonly blocks: Block[] = [];
  readonly items: (Attribute | Block)[] = [];
  /** Built only once a body has many attributes; small bodies are searched directly. */
  private byName: Map<string, Attribute> | null = null;

  constructor(private readonly p: ParserState) {}

  add(item: Attribute | Block | null): void {
    if (item === null) return;
    if (item.type === "Block") {
      this.blocks.push(item);
      this.items.push(item);
      return;
    }
    const existing = this.find(item.name);
    if (existing !== undefined) {
      this.p.error(
        "Attribute redefined",
        `The argument ${goQuote(item.name)} was already set at ${formatRange(existing.nameRange)}. Each argument may be set only once.`,
        item.nameRange,
      );
      return;
    }
    this.byName?.set(item.name, item);
    this.attributes.push(item);
    this.items.push(item);
  }

  private find(name: string): Attribute | undefined {
    if (this.byName !== null) return this.byName.get(name);
    const attrs = this.attributes;
    if (attrs.length < 16) return attrs.find((a) => a.name === name);
    this.byName = new Map(attrs.map((a) => [a.name, a]));
    return this.byName.get(name);
  }

  /** The finished body node. */
  body(range: Range, endRange: Range): Body {
    return {
      type: "Body",
      attributes: compact(this.attributes),
      blocks: compact(this.blocks),
      items: compact(this.items),
      range,
      endRange,
    };
  }
}

/** Parses items up to the token kind `end` (EOF for a file, `}` for a block) and consumes it. */
export function parseBody(p: ParserState, end: number): Body {
  const s = p.stream;
  const startRange = p.prevRange();
  const items = new BodyItems(p);
  let endRange: Range;
  for (;;) {
    const next = s.peek();
    const type = s.typeAt(next);
    if (type === end) {
      endRange = p.range(next);
      s.read();
      break;
    }
    if (type === T.Newline) {
      s.read();
    } else if (type === T.Ident) {
      items.add(parseBodyItem(p));
    } else {
      const bad = s.read();
      if (!p.recovery) reportBadBodyToken(p, bad, end, startRange);
      endRange = p.prevRange();
      p.recover(end);
      break;
    }
  }
  return items.body(rangeBetween(startRange, endRange), rangeEndOf(endRange));
}

function reportBadBodyToken(p: ParserState, bad: number, end: number, startRange: Range): void {
  const type = p.stream.typeAt(bad);
  if (type === T.OQuote) {
    p.error("Invalid argument name", "Argument names must not be quoted.", p.range(bad));
  } else if (type === T.EOF && end === T.CBrace) {
    p.error(
      "Unclosed configuration block",
      "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
      startRange,
    );
  } else if (type === T.EOF) {
    p.error("Unclosed configuration body", "Found end of file before the end of this configuration body.", startRange);
  } else {
    p.error("Argument or block definition required", "An argument or block definition is required here.", p.range(bad));
  }
}

/** Parses one attribute or block; the next token is its name. Returns null after a reported error. */
export function parseBodyItem(p: ParserState): Attribute | Block | null {
  const s = p.stream;
  const ident = s.read();
  if (!p.enter()) {
    p.tooDeep(p.range(ident));
    p.recoverAfterBodyItem();
    return null;
  }
  const item = parseItemAfterName(p, ident);
  p.leave();
  return item;
}

function parseItemAfterName(p: ParserState, ident: number): Attribute | Block | null {
  const s = p.stream;
  switch (s.peekType()) {
    case T.Equal:
      return finishAttribute(p, ident, false);
    case T.OQuote:
    case T.OBrace:
    case T.Ident:
      return parseBlock(p, ident);
    default:
      p.recoverAfterBodyItem();
      p.error(
        "Argument or block definition required",
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
        p.range(ident),
      );
      return null;
  }
}

/** Parses `= expr` after the name `ident`, then (unless `singleLine`) the newline that ends it. */
export function finishAttribute(p: ParserState, ident: number, singleLine: boolean): Attribute {
  const s = p.stream;
  const eq = s.read();
  const mark = p.mark();
  const expr = parseExpression(p);
  let endRange = p.prevRange();
  if (p.recovery && p.erroredSince(mark)) {
    p.recoverAfterBodyItem();
  } else if (!singleLine) {
    const end = s.peek();
    const endType = s.typeAt(end);
    if (endType !== T.Newline && endType !== T.EOF) {
      if (!p.recovery) reportMissingNewline(p, ident, end, endType === T.Comma);
      p.recoverAfterBodyItem();
    } else {
      s.read();
    }
  }
  const nameRange = p.range(ident);
  return {
    type: "Attribute",
    name: s.text(ident),
    nameRange,
    equalsRange: p.range(eq),
    expr,
    range: rangeBetween(nameRange, endRange),
  };
}

function reportMissingNewline(p: ParserState, ident: number, end: number, comma: boolean): void {
  const detail = "An argument definition must end with a newline.";
  p.error(
    comma ? "Unexpected comma after argument" : "Missing newline after argument",
    comma ? `Argument definitions must be separated by newlines, not commas. ${detail}` : detail,
    p.range(end),
    p.rangeFromTo(ident, end),
  );
}
