import { DynamicVal, type Value } from "../../lang/values/value.js";

// The values the walk has decided so far for local values and for the final values of child module
// input variables (Terraform's namedvals.State), by module instance and name, so that expressions
// evaluated later see them. Visits are serialized on the event loop, so no locking is needed.

/** Decided values of locals and module input variables, per module instance. */
export class NamedValues {
  readonly #locals = new Map<string, Value>();
  readonly #variables = new Map<string, Value>();

  /** Records a local value's result. */
  setLocal(module: string, name: string, value: Value): void {
    this.#locals.set(key(module, name), value);
  }

  /** A local value's result; DynamicVal when it has not been decided (its node failed or did not run). */
  local(module: string, name: string): Value {
    return this.#locals.get(key(module, name)) ?? DynamicVal;
  }

  /** Records the final value of a module input variable. */
  setVariable(module: string, name: string, value: Value): void {
    this.#variables.set(key(module, name), value);
  }

  /** The final value of an input variable, if decided. */
  variable(module: string, name: string): Value | undefined {
    return this.#variables.get(key(module, name));
  }
}

function key(module: string, name: string): string {
  return `${module}|${name}`;
}
