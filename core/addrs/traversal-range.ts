import { rangeBetween, type Range } from "../../lang/source/range.js";
import type { Traverser } from "../../lang/syntax/ast.js";

/** The range covering a non-empty run of traversal steps (hcl.Traversal.SourceRange). */
export function stepsRange(steps: readonly Traverser[]): Range {
  const first = steps[0];
  if (first === undefined) throw new Error("stepsRange of an empty traversal");
  return rangeBetween(first.range, steps[steps.length - 1]!.range);
}
