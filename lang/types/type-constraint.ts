import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import { rangeBetween, type Range } from "../source/range.js";
import type { Expression, FunctionCallExpr, ObjectConsItem } from "../syntax/ast.js";
import type { Value } from "../values/value.js";
import { ConversionError } from "./conversion-error.js";
import { convertValue } from "./conversion.js";
import { goQuote } from "../text/go-quote.js";
import type { Defaults } from "./defaults.js";
import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  listOf,
  mapOf,
  objectOf,
  setOf,
  tupleOf,
  type Type,
} from "./type.js";

// Type expressions (`list(string)`, `object({a = optional(number, 5)})`) read from the native syntax
// tree, as hcl's ext/typeexpr does: the type, the defaults of optional attributes, and diagnostics
// with typeexpr's exact texts and ranges.

/** Evaluates a constant expression (no variables, no functions), as optional() defaults are evaluated. */
export type ConstantEvaluator = (expr: Expression) => { readonly value: Value; readonly diagnostics: readonly Diagnostic[] };

/** A type read from a type expression. */
export interface TypeConstraintResult {
  readonly type: Type;
  /** Default values of optional attributes, anywhere in the type; undefined when there are none. */
  readonly defaults: Defaults | undefined;
  readonly diagnostics: Diagnostic[];
}

interface Mode {
  /** `any` and optional() allowed (a type constraint rather than an exact type). */
  readonly constraint: boolean;
  /** optional() takes a second argument, evaluated with this. */
  readonly evaluate: ConstantEvaluator | undefined;
}

/** typeexpr.TypeConstraintWithDefaults: `any`, optional(T) and optional(T, default) allowed. */
export function typeConstraintWithDefaults(expr: Expression, evaluate: ConstantEvaluator): TypeConstraintResult {
  return getType(expr, { constraint: true, evaluate });
}

/** typeexpr.TypeConstraint: `any` and optional(T) allowed, but no defaults. */
export function typeConstraint(expr: Expression): TypeConstraintResult {
  return getType(expr, { constraint: true, evaluate: undefined });
}

/** typeexpr.Type: an exact type, so neither `any` nor optional(). */
export function exactType(expr: Expression): TypeConstraintResult {
  return getType(expr, { constraint: false, evaluate: undefined });
}

const SUMMARY = "Invalid type specification";
const LIST_DETAIL = (kw: string): string => `The ${kw} type constructor requires one argument specifying the element type.`;
const OBJECT_DETAIL = "The object type constructor requires one argument specifying the attribute types and values as a map.";
const TUPLE_DETAIL = "The tuple type constructor requires one argument specifying the element types as a list.";

function invalid(detail: string, subject: Range, context?: Range): TypeConstraintResult {
  return { type: DynamicPseudoType, defaults: undefined, diagnostics: [errorDiag(SUMMARY, detail, subject, context)] };
}

function plain(type: Type): TypeConstraintResult {
  return { type, defaults: undefined, diagnostics: [] };
}

function getType(expr: Expression, mode: Mode): TypeConstraintResult {
  const kw = keywordOf(expr);
  if (kw !== undefined) return keywordType(kw, expr.range, mode);
  if (expr.type !== "FunctionCall") {
    return invalid(
      "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).",
      expr.range,
    );
  }
  return callType(expr, mode);
}

function keywordType(kw: string, range: Range, mode: Mode): TypeConstraintResult {
  switch (kw) {
    case "bool":
      return plain(BoolType);
    case "string":
      return plain(StringType);
    case "number":
      return plain(NumberType);
    case "any":
      if (mode.constraint) return plain(DynamicPseudoType);
      return invalid(`The keyword ${goQuote(kw)} cannot be used in this type specification: an exact type is required.`, range);
    case "list":
    case "map":
    case "set":
      return invalid(LIST_DETAIL(kw), range);
    case "object":
      return invalid(OBJECT_DETAIL, range);
    case "tuple":
      return invalid(TUPLE_DETAIL, range);
    default:
      return invalid(`The keyword ${goQuote(kw)} is not a valid type specification.`, range);
  }
}

