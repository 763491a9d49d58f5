import { convert, ConversionError } from "../types/convert.js";
import { DynamicPseudoType } from "../types/type.js";
import { Mark, type Marks } from "../values/marks.js";
import { unmarkDeep } from "../values/deep-marks.js";
import { Value } from "../values/value.js";
import { FuncError, type FuncContext, type FunctionSpec, type Parameter } from "./function.js";

/**
 * Why a call failed, for the caller to turn into a diagnostic: "arity" (wrong number of arguments),
 * "arg" (a bad argument, with its index), "call" (the function itself failed).
 */
export interface CallFailure {
  readonly kind: "arity" | "arg" | "call";
  readonly message: string;
  readonly argIndex?: number;
}

/** The outcome of calling a function. */
export type CallOutcome = { readonly value: Value } | { readonly failure: CallFailure };

/**
 * Calls a function as cty does: checks arity, converts each argument to its parameter's type, returns an
 * unknown result when a needed argument is unknown, strips marks the function does not handle and puts
 * them back on the result. One deliberate difference: cty defers only when an argument is itself
 * unknown, leaving unknowns nested inside collections to each function; here an argument that is not
 * wholly known defers the call unless its parameter sets `allowUnknown`, so an implementation never
 * meets an unknown it did not ask for. Functions that give known results from partly unknown
 * collections (`alltrue([false, x])`, `length`) set `allowUnknown` and apply cty's rule themselves.
 */
export function callFunction(name: string, spec: FunctionSpec, args: readonly Value[], ctx: FuncContext): CallOutcome {
  const arity = checkArity(name, spec, args.length);
  if (arity) return { failure: arity };
  const prepared = prepareArgs(spec, args);
  if ("failure" in prepared) return prepared;
  if (prepared.typeUnknown) return { value: Value.unknown(DynamicPseudoType).mark(prepared.marks) };
  const retType = spec.returnType(prepared.args);
  if (retType instanceof FuncError) return { failure: toFailure(retType) };
  if (prepared.deferred) return { value: Value.unknown(retType).mark(prepared.marks) };
  const result = spec.impl(prepared.args, retType, ctx);
  if (result instanceof FuncError) return { failure: toFailure(result) };
  return { value: result.mark(prepared.marks) };
}

/** The parameter that governs argument `i` (the variadic one past the fixed parameters). */
export function paramFor(spec: FunctionSpec, i: number): Parameter | undefined {
  return i < spec.params.length ? spec.params[i] : spec.varParam;
}

function checkArity(name: string, spec: FunctionSpec, count: number): CallFailure | undefined {
  const fixed = spec.params.length;
  if (count < fixed) {
    const missing = spec.params[count]!.name;
    const qual = spec.varParam ? " at least" : "";
    return { kind: "arity", message: `Function "${name}" expects${qual} ${fixed} argument(s). Missing value for "${missing}".` };
  }
  if (count > fixed && !spec.varParam) {
    return { kind: "arity", message: `Function "${name}" expects only ${fixed} argument(s).` };
  }
  return undefined;
}

interface Prepared {
  readonly args: Value[];
  readonly marks: Marks;
  /** True when an argument's value is not wholly known and its parameter does not accept that. */
  readonly deferred: boolean;
  /** True when an argument's type is not known yet and its parameter does not accept that. */
  readonly typeUnknown: boolean;
}

function prepareArgs(spec: FunctionSpec, args: readonly Value[]): Prepared | { failure: CallFailure } {
  const out: Value[] = [];
  let marks: Marks = Mark.None;
  let deferred = false;
  let typeUnknown = false;
  for (let i = 0; i < args.length; i++) {
    const param = paramFor(spec, i)!;
    let arg = args[i]!;
    if (!param.allowMarked) {
      const r = unmarkDeep(arg);
      arg = r.value;
      marks |= r.marks;
    }
    if (arg.isNull && !param.allowNull) {
      return { failure: { kind: "arg", argIndex: i, message: "argument must not be null" } };
    }
    if (arg.type.kind === "dynamic" && !param.allowDynamicType) {
      typeUnknown = true;
      out.push(arg);
      continue;
    }
    const converted = convertArg(param, arg, i);
    if ("failure" in converted) return converted;
    arg = converted.value;
    if (!param.allowUnknown && !arg.isWhollyKnown) deferred = true;
    out.push(arg);
  }
  return { args: out, marks, deferred, typeUnknown };
}

function convertArg(param: Parameter, arg: Value, i: number): { value: Value } | { failure: CallFailure } {
  if (param.type.kind === "dynamic") return { value: arg };
  const c = convert(arg, param.type);
  if (c instanceof ConversionError) return { failure: { kind: "arg", argIndex: i, message: c.message } };
  return { value: c };
}

function toFailure(e: FuncError): CallFailure {
  return e.argIndex === undefined
    ? { kind: "call", message: e.message }
    : { kind: "arg", argIndex: e.argIndex, message: e.message };
}
