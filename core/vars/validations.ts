import type { FunctionSpec } from "../../lang/funcs/function.js";
import { builtinFunctions } from "../../lang/funcs/registry.js";
import { EvalContext } from "../../lang/hcl/eval-context.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { Mark } from "../../lang/values/marks.js";
import { Value } from "../../lang/values/value.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Variable } from "../configs/model.js";
import type { RootVariableValue } from "./resolve.js";
import { checkValidationRule } from "./validation-rule.js";

// The `validation` blocks of root module variables. Since Terraform 1.9 a condition may refer to
// other variables, locals and anything else in the module, so the caller passes whatever else is in
// scope; the variable being checked sees its own value without the sensitive mark (as Terraform's
// validation context has it), every other variable sees its value as references do.

/** What else validation expressions may refer to, beyond `var`. */
export interface ValidationScope {
  /** Other root names (`local`, `data`, resource types...) and their values. */
  readonly names?: ReadonlyMap<string, Value>;
  /** Base directory for functions that read files (the module directory). */
  readonly baseDir?: string;
  /** The plan's timestamp, for plantimestamp(). */
  readonly planTimestamp?: Date;
  /** The functions available; the built-in ones as planning has them (impure ones unknown) when absent. */
  readonly functions?: ReadonlyMap<string, FunctionSpec>;
}

/**
 * Checks the validation rules of every variable that has a value, in name order. As in Terraform's
 * graph, a reference to another variable waits for that variable's own validations: a variable whose
 * rules refer to one that failed to resolve or failed (or skipped) its validations is skipped.
 */
export function checkVariableValidations(
  variables: ReadonlyMap<string, Variable>,
  values: ReadonlyMap<string, RootVariableValue>,
  scope: ValidationScope = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const outcome = new Map<string, boolean>();
  const check = (name: string): boolean => {
    const known = outcome.get(name);
    if (known !== undefined) return known;
    outcome.set(name, true); // a reference cycle is the configuration's error, reported elsewhere
    const ok = checkOne(name, variables, values, scope, check, diagnostics);
    outcome.set(name, ok);
    return ok;
  };
  for (const name of [...variables.keys()].sort(compareCodePoints)) check(name);
  return diagnostics;
}

/** Checks one variable's rules after those of the variables they refer to; false when it failed or was skipped. */
function checkOne(
  name: string,
  variables: ReadonlyMap<string, Variable>,
  values: ReadonlyMap<string, RootVariableValue>,
  scope: ValidationScope,
  check: (name: string) => boolean,
  diagnostics: Diagnostic[],
): boolean {
  const variable = variables.get(name);
  const own = values.get(name);
  if (!variable || !own) return variable === undefined;
  const deps = referencedVariables(variable).filter((n) => n !== name && variables.has(n));
  if (!deps.every(check)) return false;
  const ctx = validationContext(variable, values, scope);
  const found = variable.validations.flatMap((rule) => checkValidationRule(rule, ctx, own.definedAt));
  diagnostics.push(...found);
  return !hasErrors(found);
}

/** The context a variable's rules are evaluated in: `var` (own value unmarked sensitive), other names, functions. */
export function validationContext(variable: Variable, values: ReadonlyMap<string, RootVariableValue>, scope: ValidationScope): EvalContext {
  const vars = new Map<string, Value>();
  for (const [name, v] of values) vars.set(name, v.value);
  const own = values.get(variable.name);
  if (own) vars.set(variable.name, withoutSensitive(own.value));
  const roots = new Map(scope.names ?? []);
  roots.set("var", Value.object(vars));
  const funcContext = { baseDir: scope.baseDir ?? ".", ...(scope.planTimestamp && { planTimestamp: scope.planTimestamp }) };
  return new EvalContext(roots, scope.functions ?? planningFunctions(), funcContext);
}

let planning: ReadonlyMap<string, FunctionSpec> | undefined;

/** The built-in functions with the impure ones (timestamp, uuid...) giving unknown results, as while planning. */
export function planningFunctions(): ReadonlyMap<string, FunctionSpec> {
  if (planning) return planning;
  const out = new Map<string, FunctionSpec>();
  for (const [name, spec] of builtinFunctions()) {
    out.set(name, spec.impure ? { ...spec, impl: (_args, retType) => Value.unknown(retType) } : spec);
  }
  planning = out;
  return out;
}

/** The names of the variables (`var.NAME`) the rules of a variable refer to. */
function referencedVariables(variable: Variable): string[] {
  const traversals: Traversal[] = variable.validations.flatMap((r) => [...r.condition.variables(), ...r.errorMessage.variables()]);
  const names: string[] = [];
  for (const t of traversals) {
    const step = t[1];
    if (t[0].name === "var" && step?.type === "TraverseAttr") names.push(step.name);
  }
  return names;
}

function withoutSensitive(v: Value): Value {
  if (!v.isSensitive) return v;
  return v.unmark().mark(v.marks & ~Mark.Sensitive);
}
