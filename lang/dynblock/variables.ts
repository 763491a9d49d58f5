import type { Attribute, Block, Body, BodySchema } from "../hcl/body.js";
import { absTraversalForExpr } from "../hcl/static.js";
import type { Traversal } from "../syntax/ast.js";
import { DynamicVal } from "../values/value.js";
import { Iteration } from "./iteration.js";
import { DYNAMIC_BODY_FOR_VARIABLES, withDynamicBlocks, type BlockHeaderSchema } from "./schema.js";

// The references a body's dynamic blocks need before they can be expanded (dynblock's
// WalkExpandVariables / ExpandVariablesHCLDec), found statically so the graph can order their
// sources first. References to iterators are left out: the expansion itself provides them.

/** A block type of a nested schema, with the schema of its own body when the walk should descend into it. */
export interface NestedBlockSchema extends BlockHeaderSchema {
  readonly body?: NestedBodySchema;
}

/** A body schema whose block types may carry their bodies' schemas, as a provider's nested blocks do. */
export interface NestedBodySchema extends BodySchema {
  readonly blocks?: readonly NestedBlockSchema[];
}

/** Options of dynamicBlockVariables. */
export interface VariableWalkOptions {
  /**
   * Also the references of every attribute, inside generated content too (dynblock.WalkVariables),
   * not only those of for_each and labels (WalkExpandVariables, the default).
   */
  readonly includeContent?: boolean;
}

/**
 * The references of the for_each and labels of every `dynamic` block in `body`, at any depth the
 * schema describes: inside static blocks and inside the content of other dynamic blocks.
 */
export function dynamicBlockVariables(body: Body, schema: NestedBodySchema, options: VariableWalkOptions = {}): Traversal[] {
  const walk = new VariableWalk(options.includeContent ?? false);
  walk.visit(body, schema, undefined);
  return walk.found;
}

/** One walk through a body and its nested bodies, collecting references level by level. */
class VariableWalk {
  readonly found: Traversal[] = [];

  constructor(private readonly includeContent: boolean) {}

  visit(body: Body, schema: NestedBodySchema, it: Iteration | undefined): void {
    const { content } = body.partialContent(withDynamicBlocks(schema));
    if (this.includeContent) {
      for (const attr of content.attributes.values()) this.found.push(...unprovided(attr, it));
    }
    for (const block of content.blocks) {
      if (block.type === "dynamic") this.visitDynamic(block, schema, it);
      else this.descend(block.body, schema, block.type, it);
    }
  }

  /** A dynamic block: its for_each and labels, then its content blocks as bodies of the generated type. */
  private visitDynamic(block: Block, schema: NestedBodySchema, it: Iteration | undefined): void {
    const blockType = block.labels[0]!;
    const { content } = block.body.partialContent(DYNAMIC_BODY_FOR_VARIABLES);
    const name = iteratorName(content.attributes.get("iterator"), blockType);
    if (name === undefined) return; // an invalid iterator is reported when the block is expanded
    const blockIt = Iteration.child(it, name, DynamicVal, DynamicVal);
    const forEach = content.attributes.get("for_each");
    if (forEach) this.found.push(...forEach.expr.variables().filter((t) => !blockIt.inherited.has(t[0].name)));
    const labels = content.attributes.get("labels");
    if (labels) this.found.push(...unprovided(labels, blockIt));
    for (const c of content.blocks) this.descend(c.body, schema, blockType, blockIt);
  }

  /** Into a block's body, when the schema describes that block type's body. */
  private descend(body: Body, schema: NestedBodySchema, blockType: string, it: Iteration | undefined): void {
    const childSchema = schema.blocks?.find((b) => b.type === blockType)?.body;
    if (childSchema) this.visit(body, childSchema, it);
  }
}

/** The iterator's root name; undefined when `iterator` is not a traversal. */
export function iteratorName(attr: Attribute | undefined, blockType: string): string | undefined {
  if (!attr) return blockType;
  return absTraversalForExpr(attr.expr).traversal?.[0].name;
}

/** The attribute's references, minus those the iteration provides. */
export function unprovided(attr: Attribute, it: Iteration | undefined): Traversal[] {
  const all = attr.expr.variables();
  return it ? all.filter((t) => !it.provides(t)) : all;
}
