import type { FuncContext, FunctionSpec } from "../funcs/function.js";
import type { Value } from "../values/value.js";

/**
 * What an expression may refer to: root variables (`var`, `local`, `each`, `count`, `path`...) and
 * functions. Child contexts (for expressions, templates) shadow their parent's variables.
 */
export class EvalContext {
  constructor(
    readonly variables: ReadonlyMap<string, Value> = new Map(),
    readonly functions: ReadonlyMap<string, FunctionSpec> = new Map(),
    readonly funcContext: FuncContext = { baseDir: "." },
    readonly parent?: EvalContext,
  ) {}

  /** A child context adding (or shadowing) variables, sharing the functions. */
  child(variables: ReadonlyMap<string, Value>): EvalContext {
    return new EvalContext(variables, this.functions, this.funcContext, this);
  }

  /** Looks a root variable up through the chain of contexts. */
  lookupVariable(name: string): Value | undefined {
    for (let c: EvalContext | undefined = this; c; c = c.parent) {
      const v = c.variables.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** True when some context in the chain defines variables at all (hcl: "Variables not allowed" otherwise). */
  get hasVariables(): boolean {
    for (let c: EvalContext | undefined = this; c; c = c.parent) if (c.variables.size > 0) return true;
    return false;
  }

  /** Looks a function up (functions live on the root context). */
  lookupFunction(name: string): FunctionSpec | undefined {
    return this.functions.get(name);
  }
}
