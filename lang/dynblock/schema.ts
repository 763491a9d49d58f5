import type { BodySchema } from "../hcl/body.js";

// The fixed schemas of the `dynamic` construct (hcl ext/dynblock schema.go): the block header the
// expansion adds to every schema it decodes with, and what a `dynamic` block's own body may contain.

/** One block type of a schema: its name and the names of its labels. */
export type BlockHeaderSchema = NonNullable<BodySchema["blocks"]>[number];

/** One attribute of a schema. */
export type AttributeSchema = NonNullable<BodySchema["attributes"]>[number];

/** `dynamic "type" { ... }`: one label, naming the block type to generate. */
export const DYNAMIC_BLOCK_HEADER: BlockHeaderSchema = { type: "dynamic", labelNames: ["type"] };

const CONTENT_BLOCK: BlockHeaderSchema = { type: "content" };

/** A `dynamic` block generating blocks that have labels: `labels` is required. */
export const DYNAMIC_BODY_WITH_LABELS: BodySchema = {
  attributes: [
    { name: "for_each", required: true },
    { name: "iterator", required: false },
    { name: "labels", required: true },
  ],
  blocks: [CONTENT_BLOCK],
};

/** A `dynamic` block generating blocks without labels: `labels` is not expected. */
export const DYNAMIC_BODY_NO_LABELS: BodySchema = {
  attributes: [
    { name: "for_each", required: true },
    { name: "iterator", required: false },
  ],
  blocks: [CONTENT_BLOCK],
};

/** The lenient schema the variable walk reads `dynamic` blocks with, so broken blocks still yield references. */
export const DYNAMIC_BODY_FOR_VARIABLES: BodySchema = {
  attributes: [
    { name: "for_each", required: false },
    { name: "labels", required: false },
    { name: "iterator", required: false },
  ],
  blocks: [CONTENT_BLOCK],
};

/** The schema extended with the `dynamic` block type, so dynamic blocks come back interleaved with the rest. */
export function withDynamicBlocks(schema: BodySchema, extraBlocks: readonly BlockHeaderSchema[] = []): BodySchema {
  return { attributes: schema.attributes, blocks: [...(schema.blocks ?? []), DYNAMIC_BLOCK_HEADER, ...extraBlocks] };
}
