import type { Attribute, Block, Body, BodyContent, BodySchema } from "../hcl/body.js";
import type { Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import type { Marks } from "../values/marks.js";
import { DynamicVal } from "../values/value.js";
import { bodyValueMarks, type MarkedBody, type UnknownBody } from "./body-traits.js";
import { StaticExpression } from "./wrapped-expression.js";

/**
 * The body of the one placeholder block generated when a dynamic block's for_each is unknown (hcl
 * ext/dynblock unknown_body.go). It decodes like its template, the content block (so schema errors
 * and ranges are still reported), but every attribute is an unknown value of unknown type, carrying
 * the for_each value's marks, and nested blocks are placeholders too.
 */
export class UnknownPlaceholderBody implements MarkedBody, UnknownBody {
  constructor(
    private readonly template: Body,
    private readonly valueMarks: Marks,
  ) {}

  /** Decodes like the template, with every value unknown; the template's diagnostics are kept. */
  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const r = this.template.content(schema);
    return { content: this.fixContent(r.content), diagnostics: r.diagnostics };
  }

  /** As content; the rest is a placeholder as well. */
  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const r = this.template.partialContent(schema);
    const remain = new UnknownPlaceholderBody(r.remain, this.valueMarks);
    return { content: this.fixContent(r.content), remain, diagnostics: r.diagnostics };
  }

  /** The template's attributes, each unknown. */
  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] } {
    const r = this.template.justAttributes();
    return { attributes: this.fixAttributes(r.attributes), diagnostics: r.diagnostics };
  }

  /** The template's. */
  missingItemRange(): Range {
    return this.template.missingItemRange();
  }

  /** Always: this body stands for blocks that cannot be counted yet. */
  isUnknown(): boolean {
    return true;
  }

  /** The template's marks (the for_each value's, when the template is an expanded content body). */
  bodyValueMarks(): Marks {
    return bodyValueMarks(this.template);
  }

  private fixContent(got: BodyContent): BodyContent {
    const blocks = got.blocks.map((b): Block => ({ ...b, body: new UnknownPlaceholderBody(b.body, this.valueMarks) }));
    return { attributes: this.fixAttributes(got.attributes), blocks, missingItemRange: got.missingItemRange };
  }

  private fixAttributes(got: ReadonlyMap<string, Attribute>): Map<string, Attribute> {
    const unknown = DynamicVal.mark(this.valueMarks);
    const out = new Map<string, Attribute>();
    for (const [name, attr] of got) out.set(name, { ...attr, expr: new StaticExpression(unknown, attr.expr.range) });
    return out;
  }
}
