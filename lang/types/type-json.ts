import { type Type, sortedAttributeNames } from "./type.js";

/** A type in cty's JSON form, as Terraform writes it in state, plans and `metadata functions -json`. */
export type TypeJSON = string | [string, TypeJSON] | ["tuple", TypeJSON[]] | ["object", Record<string, TypeJSON>] | ["object", Record<string, TypeJSON>, string[]];

/** Encodes a type in cty's JSON form: "string", ["list","string"], ["object",{"a":"number"}]. */
export function typeToJSON(t: Type): TypeJSON {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
    case "dynamic":
      return t.kind;
    case "list":
    case "set":
    case "map":
      return [t.kind, typeToJSON(t.element)];
    case "tuple":
      return ["tuple", t.elements.map(typeToJSON)];
    case "object": {
      const attrs: Record<string, TypeJSON> = {};
      for (const name of sortedAttributeNames(t)) attrs[name] = typeToJSON(t.attributes.get(name)!);
      const optional = t.optional ? [...t.optional].sort() : [];
      return optional.length > 0 ? ["object", attrs, optional] : ["object", attrs];
    }
  }
}
