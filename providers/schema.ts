import {
  DynamicPseudoType,
  listOf,
  mapOf,
  objectOf,
  setOf,
  type Type,
} from "../lang/types/type.js";

// The shape of a provider's configuration, resources and data sources (Terraform's configschema, as
// tfplugin6's Schema message carries it): a block of attributes and nested blocks, each attribute with
// a type or a nested object type, and the flags that say who sets it (required, optional, computed).

/** How a nested block or nested attribute repeats. */
export type NestingMode = "single" | "group" | "list" | "set" | "map";

/** How a description is written (tfplugin6 StringKind); plain when not said. */
export type DescriptionKind = "plain" | "markdown";

/** One attribute of a block or of a nested attribute object. Exactly one of `type` and `nested` is set. */
export interface SchemaAttribute {
  readonly type?: Type;
  /** A nested attribute (protocol 6): an object type with its own attribute flags. */
  readonly nested?: NestedAttributeObject;
  readonly description?: string;
  readonly descriptionKind?: DescriptionKind;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  /** Set in configuration but never stored in state or plan. */
  readonly writeOnly?: boolean;
  readonly deprecated?: boolean;
}

/** The object of a nested attribute and how it repeats. */
export interface NestedAttributeObject {
  readonly nesting: NestingMode;
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
}

/** A block type that may appear inside a block. */
export interface NestedBlock {
  readonly nesting: NestingMode;
  readonly block: BlockSchema;
  /** Fewest blocks allowed (list and set nesting); 0 for no limit. */
  readonly minItems?: number;
  /** Most blocks allowed (list and set nesting); 0 for no limit. */
  readonly maxItems?: number;
}

/** A block: its attributes and the block types nested in it. */
export interface BlockSchema {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly blocks?: Readonly<Record<string, NestedBlock>>;
  readonly description?: string;
  readonly descriptionKind?: DescriptionKind;
  readonly deprecated?: boolean;
}

/** A resource type's, data source's or provider's schema with its version (for state upgrades). */
export interface Schema {
  readonly version: number;
  readonly block: BlockSchema;
}

/** The object type of values that conform to a block (configschema's ImpliedType). */
export function impliedType(block: BlockSchema): Type {
  const attrs: Record<string, Type> = {};
  for (const [name, a] of Object.entries(block.attributes)) attrs[name] = attributeType(a);
  for (const [name, b] of Object.entries(block.blocks ?? {})) attrs[name] = nestedBlockType(b);
  return objectOf(attrs);
}

/** The type of one attribute's value. */
export function attributeType(a: SchemaAttribute): Type {
  if (a.nested) return nestedObjectType(a.nested);
  return a.type ?? DynamicPseudoType;
}

/** A nested attribute's type: its object in a plain list, set or map, whatever it holds (Object.ImpliedType). */
function nestedObjectType(n: NestedAttributeObject): Type {
  const attrs: Record<string, Type> = {};
  for (const [name, a] of Object.entries(n.attributes)) attrs[name] = attributeType(a);
  return repeat(n.nesting, objectOf(attrs), false);
}

function nestedBlockType(b: NestedBlock): Type {
  const inner = impliedType(b.block);
  return repeat(b.nesting, inner, containsDynamic(inner));
}

/**
 * A list or map of blocks that hold `any` cannot be a cty list or map (its elements may differ in
 * type): configschema makes it the dynamic pseudo-type, holding a tuple or an object. Nested
 * attributes stay lists and maps.
 */
function repeat(nesting: NestingMode, inner: Type, dynamic: boolean): Type {
  switch (nesting) {
    case "single":
    case "group":
      return inner;
    case "list":
      return dynamic ? DynamicPseudoType : listOf(inner);
    case "set":
      return setOf(inner);
    case "map":
      return dynamic ? DynamicPseudoType : mapOf(inner);
  }
}

function containsDynamic(t: Type): boolean {
  if (t.kind === "dynamic") return true;
  if (t.kind === "object") return [...t.attributes.values()].some(containsDynamic);
  if (t.kind === "list" || t.kind === "set" || t.kind === "map") return containsDynamic(t.element);
  if (t.kind === "tuple") return t.elements.some(containsDynamic);
  return false;
}
