import { EvalContext } from "../hcl/eval-context.js";
import type { Traversal } from "../syntax/ast.js";
import { Value } from "../values/value.js";

// One step of a `dynamic` block's iteration (hcl ext/dynblock iteration.go): the iterator's name, the
// current key and value, and the iterations of the enclosing dynamic blocks, whose iterators stay in
// scope inside nested ones.

/** The iterator of one generated block, plus the outer iterators it inherits. */
export class Iteration {
  private constructor(
    readonly iteratorName: string,
    readonly key: Value,
    readonly value: Value,
    readonly inherited: ReadonlyMap<string, Iteration>,
  ) {}

  /** A new iteration nested inside `parent` (or at the top when there is none); it inherits the parent's iterators. */
  static child(parent: Iteration | undefined, iteratorName: string, key: Value, value: Value): Iteration {
    if (!parent) return new Iteration(iteratorName, key, value, new Map());
    const inherited = new Map(parent.inherited);
    inherited.set(parent.iteratorName, parent);
    return new Iteration(iteratorName, key, value, inherited);
  }

  /** The iterator's value as expressions see it: `{ key = ..., value = ... }`. */
  object(): Value {
    return Value.object({ key: this.key, value: this.value });
  }

  /** A child of `base` binding this iterator and every inherited one; with no base, a context of just those. */
  evalContext(base: EvalContext | null): EvalContext {
    const vars = new Map<string, Value>();
    for (const [name, it] of this.inherited) vars.set(name, it.object());
    vars.set(this.iteratorName, this.object());
    return base ? base.child(vars) : new EvalContext(vars);
  }

  /** True when a reference's root is this iterator or an inherited one (the expansion provides it). */
  provides(traversal: Traversal): boolean {
    const root = traversal[0].name;
    return root === this.iteratorName || this.inherited.has(root);
  }
}
