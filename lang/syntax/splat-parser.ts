import type { Range } from "../source/range.js";
import { rangeBetween } from "../source/range.js";
import type { AnonSymbolExpr, Expression, TraverseAttr, TraverseIndex } from "./ast.js";
import { compact } from "./ast-nodes.js";
import type { ParserState } from "./parser-state.js";
import { finishTraversal, legacyIndexStep } from "./traversal-parser.js";
import { T } from "./token-type.js";

// The attribute-only splat `source.*.a.b` (inherited from HIL): only the `.name` and legacy `.0`
// steps right after `.*` apply to each element; a later `[i]` applies to the resulting list.

/** Parses `.*` and the attribute steps after it; `dot` is the already-consumed dot before the star. */
export function parseAttrSplat(p: ParserState, from: Expression, ret: Expression, dot: number): Expression {
  const s = p.stream;
  const marker = s.read();
  const steps: (TraverseAttr | TraverseIndex)[] = [];
  const firstRange = p.nextRange();
  let lastRange: Range = p.range(marker);
  while (s.peekType() === T.Dot) {
    const stepDot = s.read();
    const next = s.peek();
    const nextType = s.typeAt(next);
    if (nextType === T.NumberLit) {
      s.read();
      steps.push(legacyIndexStep(p, stepDot, next, marker, true));
      lastRange = p.range(next);
      continue;
    }
    if (nextType !== T.Ident) {
      if (!p.recovery) reportBadSplatStep(p, next, nextType, marker);
      p.setRecovery();
      return ret;
    }
    s.read();
    steps.push({ type: "TraverseAttr", name: s.text(next), range: p.rangeFromTo(stepDot, next) });
    lastRange = p.range(next);
  }
  const markerRange = p.rangeFromTo(dot, marker);
  const item: AnonSymbolExpr = { type: "AnonSymbol", range: markerRange };
  const each: Expression =
    steps.length === 0
      ? item
      : { type: "RelativeTraversal", source: item, steps: compact(steps), range: rangeBetween(firstRange, lastRange) };
  return { type: "Splat", source: finishTraversal(ret), each, item, full: false, markerRange, range: rangeBetween(from.range, lastRange) };
}

/** hcl points "Invalid attribute name" here at the star, not at the bad token. */
function reportBadSplatStep(p: ParserState, next: number, nextType: number, marker: number): void {
  if (nextType === T.Star) {
    p.error(
      "Nested splat expression not allowed",
      "A splat expression (*) cannot be used inside another attribute-only splat expression.",
      p.range(next),
    );
  } else {
    p.error("Invalid attribute name", "An attribute name is required after a dot.", p.range(marker));
  }
}
