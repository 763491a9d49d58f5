import type { PathStep, ValuePath } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import { DynamicPseudoType, type Type } from "../../lang/types/type.js";

// Reading parts of values the way cty's GetAttr, Index, HasIndex, Path.Apply and Walk do: an unknown
// container yields unknown parts of the right type, marks on a container carry over to what is read
// from it. The objchange algorithms are written against these so that they read like Terraform's.

/** The type of attribute `name` of an object type (`fallback` when the type is not an object or lacks it). */
export function attributeTypeOf(t: Type, name: string, fallback: Type = DynamicPseudoType): Type {
  return t.kind === "object" ? (t.attributes.get(name) ?? fallback) : fallback;
}

/** The element type of a list, set or map type; the dynamic type otherwise. */
export function elementTypeOf(t: Type): Type {
  return t.kind === "list" || t.kind === "set" || t.kind === "map" ? t.element : DynamicPseudoType;
}

/** cty's GetAttr: unknown objects give unknown attributes; a null object or a missing attribute gives null. */
export function attrOf(obj: Value, name: string, fallback: Type = DynamicPseudoType): Value {
  const t = attributeTypeOf(obj.type, name, fallback);
  if (!obj.isKnown) return Value.unknown(t).mark(obj.marks);
  if (obj.isNull || !(obj.raw instanceof Map)) return Value.null(t);
  return (obj.entries().get(name) ?? Value.null(t)).mark(obj.marks);
}

/** True when `v` is a known, non-null list or tuple with an element at `i` (cty's HasIndex). */
export function hasIndex(v: Value, i: number): boolean {
  return v.isKnown && !v.isNull && Array.isArray(v.raw) && v.type.kind !== "set" && i < v.length;
}

/** cty's Index on a list or tuple: an unknown sequence gives an unknown element. */
export function indexOf(v: Value, i: number): Value {
  if (hasIndex(v, i)) return v.elements()[i]!.mark(v.marks);
  const t = v.type.kind === "tuple" ? (v.type.elements[i] ?? DynamicPseudoType) : elementTypeOf(v.type);
  return v.isKnown ? Value.null(t) : Value.unknown(t).mark(v.marks);
}

/** The elements of a known list, set or tuple (none for null or unknown), carrying the container's marks. */
export function elementsOf(v: Value): readonly Value[] {
  if (!v.isKnown || v.isNull || !Array.isArray(v.raw)) return [];
  return v.marks === 0 ? v.elements() : v.elements().map((e) => e.mark(v.marks));
}

/** The entries of a known map or object (none for null or unknown), carrying the container's marks. */
export function entriesOf(v: Value): ReadonlyMap<string, Value> {
  if (!v.isKnown || v.isNull || !(v.raw instanceof Map)) return new Map();
  if (v.marks === 0) return v.entries();
  return new Map([...v.entries()].map(([k, e]) => [k, e.mark(v.marks)]));
}

/** cty's Path.Apply: the part of `v` at `path`, or undefined where cty reports an error. */
export function applyPath(v: Value, path: ValuePath): Value | undefined {
  let cur = v;
  for (const step of path) {
    const next = applyStep(cur, step);
    if (!next) return undefined;
    cur = next;
  }
  return cur;
}

function applyStep(v: Value, step: PathStep): Value | undefined {
  if (v.isNull) return undefined;
  if ("attr" in step) {
    return v.type.kind === "object" && v.type.attributes.has(step.attr) ? attrOf(v, step.attr) : undefined;
  }
  if ("index" in step) {
    if (v.type.kind !== "list" && v.type.kind !== "tuple") return undefined;
    if (!v.isKnown) return Value.unknown(elementTypeOf(v.type));
    return hasIndex(v, step.index) ? indexOf(v, step.index) : undefined;
  }
  if ("key" in step) {
    if (v.type.kind !== "map") return undefined;
    if (!v.isKnown) return Value.unknown(v.type.element);
    const e = entriesOf(v).get(step.key);
    return e;
  }
  return undefined;
}

/** What a walk visitor wants next: look inside this value, skip its insides, or end the walk. */
export type WalkStep = "descend" | "skip" | "stop";

/**
 * cty's Walk: visits `v` and then, depth first, everything inside it with its path (objects by
 * attribute, lists and tuples by index, maps by key, sets by element). Returns true when stopped.
 */
export function walk(v: Value, visit: (path: ValuePath, v: Value) => WalkStep, path: ValuePath = []): boolean {
  const next = visit(path, v);
  if (next === "stop") return true;
  if (next === "skip" || v.isNull || !v.isKnown) return false;
  for (const [step, child] of children(v)) {
    if (walk(child, visit, [...path, step])) return true;
  }
  return false;
}

function children(v: Value): [PathStep, Value][] {
  if (v.raw instanceof Map) {
    const object = v.type.kind === "object";
    return [...v.entries()].map(([k, e]) => [object ? { attr: k } : { key: k }, e]);
  }
  if (!Array.isArray(v.raw)) return [];
  const set = v.type.kind === "set";
  return v.elements().map((e, i) => [set ? { element: e } : { index: i }, e]);
}
