import type { EvalContext } from "../hcl/eval-context.js";
import type { EvalResult, Expression } from "../hcl/expression.js";
import type { Range } from "../source/range.js";
import type { Traversal } from "../syntax/ast.js";
import { Mark, type Marks } from "../values/marks.js";
import type { Value } from "../values/value.js";
import type { Iteration } from "./iteration.js";

// The expressions a generated block's attributes carry (hcl ext/dynblock expr_wrap.go and hcl's
// StaticExpr): the original expression with the iterators layered over whatever context the caller
// evaluates it in, and a fixed value standing in for an expression whose block could not be expanded.

/**
 * An attribute expression inside a generated block: evaluates in the caller's context plus the
 * iterators, marks its result with the for_each value's marks, and hides iterator references.
 */
export class IteratedExpression implements Expression {
  constructor(
    readonly wrapped: Expression,
    private readonly iteration: Iteration | undefined,
    private readonly resultMarks: Marks,
  ) {}

  get range(): Range {
    return this.wrapped.range;
  }

  get startRange(): Range {
    return this.wrapped.startRange;
  }

  /** Evaluates the original expression with the iterators bound over `ctx`. */
  value(ctx: EvalContext | null): EvalResult {
    const inner = this.iteration ? this.iteration.evalContext(ctx) : ctx;
    const r = this.wrapped.value(inner);
    return { value: r.value.mark(this.resultMarks), diagnostics: r.diagnostics };
  }

  /** The original references minus those to iterators, which the expansion itself provides. */
  variables(): Traversal[] {
    const all = this.wrapped.variables();
    const it = this.iteration;
    return it ? all.filter((t) => !it.provides(t)) : all;
  }
}

/** An expression with a fixed value and no references (hcl.StaticExpr), keeping the source range. */
export class StaticExpression implements Expression {
  readonly startRange: Range;

  constructor(
    private readonly fixed: Value,
    readonly range: Range,
  ) {
    this.startRange = range;
  }

  /** The fixed value, whatever the context. */
  value(): EvalResult {
    return { value: this.fixed, diagnostics: [] };
  }

  /** Nothing: a fixed value refers to nothing. */
  variables(): Traversal[] {
    return [];
  }
}

/** True when attribute expressions need an IteratedExpression: there is an iteration or marks to apply. */
export function needsWrapping(iteration: Iteration | undefined, marks: Marks): boolean {
  return iteration !== undefined || marks !== Mark.None;
}
