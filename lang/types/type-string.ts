import { sortedAttributeNames, typeFriendlyName, type Type } from "./type.js";

// Printable forms of types: the multi-line form `terraform console` prints for type(x), and the
// English names cty uses in conversion errors ("list of string", "map of any single type").

/** cty's FriendlyName: "list of string", "object", "dynamic". Used where a value's type is described. */
export function friendlyName(t: Type): string {
  return typeFriendlyName(t);
}

/**
 * cty's FriendlyNameForConstraint: as friendlyName, but a dynamic element reads "any single type" and a
 * bare dynamic type "any type". Used where a wanted type is described ("list of any single type required").
 */
export function friendlyNameForConstraint(t: Type): string {
  switch (t.kind) {
    case "dynamic":
      return "any type";
    case "list":
    case "set":
    case "map": {
      const el = t.element.kind === "dynamic" ? "any single type" : friendlyNameForConstraint(t.element);
      return `${t.kind} of ${el}`;
    }
    default:
      return typeFriendlyName(t);
  }
}

/**
 * The type as `terraform console` prints `type(x)`: `list(string)`, and structural types spread over
 * lines with four-space indentation:
 * ```
 * object({
 *     a: number,
 * })
 * ```
 */
export function typeString(t: Type): string {
  return typeStringAt(t, 0);
}

function typeStringAt(t: Type, indent: number): string {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return collectionString(t, indent);
    case "object":
      return objectString(t.attributes, sortedAttributeNames(t), indent);
    case "tuple":
      return tupleString(t.elements, indent);
    default:
      return t.kind;
  }
}

// Collections nest inline (`list(map(string))`) until a structural element type, which goes on its
// own line: `list(list(\n    object({...}),\n))`.
function collectionString(t: Type, indent: number): string {
  let open = "";
  let close = "";
  let inner = t;
  while (inner.kind === "list" || inner.kind === "set" || inner.kind === "map") {
    open += `${inner.kind}(`;
    close += ")";
    inner = inner.element;
  }
  if (inner.kind !== "object" && inner.kind !== "tuple") return `${open}${inner.kind}${close}`;
  const pad = " ".repeat(indent + 4);
  return `${open}\n${pad}${typeStringAt(inner, indent + 4)},\n${" ".repeat(indent)}${close}`;
}

function objectString(attrs: ReadonlyMap<string, Type>, names: readonly string[], indent: number): string {
  if (names.length === 0) return "object({})";
  const pad = " ".repeat(indent + 4);
  const lines = names.map((n) => `${pad}${n}: ${typeStringAt(attrs.get(n)!, indent + 4)},\n`);
  return `object({\n${lines.join("")}${" ".repeat(indent)}})`;
}

function tupleString(elements: readonly Type[], indent: number): string {
  if (elements.length === 0) return "tuple([])";
  const pad = " ".repeat(indent + 4);
  const lines = elements.map((e) => `${pad}${typeStringAt(e, indent + 4)},\n`);
  return `tuple([\n${lines.join("")}${" ".repeat(indent)}])`;
}
