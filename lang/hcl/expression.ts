import type { Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import type { Traversal } from "../syntax/ast.js";
import type { Value } from "../values/value.js";
import type { EvalContext } from "./eval-context.js";

/** The result of evaluating an expression: always a value (DynamicVal when it failed) plus diagnostics. */
export interface EvalResult {
  readonly value: Value;
  readonly diagnostics: Diagnostic[];
}

/**
 * An expression of either syntax (native or JSON), unevaluated. Configuration code keeps these and
 * evaluates them later in the right context.
 */
export interface Expression {
  /** Evaluates the expression; `ctx` null means no variables and no functions are available. */
  value(ctx: EvalContext | null): EvalResult;
  /** Every reference the expression makes, found statically (graph edges come from these). */
  variables(): Traversal[];
  /** The whole expression. */
  readonly range: Range;
  /** The start of the expression, for diagnostics about it as a whole. */
  readonly startRange: Range;
}