function callType(call: FunctionCallExpr, mode: Mode): TypeConstraintResult {
  const argsRange = rangeBetween(call.openParenRange, call.closeParenRange);
  switch (call.name) {
    case "bool":
    case "string":
    case "number":
      return invalid(`Primitive type keyword ${goQuote(call.name)} does not expect arguments.`, argsRange);
    case "any":
      return invalid(`Type constraint keyword ${goQuote(call.name)} does not expect arguments.`, argsRange);
  }
  if (call.args.length !== 1) {
    const wrong = arityError(call, argsRange);
    if (wrong) return wrong;
  }
  switch (call.name) {
    case "list":
    case "set":
    case "map":
      return collectionType(call.name, call.args[0]!, mode);
    case "object":
      return objectType(call, mode);
    case "tuple":
      return tupleType(call, mode);
    case "optional":
      return invalid(`Keyword ${goQuote(call.name)} is valid only as a modifier for object type attributes.`, call.nameRange);
    default:
      return invalid(`Keyword ${goQuote(call.name)} is not a valid type constructor.`, call.range);
  }
}

// Too few arguments point at the parentheses; too many at the extra arguments.
function arityError(call: FunctionCallExpr, argsRange: Range): TypeConstraintResult | undefined {
  const args = call.args;
  const subject = args.length > 1 ? rangeBetween(args[1]!.range, args[args.length - 1]!.range) : argsRange;
  switch (call.name) {
    case "list":
    case "set":
    case "map":
      return invalid(LIST_DETAIL(call.name), subject, argsRange);
    case "object":
      return invalid(OBJECT_DETAIL, subject, argsRange);
    case "tuple":
      return invalid(TUPLE_DETAIL, subject, argsRange);
    default:
      return undefined;
  }
}

function collectionType(kind: "list" | "set" | "map", arg: Expression, mode: Mode): TypeConstraintResult {
  const el = getType(arg, mode);
  const type = kind === "list" ? listOf(el.type) : kind === "set" ? setOf(el.type) : mapOf(el.type);
  const defaults = el.defaults && { type, children: new Map([["", el.defaults]]) };
  return { type, defaults, diagnostics: el.diagnostics };
}

function tupleType(call: FunctionCallExpr, mode: Mode): TypeConstraintResult {
  const arg = call.args[0]!;
  if (arg.type !== "TupleCons") {
    return invalid("Tuple type constructor requires a list of element types.", arg.range, call.range);
  }
  const diagnostics: Diagnostic[] = [];
  const children = new Map<string, Defaults>();
  const elems = arg.exprs.map((e, i) => {
    const r = getType(e, mode);
    diagnostics.push(...r.diagnostics);
    if (r.defaults) children.set(String(i), r.defaults);
    return r.type;
  });
  const type = tupleOf(elems);
  return { type, defaults: structuredDefaults(type, new Map(), children), diagnostics };
}

interface ObjectParts {
  readonly attrs: Map<string, Type>;
  readonly optional: string[];
  readonly defaultValues: Map<string, Value>;
  readonly children: Map<string, Defaults>;
  readonly diagnostics: Diagnostic[];
}

function objectType(call: FunctionCallExpr, mode: Mode): TypeConstraintResult {
  const arg = call.args[0]!;
  if (arg.type !== "ObjectCons") {
    return invalid(
      "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.",
      arg.range,
      call.range,
    );
  }
  const parts: ObjectParts = { attrs: new Map(), optional: [], defaultValues: new Map(), children: new Map(), diagnostics: [] };
  for (const item of arg.items) objectAttribute(item, call.range, mode, parts);
  const type = objectOf(parts.attrs, parts.optional);
  return { type, defaults: structuredDefaults(type, parts.defaultValues, parts.children), diagnostics: parts.diagnostics };
}

function objectAttribute(item: ObjectConsItem, context: Range, mode: Mode, parts: ObjectParts): void {
  const name = keywordOf(item.key);
  if (name === undefined) {
    parts.diagnostics.push(errorDiag(SUMMARY, "Object constructor map keys must be attribute names.", item.key.range, context));
    return;
  }
  if (parts.attrs.has(name)) {
    parts.diagnostics.push(errorDiag(SUMMARY, "Object constructor map keys must be unique.", item.key.range, context));
    return;
  }
  const modifier = optionalModifier(name, item.value, mode, parts);
  if (modifier === "skip") return;
  const r = getType(modifier.typeExpr, mode);
  parts.diagnostics.push(...r.diagnostics);
  if (modifier.defaultExpr) checkDefault(name, r.type, modifier.defaultExpr, parts);
  parts.attrs.set(name, r.type);
  if (r.defaults) parts.children.set(name, r.defaults);
}

