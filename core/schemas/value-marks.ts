import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { Mark } from "../../lang/values/marks.js";
import type { ValuePath } from "../../lang/values/path.js";
import type { Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import type { BlockSchema, NestedAttributeObject, NestedBlock, NestingMode, SchemaAttribute } from "../../providers/schema.js";

// Sensitivity a schema declares (configschema's ValueMarks and ContainsSensitive): an attribute the
// provider marks sensitive is sensitive whatever value it holds, inside nested attributes and nested
// blocks too. A set cannot hold marked elements in cty, so a mark that lands inside a set's element
// marks the whole set, as cty.SetVal does.

/** The value with Mark.Sensitive added on every attribute the schema (or a nested attribute or block) calls sensitive. */
export function valueMarks(value: Value, schema: BlockSchema): Value {
  if (value.isNull || !value.isKnown || value.type.kind !== "object") return value;
  const attrs = new Map(value.entries());
  for (const [name, a] of Object.entries(schema.attributes)) {
    const v = attrs.get(name);
    if (v === undefined) continue;
    if (a.sensitive) attrs.set(name, v.mark(Mark.Sensitive));
    else if (a.nested && nestedContainsSensitive(a.nested)) attrs.set(name, nestedMarks(v, a.nested));
  }
  for (const [name, nb] of Object.entries(schema.blocks ?? {})) {
    const v = attrs.get(name);
    if (v === undefined || !containsSensitive(nb.block)) continue;
    attrs.set(name, eachElement(v, nb.nesting, (e) => valueMarks(e, nb.block)));
  }
  return Value.of(value.type, attrs, value.marks);
}

/** The value of a nested attribute with its sensitive inner attributes marked (Object.ValueMarks). */
function nestedMarks(value: Value, nested: NestedAttributeObject): Value {
  return eachElement(value, nested.nesting, (obj) => {
    if (obj.isNull || !obj.isKnown || obj.type.kind !== "object") return obj;
    const attrs = new Map(obj.entries());
    for (const [name, a] of Object.entries(nested.attributes)) {
      const v = attrs.get(name);
      if (v === undefined) continue;
      if (a.sensitive) attrs.set(name, v.mark(Mark.Sensitive));
      else if (a.nested && nestedContainsSensitive(a.nested)) attrs.set(name, nestedMarks(v, a.nested));
    }
    return Value.of(obj.type, attrs, obj.marks);
  });
}

/** `f` applied to the one object (single, group) or to each element of a known collection. */
function eachElement(v: Value, nesting: NestingMode, f: (e: Value) => Value): Value {
  if (v.isNull || !v.isKnown) return v;
  if (nesting === "single" || nesting === "group") return f(v);
  if (Array.isArray(v.raw)) {
    const elements = v.elements().map(f);
    return v.type.kind === "set" ? markedSet(elements, v.type.element).mark(v.marks) : Value.of(v.type, elements, v.marks);
  }
  if (v.raw instanceof Map) {
    const entries = new Map<string, Value>();
    for (const [k, e] of v.entries()) entries.set(k, f(e));
    return Value.of(v.type, entries, v.marks);
  }
  return v;
}

/** A set of the elements, every mark inside them moved onto the set itself (cty.SetVal). */
export function markedSet(elements: readonly Value[], elementType: Type): Value {
  let marks = Mark.None;
  const clean = elements.map((e) => {
    const r = unmarkDeep(e);
    marks |= r.marks;
    return r.value;
  });
  return Value.set(clean, elementType).mark(marks);
}

/** True when an attribute of the block, of its nested attributes or of its nested blocks is sensitive (Block.ContainsSensitive). */
export function containsSensitive(schema: BlockSchema): boolean {
  for (const a of Object.values(schema.attributes)) {
    if (a.sensitive || (a.nested && nestedContainsSensitive(a.nested))) return true;
  }
  return Object.values(schema.blocks ?? {}).some((nb) => containsSensitive(nb.block));
}

function nestedContainsSensitive(n: NestedAttributeObject): boolean {
  return Object.values(n.attributes).some((a) => a.sensitive || (a.nested !== undefined && nestedContainsSensitive(a.nested)));
}

/**
 * True when the schema makes the value at `path` sensitive: the path names a sensitive attribute or
 * something inside one, through nested attributes and nested blocks (index and key steps into their
 * collections are skipped over).
 */
export function isSensitivePath(schema: BlockSchema, path: ValuePath): boolean {
  let attributes: Readonly<Record<string, SchemaAttribute>> = schema.attributes;
  let block: BlockSchema | undefined = schema;
  let i = 0;
  while (i < path.length) {
    const step = path[i]!;
    if (!("attr" in step)) return false;
    const a = attributes[step.attr];
    const nb: NestedBlock | undefined = a === undefined ? block?.blocks?.[step.attr] : undefined;
    i++;
    if (a) {
      if (a.sensitive) return true;
      if (!a.nested) return false;
      attributes = a.nested.attributes;
      block = undefined;
      i += skipsIndex(a.nested.nesting, path, i);
    } else if (nb) {
      block = nb.block;
      attributes = nb.block.attributes;
      i += skipsIndex(nb.nesting, path, i);
    } else {
      return false;
    }
  }
  return false;
}

/** 1 when a collection's element is selected at `path[i]` (an index, key or set element step). */
function skipsIndex(nesting: NestingMode, path: ValuePath, i: number): number {
  if (nesting === "single" || nesting === "group") return 0;
  const step = path[i];
  return step !== undefined && !("attr" in step) ? 1 : 0;
}
