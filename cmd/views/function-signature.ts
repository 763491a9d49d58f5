// A function's signature as Terraform describes it in a diagnostic's JSON snippet (views/json
// function.go DescribeFunction) and as the "while calling f(a, b...)" line under a snippet: the
// parameters with their type constraints and the return type for arguments of exactly those types.
import { FuncError, type FunctionSpec, type Parameter } from "../../lang/funcs/function.js";
import type { EvalContext } from "../../lang/hcl/eval-context.js";
import { typeToJSON, type TypeJSON } from "../../lang/types/type-json.js";
import { BoolType, DynamicPseudoType, type Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";

/** One parameter: its name and type constraint. */
export interface FunctionParamDescription {
  readonly name: string;
  readonly type: TypeJSON;
}

/** A function's signature in Terraform's JSON shape (fields in its order). */
export interface FunctionDescription {
  readonly name: string;
  readonly params: readonly FunctionParamDescription[];
  readonly variadic_param?: FunctionParamDescription;
  readonly return_type: TypeJSON;
}

/** The function a diagnostic is about: the name it was called by and, when it exists, its signature. */
export interface FunctionCallDescription {
  readonly called_as: string;
  readonly signature?: FunctionDescription;
}

/** Describes the call of `calledAs` in a context; the signature is left out when there is no such function. */
export function describeFunctionCall(calledAs: string, ctx: EvalContext | null): FunctionCallDescription {
  const sep = calledAs.lastIndexOf("::");
  const base = sep < 0 ? calledAs : calledAs.slice(sep + 2);
  const shape = ctx?.lookupFunction(calledAs) ?? evaluatorFunction(base);
  return shape ? { called_as: calledAs, signature: describeFunction(base, shape) } : { called_as: calledAs };
}

/** The signature of a function; its return type is what it gives for arguments of its parameter types. */
export function describeFunction(name: string, spec: Pick<FunctionSpec, "params" | "varParam" | "returnType">): FunctionDescription {
  const params = spec.params.map(describeParam);
  const returns = typeToJSON(returnType(spec, [...spec.params, ...(spec.varParam ? [spec.varParam] : [])]));
  if (!spec.varParam) return { name, params, return_type: returns };
  return { name, params, variadic_param: describeParam(spec.varParam), return_type: returns };
}

/** The "f(a, b, rest...)" of Terraform's "while calling" line. */
export function callSignatureText(calledAs: string, sig: FunctionDescription): string {
  return `${calledAs}${paramListText(sig)}`;
}

/** The parameter list of a signature: "(a, b, rest...)". */
export function paramListText(sig: FunctionDescription): string {
  const names = sig.params.map((p) => p.name);
  if (sig.variadic_param) names.push(`${sig.variadic_param.name}...`);
  return `(${names.join(", ")})`;
}

function describeParam(p: Parameter): FunctionParamDescription {
  return { name: p.name, type: typeToJSON(p.type) };
}

/**
 * cty's ReturnType for arguments of the parameters' types: dynamic when one of them is dynamic and
 * the parameter does not take dynamic types, or when the function cannot say (as Terraform does).
 */
function returnType(spec: Pick<FunctionSpec, "returnType">, params: readonly Parameter[]): Type {
  if (params.some((p) => p.type.kind === "dynamic" && !p.allowDynamicType)) return DynamicPseudoType;
  try {
    const t = spec.returnType(params.map((p) => Value.unknown(p.type)));
    return t instanceof FuncError ? DynamicPseudoType : t;
  } catch {
    return DynamicPseudoType;
  }
}

/** `try` and `can` take unevaluated expressions, so the evaluator implements them; their signatures. */
function evaluatorFunction(name: string): Pick<FunctionSpec, "params" | "varParam" | "returnType"> | undefined {
  const any = { type: DynamicPseudoType, allowDynamicType: true };
  if (name === "try") return { params: [], varParam: { name: "expressions", ...any }, returnType: () => DynamicPseudoType };
  if (name === "can") return { params: [{ name: "expression", ...any }], returnType: () => BoolType };
  return undefined;
}
