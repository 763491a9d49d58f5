import type { Range } from "../source/range.js";
import { rangeBetween } from "../source/range.js";
import type {
  AnonSymbolExpr,
  Expression,
  LiteralValue,
  RelativeTraversalExpr,
  ScopeTraversalExpr,
  TraverseAttr,
  TraverseIndex,
  Traversal,
} from "./ast.js";
import type { Building } from "./ast-nodes.js";
import { placeholder, templateStringValue } from "./ast-nodes.js";
import { numberLiteralValue, parseExpression, tooDeep } from "./expression-parser.js";
import type { ParserState } from "./parser-state.js";
import { parseAttrSplat } from "./splat-parser.js";
import { T } from "./token-type.js";

// Suffixes after a term: `.name`, legacy `.0`, `[key]`, and the splats `.*` and `[*]`
// (hclsyntax's parseExpressionTraversals). Static steps extend a traversal in place.

type Step = TraverseAttr | TraverseIndex;

/** Parses the suffixes after `from` and returns the combined expression. */
export function parseExpressionTraversals(p: ParserState, from: Expression): Expression {
  const s = p.stream;
  let ret = from;
  for (;;) {
    const next = s.peekType();
    if (next === T.Dot) ret = parseDotStep(p, from, ret);
    else if (next === T.OBrack) ret = parseBracketStep(p, from, ret);
    else return finishTraversal(ret);
  }
}

/**
 * Static steps are pushed onto a traversal while it grows; once it is final (returned, or wrapped
 * in another node) its step list is copied to its exact size, since the tree keeps it.
 */
export function finishTraversal(expr: Expression): Expression {
  if (expr.type === "ScopeTraversal" && expr.traversal.length > 1) {
    (expr as Building<ScopeTraversalExpr>).traversal = expr.traversal.slice() as unknown as Traversal;
  } else if (expr.type === "RelativeTraversal" && expr.steps.length > 1) {
    (expr as Building<RelativeTraversalExpr>).steps = expr.steps.slice();
  }
  return expr;
}

function parseDotStep(p: ParserState, from: Expression, ret: Expression): Expression {
  const s = p.stream;
  const dot = s.read();
  const attrTok = s.peek();
  switch (s.typeAt(attrTok)) {
    case T.Ident: {
      s.read();
      const range = p.rangeFromTo(dot, attrTok);
      return extendTraversal(ret, { type: "TraverseAttr", name: s.text(attrTok), range }, range);
    }
    case T.NumberLit:
      s.read();
      return extendTraversal(ret, legacyIndexStep(p, dot, attrTok, attrTok, false), p.rangeFromTo(dot, attrTok));
    case T.Star:
      return parseAttrSplat(p, from, ret, dot);
    default: {
      p.error("Invalid attribute name", "An attribute name is required after a dot.", p.range(attrTok));
      p.setRecovery();
      return placeholder(rangeBetween(from.range, p.range(dot)));
    }
  }
}

/**
 * A legacy `.0` index step (`numTok` after the dot). Chained indexes like `.0.1` scan as one
 * number and are rejected; `subjectTok` is where hcl points that error.
 */
export function legacyIndexStep(p: ParserState, dot: number, numTok: number, subjectTok: number, inSplat: boolean): TraverseIndex {
  const text = p.stream.text(numTok);
  const range = p.rangeFromTo(dot, numTok);
  const dotIdx = text.indexOf(".");
  if (dotIdx >= 0) {
    const pair = `[${text.slice(0, dotIdx)}][${text.slice(dotIdx + 1)}]`;
    const detail = inSplat
      ? `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax with a full splat expression [*] instead, like ${pair}.`
      : `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like ${pair}.`;
    p.error("Invalid legacy index syntax", detail, p.range(subjectTok));
    return { type: "TraverseIndex", key: { kind: "number", text }, range };
  }
  return { type: "TraverseIndex", key: numberLiteralValue(p, numTok), range };
}

function parseBracketStep(p: ParserState, from: Expression, ret: Expression): Expression {
  const s = p.stream;
  const open = s.read();
  if (s.peekType() === T.Star) return parseFullSplat(p, from, ret, open);
  s.pushIncludeNewlines(false);
  const mark = p.mark();
  const key = parseExpression(p);
  let close: number;
  if (p.recovery && p.erroredSince(mark)) {
    close = p.recover(T.CBrack);
  } else {
    close = s.read();
    if (s.typeAt(close) !== T.CBrack && !p.recovery) {
      // hcl's diagnostic points at where recovery stopped (its subject aliases the reassigned token).
      close = p.recover(T.CBrack);
      p.error("Missing close bracket on index", 'The index operator must end with a closing bracket ("]").', p.range(close));
    }
  }
  s.popIncludeNewlines();
  const range = p.rangeFromTo(open, close);
  const litKey = staticKey(key);
  if (litKey !== undefined) return extendTraversal(ret, { type: "TraverseIndex", key: litKey, range }, range);
  return { type: "Index", collection: finishTraversal(ret), key, bracketRange: range, range: rangeBetween(from.range, range) };
}

/** A literal or plain-string-template key makes a static index step. */
function staticKey(key: Expression): LiteralValue | undefined {
  if (key.type === "Literal") return key.value;
  return templateStringValue(key);
}

function parseFullSplat(p: ParserState, from: Expression, ret: Expression, open: number): Expression {
  const s = p.stream;
  if (!p.enter()) return tooDeep(p, s.peek());
  s.read();
  let close = s.read();
  if (s.typeAt(close) !== T.CBrack && !p.recovery) {
    close = p.recover(T.CBrack);
    p.error(
      "Missing close bracket on splat index",
      'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
      p.range(close),
    );
  }
  const markerRange = p.rangeFromTo(open, close);
  const item: AnonSymbolExpr = { type: "AnonSymbol", range: markerRange };
  const each = parseExpressionTraversals(p, item);
  p.leave();
  return { type: "Splat", source: finishTraversal(ret), each, item, full: true, markerRange, range: rangeBetween(from.range, each.range) };
}

/** Adds a static step: extends a scope or relative traversal in place, else starts a relative traversal. */
export function extendTraversal(expr: Expression, step: Step, range: Range): Expression {
  if (expr.type === "ScopeTraversal") {
    const t = expr as Building<ScopeTraversalExpr>;
    (t.traversal as unknown as Step[]).push(step);
    t.range = rangeBetween(t.range, range);
    return t;
  }
  if (expr.type === "RelativeTraversal") {
    const t = expr as Building<RelativeTraversalExpr>;
    (t.steps as Step[]).push(step);
    t.range = rangeBetween(t.range, range);
    return t;
  }
  return { type: "RelativeTraversal", source: expr, steps: [step], range: rangeBetween(expr.range, range) };
}
