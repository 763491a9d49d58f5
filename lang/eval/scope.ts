import { EvalContext } from "../hcl/eval-context.js";
import type { EvalResult } from "../hcl/expression.js";
import type * as ast from "../syntax/ast.js";
import type { Value } from "../values/value.js";

/** Evaluates one node in a scope: the dispatcher of evaluate.ts, carried by every scope. */
export type NodeEvaluator = (expr: ast.Expression, scope: Scope) => EvalResult;

/**
 * Where an expression is evaluated: the caller's context (null: no variables, no functions), the
 * values currently bound to splat placeholders, and the evaluator that dispatches on node types.
 */
export class Scope {
  constructor(
    readonly ctx: EvalContext | null,
    private readonly evaluator: NodeEvaluator,
    private readonly anon: ReadonlyMap<ast.AnonSymbolExpr, Value> = new Map(),
  ) {}

  /** Evaluates a node in this scope. */
  eval(expr: ast.Expression): EvalResult {
    return this.evaluator(expr, this);
  }

  /** A scope whose context adds (or shadows) variables, as a for expression's iteration does. */
  withVariables(variables: ReadonlyMap<string, Value>): Scope {
    const ctx = this.ctx ? this.ctx.child(variables) : new EvalContext(variables);
    return new Scope(ctx, this.evaluator, this.anon);
  }

  /** A scope in which a splat's placeholder stands for the given element. */
  withAnon(symbol: ast.AnonSymbolExpr, value: Value): Scope {
    const anon = new Map(this.anon);
    anon.set(symbol, value);
    return new Scope(this.ctx, this.evaluator, anon);
  }

  /** The element a splat placeholder currently stands for, if any. */
  anonValue(symbol: ast.AnonSymbolExpr): Value | undefined {
    return this.anon.get(symbol);
  }

  /** True when function calls are allowed: some context in the chain provides functions. */
  get functionsAllowed(): boolean {
    for (let c: EvalContext | undefined = this.ctx ?? undefined; c; c = c.parent) {
      if (c.functions.size > 0) return true;
    }
    return false;
  }
}
