import type { Body, BodySchema } from "../../lang/hcl/body.js";
import { isPrimitive, type ObjectType, type Type } from "../../lang/types/type.js";
import { DYNAMIC_BLOCK_HEADER } from "../../lang/dynblock/schema.js";
import type { BlockSchema, SchemaAttribute } from "../../providers/schema.js";

// Terraform's block-to-attribute fixup (lang/blocktoattr): providers built on the legacy SDK declare
// some arguments as lists or sets of objects yet document them as blocks, so an argument of such a
// type may be written either as `name = [{...}]` or as `name {...}` blocks. Which form a body uses is
// sniffed from the body itself; blocks are then decoded as the elements of the argument's value, with
// a schema made from the element type in which every attribute is optional.

/**
 * The arguments that may be written as blocks: those whose type is a list or a set of objects
 * (nested attributes never are).
 */
export function ambiguousNames(schema: BlockSchema): Set<string> {
  const out = new Set<string>();
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (a.type && objectElementType(a.type, false)) out.add(name);
  }
  return out;
}

/** The object element type of a list or set (and, with `maps`, of a map) of objects. */
export function objectElementType(t: Type, maps: boolean): ObjectType | undefined {
  const collection = t.kind === "list" || t.kind === "set" || (maps && t.kind === "map");
  return collection && t.element.kind === "object" ? t.element : undefined;
}

/**
 * True when a schema cannot come from the legacy SDK, so the fixup is not applied at all: it has a
 * nested attribute, or an argument of a type the SDK could not declare (objects, tuples, maps of
 * objects, collections of collections of non-primitives), at any depth of its blocks.
 */
export function skipFixup(schema: BlockSchema): boolean {
  for (const a of Object.values(schema.attributes)) {
    if (a.nested || unsupportedBySdk(a)) return true;
  }
  return Object.values(schema.blocks ?? {}).some((nb) => skipFixup(nb.block));
}

function unsupportedBySdk(a: SchemaAttribute): boolean {
  const t = a.type;
  if (!t) return false;
  if (t.kind === "tuple" || t.kind === "object") return true;
  if (t.kind === "map" && t.element.kind === "object") return true;
  if (t.kind === "list" || t.kind === "set" || t.kind === "map") {
    const e = t.element;
    if ((e.kind === "list" || e.kind === "set" || e.kind === "map") && !isPrimitive(e.element)) return true;
  }
  return false;
}

/**
 * The schema of a block written for one element of an argument of `elementType` (a list or set of
 * those objects): each attribute of the object an optional argument of its type
 * (SchemaForCtyElementType). A type says less than a schema, so whether an attribute is required is
 * for the provider to say later.
 */
export function schemaForElementType(elementType: ObjectType): BlockSchema {
  const attributes: Record<string, SchemaAttribute> = {};
  for (const [name, t] of elementType.attributes) attributes[name] = { type: t, optional: true };
  return { attributes };
}

/**
 * Which ambiguous arguments a body writes as blocks. In a body whose dynamic blocks are expanded,
 * every ambiguous argument not written as an argument counts as blocks (a dynamic block over an empty
 * collection leaves no block to see); before expansion, one written as blocks or as a `dynamic` block.
 */
export function namesWrittenAsBlocks(body: Body, ambiguous: ReadonlySet<string>, dynamicExpanded: boolean): Set<string> {
  const out = new Set<string>();
  for (const name of ambiguous) {
    if (body.partialContent({ attributes: [{ name }] }).content.attributes.has(name)) continue;
    if (dynamicExpanded || body.partialContent({ blocks: [{ type: name }] }).content.blocks.length > 0) out.add(name);
  }
  if (!dynamicExpanded) {
    for (const block of body.partialContent({ blocks: [DYNAMIC_BLOCK_HEADER] }).content.blocks) {
      const name = block.labels[0]!;
      if (ambiguous.has(name)) out.add(name);
    }
  }
  return out;
}

/** The body schema with each argument written as blocks turned into a block type (effectiveSchema). */
export function effectiveSchema(given: BodySchema, asBlocks: ReadonlySet<string>): BodySchema {
  if (asBlocks.size === 0) return given;
  const attributes = (given.attributes ?? []).filter((a) => !asBlocks.has(a.name));
  const moved = (given.attributes ?? []).filter((a) => asBlocks.has(a.name)).map((a) => ({ type: a.name }));
  return { attributes, blocks: [...moved, ...(given.blocks ?? [])] };
}
