import type { Attribute, Block, Body, BodyContent, BodySchema } from "../../lang/hcl/body.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { schemaForOverrides } from "./decode-value.js";

/**
 * A base body with an override body laid over it (configs.MergeBodies, for override files): an
 * attribute in the override replaces the base's, and any block type the override has (directly or as
 * `dynamic "type"`) replaces all base blocks of that type. Like Terraform's, neither side reports
 * arguments the schema does not name.
 */
export class OverrideBody implements Body {
  constructor(
    private readonly base: Body,
    private readonly override: Body,
  ) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = this.partialContent(schema);
    return { content, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const base = this.base.partialContent(withDynamic(schema));
    const over = this.override.partialContent(withDynamic(schemaForOverrides(schema)));
    const content = mergeContent(base.content, over.content, this.missingItemRange());
    return { content, remain: new OverrideBody(base.remain, over.remain), diagnostics: [...base.diagnostics, ...over.diagnostics] };
  }

  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] } {
    const base = this.base.justAttributes();
    const over = this.override.justAttributes();
    const attributes = new Map([...base.attributes, ...over.attributes]);
    return { attributes, diagnostics: [...base.diagnostics, ...over.diagnostics] };
  }

  missingItemRange(): Range {
    return this.base.missingItemRange();
  }
}

function withDynamic(schema: BodySchema): BodySchema {
  return { attributes: schema.attributes ?? [], blocks: [...(schema.blocks ?? []), { type: "dynamic", labelNames: ["type"] }] };
}

function mergeContent(base: BodyContent, over: BodyContent, missingItemRange: Range): BodyContent {
  const attributes = new Map([...base.attributes, ...over.attributes]);
  const overridden = new Set(over.blocks.map((b) => (b.type === "dynamic" ? b.labels[0]! : b.type)));
  const kept = base.blocks.filter((b: Block) => !overridden.has(b.type === "dynamic" ? b.labels[0]! : b.type));
  return { attributes, blocks: [...kept, ...over.blocks], missingItemRange };
}
