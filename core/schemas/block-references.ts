import { Iteration } from "../../lang/dynblock/iteration.js";
import { DYNAMIC_BODY_FOR_VARIABLES, withDynamicBlocks } from "../../lang/dynblock/schema.js";
import { iteratorName, unprovided } from "../../lang/dynblock/variables.js";
import type { Attribute, Block, Body } from "../../lang/hcl/body.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { DynamicVal } from "../../lang/values/value.js";
import type { BlockSchema } from "../../providers/schema.js";
import { ambiguousNames, effectiveSchema, namesWrittenAsBlocks, objectElementType, schemaForElementType } from "./block-to-attr.js";
import { bodySchemaOf } from "./decoder-spec.js";

// The references a configuration body makes under its schema, found before anything is evaluated
// (Terraform's blocktoattr.ExpandedVariables over dynblock.WalkVariables): every argument the schema
// allows, at every depth the schema describes, including arguments written as blocks and the
// for_each, labels and content of dynamic blocks, but not references to a dynamic block's iterator,
// which the expansion provides itself.

/**
 * Every traversal the body's expressions make under the schema (each body's arguments in source
 * order, then its blocks'), so a caller can build an EvalContext holding exactly those values before
 * decodeBlock, and draw graph edges from them.
 */
export function blockReferences(body: Body, schema: BlockSchema): Traversal[] {
  const found: Traversal[] = [];
  visit(body, schema, undefined, found);
  return found;
}

/** One body: its arguments, its dynamic blocks' for_each and labels, then its nested bodies. */
function visit(body: Body, schema: BlockSchema, it: Iteration | undefined, found: Traversal[]): void {
  const given = bodySchemaOf(schema);
  const effective = effectiveSchema(given, namesWrittenAsBlocks(body, ambiguousNames(schema), false));
  const { content } = body.partialContent(withDynamicBlocks(effective));
  const attrs = [...content.attributes.values()].sort((a, b) => a.range.start.byte - b.range.start.byte);
  for (const attr of attrs) found.push(...unprovided(attr, it));
  for (const block of content.blocks) {
    if (block.type === "dynamic") visitDynamic(block, schema, it, found);
    else visitChild(block.type, block.body, schema, it, found);
  }
}

/** `dynamic "type"`: for_each outside the new iterator, labels inside it, content as a block of `type`. */
function visitDynamic(block: Block, schema: BlockSchema, it: Iteration | undefined, found: Traversal[]): void {
  const blockType = block.labels[0]!;
  const { content } = block.body.partialContent(DYNAMIC_BODY_FOR_VARIABLES);
  const name = iteratorName(content.attributes.get("iterator"), blockType);
  if (name === undefined) return; // an invalid iterator is reported when the block is expanded
  const blockIt = Iteration.child(it, name, DynamicVal, DynamicVal);
  const forEach = content.attributes.get("for_each");
  if (forEach) found.push(...forEach.expr.variables().filter((t) => !blockIt.inherited.has(t[0].name)));
  const labels = content.attributes.get("labels");
  if (labels) found.push(...unprovided(labels, blockIt));
  for (const c of content.blocks) visitChild(blockType, c.body, schema, blockIt, found);
}

/** A nested body: a block type's, or an element of an argument written as blocks; others are not walked. */
function visitChild(type: string, body: Body, schema: BlockSchema, it: Iteration | undefined, found: Traversal[]): void {
  const nb = schema.blocks?.[type];
  if (nb) return visit(body, nb.block, it, found);
  const a = schema.attributes[type];
  const elementType = a?.type ? objectElementType(a.type, true) : undefined;
  if (elementType) visit(body, schemaForElementType(elementType), it, found);
}