interface Modifier {
  readonly typeExpr: Expression;
  readonly defaultExpr?: Expression;
}

// Unwraps optional(T) / optional(T, default), recording the attribute as optional where allowed.
function optionalModifier(name: string, expr: Expression, mode: Mode, parts: ObjectParts): Modifier | "skip" {
  if (expr.type !== "FunctionCall" || expr.name !== "optional") return { typeExpr: expr };
  const argsRange = rangeBetween(expr.openParenRange, expr.closeParenRange);
  const fail = (detail: string, subject: Range): void => {
    parts.diagnostics.push(errorDiag(SUMMARY, detail, subject, expr.range));
  };
  if (expr.args.length < 1) {
    fail("Optional attribute modifier requires the attribute type as its argument.", argsRange);
    return "skip";
  }
  const typeExpr = expr.args[0]!;
  if (!mode.constraint) {
    fail("Optional attribute modifier is only for type constraints, not for exact types.", expr.nameRange);
    return { typeExpr };
  }
  if (expr.args.length === 1) {
    parts.optional.push(name);
    return { typeExpr };
  }
  if (!mode.evaluate || expr.args.length > 2) {
    fail(
      mode.evaluate
        ? "Optional attribute modifier expects at most two arguments: the attribute type, and a default value."
        : "Optional attribute modifier expects only one argument: the attribute type.",
      argsRange,
    );
    return { typeExpr };
  }
  return evaluateDefault(name, typeExpr, expr.args[1]!, mode.evaluate, parts);
}

function evaluateDefault(name: string, typeExpr: Expression, defaultExpr: Expression, evaluate: ConstantEvaluator, parts: ObjectParts): Modifier {
  const r = evaluate(defaultExpr);
  parts.diagnostics.push(...r.diagnostics);
  if (r.diagnostics.some((d) => d.severity === "error")) return { typeExpr };
  parts.optional.push(name);
  parts.defaultValues.set(name, r.value);
  return { typeExpr, defaultExpr };
}

// The default must convert to the attribute's type; it is stored converted.
function checkDefault(name: string, type: Type, defaultExpr: Expression, parts: ObjectParts): void {
  const value = parts.defaultValues.get(name);
  if (!value) return;
  const converted = convertValue(value, type);
  if (converted instanceof ConversionError) {
    parts.diagnostics.push(
      errorDiag(
        "Invalid default value for optional attribute",
        `This default value is not compatible with the attribute's type constraint: ${converted.message}.`,
        defaultExpr.range,
      ),
    );
    parts.defaultValues.delete(name);
    return;
  }
  parts.defaultValues.set(name, converted);
}

function structuredDefaults(type: Type, values: Map<string, Value>, children: Map<string, Defaults>): Defaults | undefined {
  if (values.size === 0 && children.size === 0) return undefined;
  return {
    type,
    ...(values.size > 0 ? { defaultValues: values } : {}),
    ...(children.size > 0 ? { children } : {}),
  };
}

/**
 * hcl.ExprAsKeyword: the name of a lone bare identifier (also as an object key), else undefined. The
 * parser turns the identifiers `true`, `false` and `null` into literals; as keywords they are names
 * again, as hcl's LiteralValueExpr.AsTraversal has it.
 */
export function keywordOf(expr: Expression): string | undefined {
  if (expr.type === "ObjectConsKey") return expr.forceNonLiteral ? undefined : keywordOf(expr.wrapped);
  if (expr.type === "ScopeTraversal" && expr.traversal.length === 1) return expr.traversal[0].name;
  if (expr.type === "Literal" && expr.value.kind === "bool") return expr.value.value ? "true" : "false";
  if (expr.type === "Literal" && expr.value.kind === "null") return "null";
  return undefined;
}
