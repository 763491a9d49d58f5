import { BoolType, DynamicPseudoType, NumberType, StringType, listOf, mapOf, objectOf, tupleOf, typeEquals, type Type } from "../../lang/types/type.js";
import { typeJsonText } from "../../lang/values/json-typed.js";
import type { GoJsonNode } from "./go-json-parse.js";

// The type of a root output upgraded from a state format before version 4, which recorded only
// "string", "list" or "map": the type cty implies from the value's JSON (ctyjson.ImpliedType), with
// tuples and objects of one element type turned back into lists and maps, as pre-0.12 values were
// (simplifyImpliedValueType).

/** The cty type JSON for an upgraded output's value. */
export function impliedOutputType(value: GoJsonNode): string {
  return typeJsonText(simplify(impliedType(value)));
}

function impliedType(n: GoJsonNode): Type {
  switch (n.kind) {
    case "null":
      return DynamicPseudoType;
    case "bool":
      return BoolType;
    case "number":
      return NumberType;
    case "string":
      return StringType;
    case "array":
      return tupleOf(n.items.map(impliedType));
    case "object": {
      const attrs = new Map<string, Type>();
      for (const m of n.members) attrs.set(m.key, impliedType(m.value));
      return objectOf(attrs);
    }
  }
}

function simplify(t: Type): Type {
  if (t.kind === "tuple") {
    const [first, ...rest] = t.elements;
    if (first === undefined || rest.some((e) => !typeEquals(e, first))) return t;
    return listOf(simplify(first));
  }
  if (t.kind === "object") {
    const [first, ...rest] = [...t.attributes.values()];
    if (first === undefined || rest.some((e) => !typeEquals(e, first))) return t;
    return mapOf(simplify(first));
  }
  return t;
}
