import { convert, ConversionError } from "../../types/convert.js";
import { unifyTypes } from "../../types/unify.js";
import { DynamicPseudoType, setOf, type SetType, type Type } from "../../types/type.js";
import { payloadEquals, Value } from "../../values/value.js";
import { FuncError, type FuncResult, type Parameter } from "../function.js";
import { ctyFunction } from "./cty-function.js";

// setunion, setintersection and setsubtract: cty's set functions. The result's element type unifies
// the arguments' element types (empty sets of unknown element type do not count); every argument is
// converted to it. Only a union can be computed while elements are unknown: an unknown element might
// turn out equal to any other.

const ANY_SET = setOf(DynamicPseudoType);

type SetOperation = (a: readonly Value[], b: readonly Value[]) => Value[];

/** setunion(first_set, other_sets...): every element of any of the sets. */
export const setunion = ctyFunction({
  description: "Returns the union of all given sets.",
  params: [setParam("first_set")],
  varParam: setParam("other_sets"),
  notNull: true,
  returnType: setOperationType,
  impl: setOperationImpl((a, b) => [...a, ...b], true),
});

/** setintersection(first_set, other_sets...): the elements all of the sets have. */
export const setintersection = ctyFunction({
  description: "Returns the intersection of all given sets.",
  params: [setParam("first_set")],
  varParam: setParam("other_sets"),
  notNull: true,
  returnType: setOperationType,
  impl: setOperationImpl((a, b) => a.filter((x) => has(b, x)), false),
});

/** setsubtract(a, b): the elements of a that b does not have. */
export const setsubtract = ctyFunction({
  description: "Returns the relative complement of the two given sets.",
  params: [setParam("a"), setParam("b")],
  notNull: true,
  returnType: setOperationType,
  impl: setOperationImpl((a, b) => a.filter((x) => !has(b, x)), false),
});

function setParam(name: string): Parameter {
  return { name, type: ANY_SET, allowDynamicType: true };
}

function has(set: readonly Value[], v: Value): boolean {
  return set.some((s) => payloadEquals(s, v));
}

function setOperationType(args: readonly Value[]): FuncResult<Type> {
  const etys: Type[] = [];
  for (const arg of args) {
    if (arg.type.kind !== "set") return DynamicPseudoType;
    const ety = arg.type.element;
    if (arg.isKnown && arg.length === 0 && ety.kind === "dynamic") continue;
    etys.push(ety);
  }
  if (etys.length === 0) return ANY_SET;
  const unified = unifyTypes(etys, true);
  return unified ? setOf(unified.type) : new FuncError("given sets must all have compatible element types");
}

function setOperationImpl(op: SetOperation, allowUnknowns: boolean) {
  return (args: readonly Value[], retType: Type): FuncResult<Value> => {
    if (retType.kind !== "set") return Value.unknown(retType);
    let acc: Value[] = [];
    for (let i = 0; i < args.length; i++) {
      const set = convert(args[i]!, retType);
      if (set instanceof ConversionError) return new FuncError(set.message, i);
      if (!allowUnknowns && !set.isWhollyKnown) return Value.unknown(retType);
      acc = i === 0 ? [...set.elements()] : op(acc, set.elements());
    }
    return Value.set(acc, (retType as SetType).element);
  };
}
