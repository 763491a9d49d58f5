import type { EvalContext } from "../hcl/eval-context.js";
import type { EvalResult, Expression } from "../hcl/expression.js";
import type { Range } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { evaluate } from "./evaluate.js";
import { references } from "./references.js";
import { startRange } from "./start-range.js";

/**
 * A native-syntax expression behind the syntax-independent Expression interface, so configuration code
 * can keep it unevaluated and evaluate it later in the right context.
 */
export class NativeExpression implements Expression {
  /** The whole expression. */
  readonly range: Range;
  /** Where diagnostics about the expression as a whole point. */
  readonly startRange: Range;

  constructor(readonly node: ast.Expression) {
    this.range = node.range;
    this.startRange = startRange(node);
  }

  /** Evaluates the expression; `ctx` null means no variables and no functions. */
  value(ctx: EvalContext | null): EvalResult {
    return evaluate(this.node, ctx);
  }

  /** Every reference the expression makes, in source order. */
  variables(): ast.Traversal[] {
    return references(this.node);
  }
}
