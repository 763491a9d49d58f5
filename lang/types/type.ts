// Terraform's type system (cty's): primitives, collections, structural types and the dynamic
// pseudo-type. Types are immutable plain objects; compare them with typeEquals, never with ===.

/** string, number or bool. */
export interface PrimitiveType {
  readonly kind: "string" | "number" | "bool";
}

/** list(T): ordered, homogeneous. */
export interface ListType {
  readonly kind: "list";
  readonly element: Type;
}

/** set(T): unordered, unique, homogeneous. */
export interface SetType {
  readonly kind: "set";
  readonly element: Type;
}

/** map(T): string keys, homogeneous values. */
export interface MapType {
  readonly kind: "map";
  readonly element: Type;
}

/** tuple([A, B, ...]): fixed length, per-element types. */
export interface TupleType {
  readonly kind: "tuple";
  readonly elements: readonly Type[];
}

/**
 * object({a = A, ...}): fixed attribute names. `optional` lists attributes declared with optional()
 * in a type constraint (only meaningful on constraints, not on values' types).
 */
export interface ObjectType {
  readonly kind: "object";
  readonly attributes: ReadonlyMap<string, Type>;
  readonly optional?: ReadonlySet<string>;
}

/** cty.DynamicPseudoType: "any" in constraints, "not yet known type" for values. */
export interface DynamicType {
  readonly kind: "dynamic";
}

/** Any type. */
export type Type = PrimitiveType | ListType | SetType | MapType | TupleType | ObjectType | DynamicType;

/** The string type. */
export const StringType: PrimitiveType = Object.freeze({ kind: "string" });
/** The number type. */
export const NumberType: PrimitiveType = Object.freeze({ kind: "number" });
/** The bool type. */
export const BoolType: PrimitiveType = Object.freeze({ kind: "bool" });
/** The dynamic pseudo-type (`any`). */
export const DynamicPseudoType: DynamicType = Object.freeze({ kind: "dynamic" });
/** The empty object type, `object({})`. */
export const EmptyObjectType: ObjectType = Object.freeze({ kind: "object", attributes: new Map() });
/** The empty tuple type, `tuple([])`. */
export const EmptyTupleType: TupleType = Object.freeze({ kind: "tuple", elements: [] });

/** list(element). */
export function listOf(element: Type): ListType {
  return { kind: "list", element };
}

/** set(element). */
export function setOf(element: Type): SetType {
  return { kind: "set", element };
}

/** map(element). */
export function mapOf(element: Type): MapType {
  return { kind: "map", element };
}

/** tuple([elements]). */
export function tupleOf(elements: readonly Type[]): TupleType {
  return { kind: "tuple", elements };
}

/** object({attrs}), from a record or a map; `optional` names attributes declared optional. */
export function objectOf(attrs: Record<string, Type> | ReadonlyMap<string, Type>, optional?: Iterable<string>): ObjectType {
  const attributes = attrs instanceof Map ? new Map(attrs) : new Map(Object.entries(attrs));
  const opt = optional ? new Set(optional) : undefined;
  return opt && opt.size > 0 ? { kind: "object", attributes, optional: opt } : { kind: "object", attributes };
}

/** True for string, number and bool. */
export function isPrimitive(t: Type): t is PrimitiveType {
  return t.kind === "string" || t.kind === "number" || t.kind === "bool";
}

/** True for list, set and map. */
export function isCollection(t: Type): t is ListType | SetType | MapType {
  return t.kind === "list" || t.kind === "set" || t.kind === "map";
}

/** True for list, set and tuple: the types a for expression or splat walks in order. */
export function isSequence(t: Type): t is ListType | SetType | TupleType {
  return t.kind === "list" || t.kind === "set" || t.kind === "tuple";
}

/** Structural equality of types (optional-attribute markers included). */
export function typeEquals(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "list":
    case "set":
    case "map":
      return typeEquals(a.element, (b as ListType).element);
    case "tuple": {
      const be = (b as TupleType).elements;
      return a.elements.length === be.length && a.elements.every((t, i) => typeEquals(t, be[i]!));
    }
    case "object":
      return objectTypeEquals(a, b as ObjectType);
    default:
      return true;
  }
}

function objectTypeEquals(a: ObjectType, b: ObjectType): boolean {
  if (a.attributes.size !== b.attributes.size) return false;
  for (const [name, t] of a.attributes) {
    const other = b.attributes.get(name);
    if (!other || !typeEquals(t, other)) return false;
  }
  const ao = a.optional?.size ?? 0;
  const bo = b.optional?.size ?? 0;
  if (ao !== bo) return false;
  for (const name of a.optional ?? []) if (!b.optional?.has(name)) return false;
  return true;
}

/** True when the type is or contains the dynamic pseudo-type anywhere. */
export function hasDynamicTypes(t: Type): boolean {
  switch (t.kind) {
    case "dynamic":
      return true;
    case "list":
    case "set":
    case "map":
      return hasDynamicTypes(t.element);
    case "tuple":
      return t.elements.some(hasDynamicTypes);
    case "object":
      for (const at of t.attributes.values()) if (hasDynamicTypes(at)) return true;
      return false;
    default:
      return false;
  }
}

/** Attribute names of an object type in cty's order (sorted by code unit). */
export function sortedAttributeNames(t: ObjectType): string[] {
  return [...t.attributes.keys()].sort(compareStrings);
}

/** Plain code-unit string comparison (Go's string <), used for object attributes and map keys. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The type as Terraform writes it in type constraints and console output: `list(string)`,
 * `object({a=string})` is written `object({ a = string })`... kept as cty's GoString-like compact form:
 * `object({a=string,b=number})`. Use typeFriendlyName for error messages.
 */
export function typeExprString(t: Type): string {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
      return t.kind;
    case "dynamic":
      return "dynamic";
    case "list":
    case "set":
    case "map":
      return `${t.kind}(${typeExprString(t.element)})`;
    case "tuple":
      return `tuple([${t.elements.map(typeExprString).join(",")}])`;
    case "object": {
      const parts = sortedAttributeNames(t).map((n) => {
        const at = typeExprString(t.attributes.get(n)!);
        return t.optional?.has(n) ? `${n}=optional(${at})` : `${n}=${at}`;
      });
      return `object({${parts.join(",")}})`;
    }
  }
}

/** cty's FriendlyName, used in Terraform's error messages: "list of string", "object", "tuple". */
export function typeFriendlyName(t: Type): string {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
      return t.kind;
    case "dynamic":
      return "dynamic";
    case "list":
      return `list of ${typeFriendlyName(t.element)}`;
    case "set":
      return `set of ${typeFriendlyName(t.element)}`;
    case "map":
      return `map of ${typeFriendlyName(t.element)}`;
    case "tuple":
      return "tuple";
    case "object":
      return "object";
  }
}

/** The type with every optional-attribute marker removed at every level (cty's WithoutOptionalAttributesDeep). */
export function withoutOptionalAttributesDeep(t: Type): Type {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return { kind: t.kind, element: withoutOptionalAttributesDeep(t.element) };
    case "tuple":
      return tupleOf(t.elements.map(withoutOptionalAttributesDeep));
    case "object": {
      const attrs = new Map<string, Type>();
      for (const [name, at] of t.attributes) attrs.set(name, withoutOptionalAttributesDeep(at));
      return { kind: "object", attributes: attrs };
    }
    default:
      return t;
  }
}
