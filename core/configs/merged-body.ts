import type { Attribute, Block, Body, BodyContent, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";

/**
 * Several bodies read as one (hcl.MergeBodies), as a module block's arguments and its `_` escaping
 * block are: attributes come from whichever body sets them (setting one twice is an error), blocks
 * from all of them in order.
 */
export class MergedBody implements Body {
  constructor(private readonly bodies: readonly Body[]) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = this.merge(schema, (b, s) => ({ ...b.content(s), remain: undefined }));
    return { content, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const remains: Body[] = [];
    const { content, diagnostics } = this.merge(schema, (b, s) => {
      const r = b.partialContent(s);
      remains.push(r.remain);
      return r;
    });
    return { content, remain: new MergedBody(remains), diagnostics };
  }

  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] } {
    const attributes = new Map<string, Attribute>();
    const diagnostics: Diagnostic[] = [];
    for (const body of this.bodies) {
      const r = body.justAttributes();
      diagnostics.push(...r.diagnostics);
      for (const [name, attr] of r.attributes) addAttribute(attributes, name, attr, diagnostics);
    }
    return { attributes, diagnostics };
  }

  missingItemRange(): Range {
    return this.bodies[0]!.missingItemRange();
  }

  private merge(
    schema: BodySchema,
    decode: (body: Body, schema: BodySchema) => { content: BodyContent; diagnostics: Diagnostic[] },
  ): { content: BodyContent; diagnostics: Diagnostic[] } {
    const relaxed: BodySchema = { attributes: (schema.attributes ?? []).map((a) => ({ name: a.name })), blocks: schema.blocks ?? [] };
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const body of this.bodies) {
      const r = decode(body, relaxed);
      diagnostics.push(...r.diagnostics);
      for (const [name, attr] of r.content.attributes) addAttribute(attributes, name, attr, diagnostics);
      blocks.push(...r.content.blocks);
    }
    for (const a of schema.attributes ?? []) {
      if (a.required && !attributes.has(a.name)) {
        const detail = `The argument ${goQuote(a.name)} is required, but was not set.`;
        diagnostics.push(errorDiag("Missing required argument", detail));
      }
    }
    return { content: { attributes, blocks, missingItemRange: this.missingItemRange() }, diagnostics };
  }
}

function addAttribute(into: Map<string, Attribute>, name: string, attr: Attribute, diagnostics: Diagnostic[]): void {
  const existing = into.get(name);
  if (existing) {
    const detail = `Argument ${goQuote(name)} was already set at ${formatRange(existing.nameRange)}`;
    diagnostics.push(errorDiag("Duplicate argument", detail, attr.nameRange));
    return;
  }
  into.set(name, attr);
}
