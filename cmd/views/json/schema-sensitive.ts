import { Mark } from "../../../lang/values/marks.js";
import { Value } from "../../../lang/values/value.js";
import type { BlockSchema, NestedAttributeObject, NestingMode } from "../../../providers/schema.js";

// Attributes a provider's schema declares sensitive are sensitive whether or not the value says so
// (configschema's Block.ValueMarks): before writing which parts of an object are sensitive, Terraform
// adds those marks to the ones the value already carries, through nested blocks and nested
// attributes at every level.

/** The object value with the sensitive mark added on every attribute its schema calls sensitive. */
export function markSchemaSensitive(v: Value, block: BlockSchema): Value {
  if (!v.isKnown || v.isNull || v.type.kind !== "object") return v;
  const attrs = new Map(v.entries());
  for (const [name, a] of Object.entries(block.attributes)) {
    const e = attrs.get(name);
    if (!e) continue;
    if (a.sensitive) attrs.set(name, e.mark(Mark.Sensitive));
    else if (a.nested) attrs.set(name, markNested(e, a.nested));
  }
  for (const [name, b] of Object.entries(block.blocks ?? {})) {
    const e = attrs.get(name);
    if (e) attrs.set(name, repeated(e, b.nesting, (x) => markSchemaSensitive(x, b.block)));
  }
  return Value.of(v.type, attrs, v.marks);
}

function markNested(v: Value, nested: NestedAttributeObject): Value {
  const block: BlockSchema = { attributes: nested.attributes };
  return repeated(v, nested.nesting, (x) => markSchemaSensitive(x, block));
}

// Applies f to the one object (single, group) or to each element (list, set, map) of a nested value.
function repeated(v: Value, nesting: NestingMode, f: (x: Value) => Value): Value {
  if (nesting === "single" || nesting === "group") return f(v);
  if (!v.isKnown || v.isNull) return v;
  if (Array.isArray(v.raw)) return Value.of(v.type, v.elements().map(f), v.marks);
  const m = new Map<string, Value>();
  for (const [k, e] of v.entries()) m.set(k, f(e));
  return Value.of(v.type, m, v.marks);
}
