import type { Attribute, Block, Body, BodyContent, BodySchema } from "../hcl/body.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import { rangeBetween, rangeStartOf, type Range } from "../source/range.js";
import type * as ast from "../syntax/ast.js";
import { goQuote } from "../text/go-quote.js";
import { nameSuggestion } from "../text/name-suggestion.js";
import { NativeExpression } from "./native-expression.js";

type BlockSchema = NonNullable<BodySchema["blocks"]>[number];

/**
 * A native-syntax body behind the syntax-independent Body interface (hclsyntax's Body): decoded on
 * demand against a schema, with hcl's diagnostics and ranges. Items a partial decode has taken are
 * hidden from the body it returns as the rest.
 */
export class NativeBody implements Body {
  constructor(
    private readonly node: ast.Body,
    private readonly hiddenAttrs: ReadonlySet<string> = new Set(),
    private readonly hiddenBlocks: ReadonlySet<string> = new Set(),
  ) {}

  /** Decodes against the schema; attributes and blocks it does not name are errors. */
  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, remain, diagnostics } = this.partialContent(schema);
    const rest = remain as NativeBody;
    for (const attr of this.node.attributes) {
      if (!rest.hiddenAttrs.has(attr.name)) diagnostics.push(unsupportedArgument(attr, schema, content));
    }
    for (const block of this.node.blocks) {
      if (!rest.hiddenBlocks.has(block.blockType)) diagnostics.push(unsupportedBlock(block, schema));
    }
    return { content, diagnostics };
  }

  /** Decodes what the schema names; the rest stays available in the returned body. */
  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const hiddenAttrs = new Set(this.hiddenAttrs);
    const attributes = new Map<string, Attribute>();
    for (const attrS of schema.attributes ?? []) {
      const attr = this.visibleAttribute(attrS.name);
      if (attr) {
        hiddenAttrs.add(attrS.name);
        attributes.set(attrS.name, toAttribute(attr));
      } else if (attrS.required) {
        const detail = `The argument ${goQuote(attrS.name)} is required, but no definition was found.`;
        diagnostics.push(errorDiag("Missing required argument", detail, this.missingItemRange()));
      }
    }
    const blocks = this.matchingBlocks(schema, diagnostics);
    const hiddenBlocks = new Set([...this.hiddenBlocks, ...(schema.blocks ?? []).map((b) => b.type)]);
    const content = { attributes, blocks, missingItemRange: this.missingItemRange() };
    return { content, remain: new NativeBody(this.node, hiddenAttrs, hiddenBlocks), diagnostics };
  }

  /** Treats the body as attributes only; a block is an error ("Unexpected ... block"). */
  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const first = this.node.blocks[0];
    if (first) {
      diagnostics.push(errorDiag(`Unexpected ${goQuote(first.blockType)} block`, "Blocks are not allowed here.", first.typeRange));
    }
    const attributes = new Map<string, Attribute>();
    for (const attr of this.node.attributes) {
      if (!this.hiddenAttrs.has(attr.name)) attributes.set(attr.name, toAttribute(attr));
    }
    return { attributes, diagnostics };
  }

  /** The empty range at the start of the body (a block's opening brace). */
  missingItemRange(): Range {
    return rangeStartOf(this.node.range);
  }

  private visibleAttribute(name: string): ast.Attribute | undefined {
    if (this.hiddenAttrs.has(name)) return undefined;
    return this.node.attributes.find((a) => a.name === name);
  }

  /** The blocks of the schema's types, in source order; blocks with the wrong number of labels are errors. */
  private matchingBlocks(schema: BodySchema, diagnostics: Diagnostic[]): Block[] {
    const wanted = new Map((schema.blocks ?? []).map((b) => [b.type, b]));
    const out: Block[] = [];
    for (const block of this.node.blocks) {
      const blockS = this.hiddenBlocks.has(block.blockType) ? undefined : wanted.get(block.blockType);
      if (!blockS) continue;
      const labelError = checkLabels(block, blockS);
      if (labelError) diagnostics.push(labelError);
      else out.push(toBlock(block));
    }
    return out;
  }
}

/** The body of a parsed file. */
export function nativeFileBody(file: ast.ConfigFile): Body {
  return new NativeBody(file.body);
}

function toAttribute(attr: ast.Attribute): Attribute {
  return { name: attr.name, expr: new NativeExpression(attr.expr), range: attr.range, nameRange: attr.nameRange };
}

function toBlock(block: ast.Block): Block {
  const last = block.labelRanges[block.labelRanges.length - 1] ?? block.typeRange;
  return {
    type: block.blockType,
    labels: block.labels,
    body: new NativeBody(block.body),
    defRange: rangeBetween(block.typeRange, last),
    typeRange: block.typeRange,
    labelRanges: block.labelRanges,
  };
}

/** hcl's "Extraneous label for ..." / "Missing <label> for ..." when the labels do not fit the schema. */
function checkLabels(block: ast.Block, blockS: BlockSchema): Diagnostic | undefined {
  const names = blockS.labelNames ?? [];
  const name = block.blockType;
  const context = rangeBetween(block.typeRange, block.openBraceRange);
  if (block.labels.length > names.length) {
    const detail =
      names.length === 0
        ? `No labels are expected for ${name} blocks.`
        : `Only ${names.length} labels (${names.join(", ")}) are expected for ${name} blocks.`;
    return errorDiag(`Extraneous label for ${name}`, detail, block.labelRanges[names.length]!, context);
  }
  if (block.labels.length < names.length) {
    const detail = `All ${name} blocks must have ${names.length} labels (${names.join(", ")}).`;
    return errorDiag(`Missing ${names[block.labels.length]} for ${name}`, detail, block.openBraceRange, context);
  }
  return undefined;
}

function unsupportedArgument(attr: ast.Attribute, schema: BodySchema, content: BodyContent): Diagnostic {
  const candidates = (schema.attributes ?? []).map((a) => a.name).filter((n) => !content.attributes.has(n));
  const s = nameSuggestion(attr.name, candidates);
  let hint = s ? ` Did you mean ${goQuote(s)}?` : "";
  if (!s && (schema.blocks ?? []).some((b) => b.type === attr.name)) {
    hint = ` Did you mean to define a block of type ${goQuote(attr.name)}?`;
  }
  return errorDiag("Unsupported argument", `An argument named ${goQuote(attr.name)} is not expected here.${hint}`, attr.nameRange);
}

function unsupportedBlock(block: ast.Block, schema: BodySchema): Diagnostic {
  const s = nameSuggestion(
    block.blockType,
    (schema.blocks ?? []).map((b) => b.type),
  );
  let hint = s ? ` Did you mean ${goQuote(s)}?` : "";
  if (!s && (schema.attributes ?? []).some((a) => a.name === block.blockType)) {
    hint = ` Did you mean to define argument ${goQuote(block.blockType)}? If so, use the equals sign to assign it a value.`;
  }
  return errorDiag("Unsupported block type", `Blocks of type ${goQuote(block.blockType)} are not expected here.${hint}`, block.typeRange);
}
