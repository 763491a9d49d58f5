import type { OutputChange, ResourceInstanceChange } from "../../../core/plans/changes.js";
import { Mark } from "../../../lang/values/marks.js";
import { Value } from "../../../lang/values/value.js";
import type { BlockSchema, NestedAttributeObject, NestingMode, Schema, SchemaAttribute } from "../../../providers/schema.js";
import { ALWAYS_MATCHER, matcherFromValuePaths, pathsMatcher, type PathMatcher } from "./path-matcher.js";
import { asNoOp, type StructuredChange } from "./structured-change.js";
import { genericFromValue, sensitiveTree, unknownTree } from "./generic.js";

// From the plan's values to what the renderer diffs (jsonplan's marshalling followed by
// structured.FromJsonChange): each side as JSON, the unknown and sensitive trees, the replace paths.
// Attributes the schema declares sensitive are hidden whether or not the value carries the mark:
// jsonplan adds the schema's sensitive paths (configschema's SensitivePaths) to the value's own.

/** Finds the schema of a resource change's type; undefined when the provider did not supply one. */
export type SchemaLookup = (change: ResourceInstanceChange) => Schema | undefined;

/** The structured change of a resource instance under its block schema. */
export function resourceStructuredChange(rc: ResourceInstanceChange, block: BlockSchema, relevant: PathMatcher = ALWAYS_MATCHER): StructuredChange {
  const { before, after, action } = rc.change;
  const marked = {
    before: markSchemaSensitive(before, block),
    after: markSchemaSensitive(after, block),
  };
  const change: StructuredChange = {
    beforeExplicit: false,
    afterExplicit: false,
    before: genericFromValue(before),
    after: genericFromValue(after),
    unknown: after.isWhollyKnown ? new Map() : unknownTree(after),
    beforeSensitive: sensitiveTree(marked.before),
    afterSensitive: sensitiveTree(marked.after),
    replacePaths: matcherFromValuePaths(rc.requiredReplace),
    relevantAttributes: relevant,
    nonLegacySchema: false,
  };
  // A forget-only change shows as a no-op, so that it does not look like a deletion.
  return action === "forget" ? asNoOp(change) : change;
}

/** The structured change of a root module output. */
export function outputStructuredChange(oc: OutputChange): StructuredChange {
  const { before, after } = oc.change;
  return {
    beforeExplicit: false,
    afterExplicit: false,
    before: genericFromValue(before),
    after: genericFromValue(after),
    unknown: after.isWhollyKnown ? false : unknownTree(after),
    beforeSensitive: oc.sensitive,
    afterSensitive: oc.sensitive,
    replacePaths: pathsMatcher([]),
    relevantAttributes: ALWAYS_MATCHER,
    nonLegacySchema: false,
  };
}

/** The schema to diff with: the provider's, or one made from the values' own types when there is none. */
export function blockFor(rc: ResourceInstanceChange, schemas: SchemaLookup): BlockSchema {
  return schemas(rc)?.block ?? blockFromValues(rc.change.before, rc.change.after);
}

function blockFromValues(before: Value, after: Value): BlockSchema {
  const t = after.type.kind === "object" ? after.type : before.type;
  const attributes: Record<string, SchemaAttribute> = {};
  if (t.kind === "object") for (const [name, at] of t.attributes) attributes[name] = { type: at, optional: true };
  return { attributes };
}

/** The block's value with every schema-sensitive attribute marked sensitive. */
export function markSchemaSensitive(v: Value, block: BlockSchema): Value {
  if (!v.isKnown || v.isNull || !(v.raw instanceof Map)) return v;
  const m = new Map<string, Value>();
  for (const [name, e] of v.entries()) {
    const attr = block.attributes[name];
    const nested = block.blocks?.[name];
    if (attr) m.set(name, markAttribute(e, attr));
    else if (nested) m.set(name, eachNested(e, nested.nesting, (x) => markSchemaSensitive(x, nested.block)));
    else m.set(name, e);
  }
  return Value.of(v.type, m, v.marks);
}

function markAttribute(v: Value, attr: SchemaAttribute): Value {
  if (attr.sensitive) return v.mark(Mark.Sensitive);
  return attr.nested ? markNested(v, attr.nested) : v;
}

function markNested(v: Value, nested: NestedAttributeObject): Value {
  return eachNested(v, nested.nesting, (obj) => markObject(obj, nested.attributes));
}

function markObject(v: Value, attributes: Readonly<Record<string, SchemaAttribute>>): Value {
  if (!v.isKnown || v.isNull || !(v.raw instanceof Map)) return v;
  const m = new Map<string, Value>();
  for (const [name, e] of v.entries()) {
    const attr = attributes[name];
    m.set(name, attr ? markAttribute(e, attr) : e);
  }
  return Value.of(v.type, m, v.marks);
}

// Applies `f` to the one object of a single nesting, or to each element of a repeated one.
function eachNested(v: Value, nesting: NestingMode, f: (obj: Value) => Value): Value {
  if (!v.isKnown || v.isNull) return v;
  if (nesting === "single" || nesting === "group") return f(v);
  if (Array.isArray(v.raw)) return Value.of(v.type, v.elements().map(f), v.marks);
  if (v.raw instanceof Map) {
    const m = new Map<string, Value>();
    for (const [k, e] of v.entries()) m.set(k, f(e));
    return Value.of(v.type, m, v.marks);
  }
  return v;
}

/** True when the block or anything nested in it declares a sensitive attribute. */
export function blockContainsSensitive(block: BlockSchema): boolean {
  return (
    Object.values(block.attributes).some(attributeContainsSensitive) ||
    Object.values(block.blocks ?? {}).some((b) => blockContainsSensitive(b.block))
  );
}

function attributeContainsSensitive(attr: SchemaAttribute): boolean {
  return attr.sensitive === true || Object.values(attr.nested?.attributes ?? {}).some(attributeContainsSensitive);
}
