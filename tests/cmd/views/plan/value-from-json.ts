import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  objectOf,
  tupleOf,
  type Type,
} from "../../../../lang/types/type.js";
import { isJsonNumber, isJsonObject, type JsonNode } from "../../../../lang/values/json-tree.js";
import { Mark } from "../../../../lang/values/marks.js";
import { BigNum } from "../../../../lang/values/number.js";
import { Value } from "../../../../lang/values/value.js";

// A plan value rebuilt from the three JSON trees Terraform writes for it: the value with unknowns left
// out, which parts are unknown, and which are sensitive. Values of dynamic type get the type their
// JSON implies (objects and tuples), which is what a configuration literal has.

type Tree = JsonNode | undefined;

function child(tree: Tree, key: string | number): Tree {
  if (tree === undefined || tree === null) return undefined;
  if (typeof key === "number") return Array.isArray(tree) ? (tree as readonly JsonNode[])[key] : undefined;
  return isJsonObject(tree) ? tree.object.get(key) : undefined;
}

function keysOf(tree: Tree): string[] {
  return tree !== undefined && tree !== null && isJsonObject(tree) ? [...tree.object.keys()] : [];
}

function impliedType(n: Tree, unknown: Tree): Type {
  if (unknown === true || n === undefined || n === null) return DynamicPseudoType;
  if (typeof n === "string") return StringType;
  if (typeof n === "boolean") return BoolType;
  if (isJsonNumber(n)) return NumberType;
  if (Array.isArray(n)) return tupleOf((n as readonly JsonNode[]).map((e, i) => impliedType(e, child(unknown, i))));
  const attrs = new Map<string, Type>();
  for (const k of new Set([...keysOf(n), ...keysOf(unknown)])) attrs.set(k, impliedType(child(n, k), child(unknown, k)));
  return objectOf(attrs);
}

/** The value of type `t` that the JSON trees describe; `unknown` and `sensitive` may be absent. */
export function valueFromJson(n: Tree, unknown: Tree, sensitive: Tree, t: Type): Value {
  const v = build(n, unknown, sensitive, t);
  return sensitive === true ? v.mark(Mark.Sensitive) : v;
}

function build(n: Tree, unknown: Tree, sensitive: Tree, t: Type): Value {
  if (unknown === true) return Value.unknown(t);
  if (t.kind === "dynamic") {
    const implied = impliedType(n, unknown);
    return implied.kind === "dynamic" ? Value.null(DynamicPseudoType) : build(n, unknown, sensitive, implied);
  }
  if (n === undefined || n === null) return Value.null(t);
  switch (t.kind) {
    case "string":
      return Value.string(n as string);
    case "number":
      return Value.number(BigNum.parse((n as { number: string }).number) as BigNum);
    case "bool":
      return Value.bool(n as boolean);
    case "list":
    case "set":
    case "tuple": {
      const els = (n as readonly JsonNode[]).map((e, i) =>
        valueFromJson(e, child(unknown, i), child(sensitive, i), t.kind === "tuple" ? t.elements[i]! : t.element),
      );
      if (t.kind === "tuple") return Value.tuple(els);
      return t.kind === "list" ? Value.list(els, t.element) : Value.set(els, t.element);
    }
    case "map": {
      const m = new Map<string, Value>();
      for (const k of new Set([...keysOf(n), ...keysOf(unknown).filter((k) => child(unknown, k) === true)])) {
        m.set(k, valueFromJson(child(n, k), child(unknown, k), child(sensitive, k), t.element));
      }
      return Value.map(m, t.element);
    }
    case "object": {
      const m = new Map<string, Value>();
      for (const [k, at] of t.attributes) m.set(k, valueFromJson(child(n, k), child(unknown, k), child(sensitive, k), at));
      return Value.object(m);
    }
  }
}
