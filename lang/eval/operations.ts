import { FuncError, staticReturnType, type FunctionSpec, type Parameter } from "../funcs/function.js";
import type * as ast from "../syntax/ast.js";
import { BoolType, DynamicPseudoType, NumberType, type Type } from "../types/type.js";
import { Value } from "../values/value.js";
import { arithmetic, type ArithmeticOp } from "./arithmetic.js";
import { valuesEqual } from "./equality.js";

// The operators as the cty functions hclsyntax calls for them (stdlib Add, Equal, And...): typed
// parameters, so that operands are converted, nulls rejected and unknowns short-circuited the same way
// function arguments are.

/** An operator: the function implementing it and the type of its result. */
export interface Operation {
  readonly spec: FunctionSpec;
  readonly type: Type;
}

const num = (name: string): Parameter => ({ name, type: NumberType, allowDynamicType: true });
const bool = (name: string): Parameter => ({ name, type: BoolType, allowDynamicType: true });
const anyValue = (name: string): Parameter => ({
  name,
  type: DynamicPseudoType,
  allowUnknown: true,
  allowDynamicType: true,
  allowNull: true,
});

function binary(params: [Parameter, Parameter], type: Type, impl: (a: Value, b: Value) => Value | FuncError): Operation {
  const spec: FunctionSpec = {
    description: "An operator of the expression language.",
    params,
    returnType: staticReturnType(type),
    impl: (args) => impl(args[0]!, args[1]!),
  };
  return { spec, type };
}

function arith(op: ArithmeticOp): Operation {
  return binary([num("a"), num("b")], NumberType, (a, b) => {
    const r = arithmetic(op, a.asNumber(), b.asNumber());
    return typeof r === "string" ? new FuncError(r) : Value.number(r);
  });
}

function compare(test: (c: number) => boolean): Operation {
  return binary([num("a"), num("b")], BoolType, (a, b) => Value.bool(test(a.asNumber().cmp(b.asNumber()))));
}

function logic(test: (a: boolean, b: boolean) => boolean): Operation {
  return binary([bool("a"), bool("b")], BoolType, (a, b) => Value.bool(test(a.asBool(), b.asBool())));
}

function notEqual(a: Value, b: Value): Value {
  const eq = valuesEqual(a, b);
  return eq.isKnown ? Value.bool(!eq.asBool()) : eq;
}

/** The binary operators by their spelling. */
export const BINARY_OPERATIONS: Readonly<Record<ast.BinaryOperator, Operation>> = {
  "||": logic((a, b) => a || b),
  "&&": logic((a, b) => a && b),
  "==": binary([anyValue("a"), anyValue("b")], BoolType, valuesEqual),
  "!=": binary([anyValue("a"), anyValue("b")], BoolType, notEqual),
  "<": compare((c) => c < 0),
  "<=": compare((c) => c <= 0),
  ">": compare((c) => c > 0),
  ">=": compare((c) => c >= 0),
  "+": arith("add"),
  "-": arith("sub"),
  "*": arith("mul"),
  "/": arith("quo"),
  "%": arith("mod"),
};

function unary(param: Parameter, type: Type, impl: (v: Value) => Value): Operation {
  const spec: FunctionSpec = {
    description: "An operator of the expression language.",
    params: [param],
    returnType: staticReturnType(type),
    impl: (args) => impl(args[0]!),
  };
  return { spec, type };
}

/** The unary operators by their spelling. */
export const UNARY_OPERATIONS: Readonly<Record<ast.UnaryOpExpr["op"], Operation>> = {
  "-": unary(num("num"), NumberType, (v) => Value.number(v.asNumber().neg())),
  "!": unary(bool("val"), BoolType, (v) => Value.bool(!v.asBool())),
};
