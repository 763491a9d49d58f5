import type { Attribute, Block, Body, BodyContent, BodySchema } from "../hcl/body.js";
import type { EvalContext } from "../hcl/eval-context.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import { goQuote } from "../text/go-quote.js";
import { elementsOf } from "../eval/element-iterator.js";
import { Mark, type Marks } from "../values/marks.js";
import { DynamicVal } from "../values/value.js";
import type { MarkedBody } from "./body-traits.js";
import { decodeSpec, newBlock, type ExpandSpec, type ForEachCheck } from "./expand-spec.js";
import { Iteration } from "./iteration.js";
import { withDynamicBlocks, type BlockHeaderSchema } from "./schema.js";
import { UnknownPlaceholderBody } from "./unknown-body.js";
import { IteratedExpression, needsWrapping } from "./wrapped-expression.js";

/** Options of expandDynamicBlocks. */
export interface ExpandOptions {
  /** Checks every for_each value before it is used; an error stops that dynamic block (dynblock.OptCheckForEach). */
  readonly checkForEach?: readonly ForEachCheck[];
}

/** Where a body sits in the expansion: the for_each context, the enclosing iteration, the marks to apply. */
interface Scope {
  readonly forEachCtx: EvalContext;
  readonly iteration: Iteration | undefined;
  readonly valueMarks: Marks;
  readonly checks: readonly ForEachCheck[];
}

/**
 * `body` with its `dynamic` blocks expanded whenever it is decoded (dynblock.Expand): for each
 * `dynamic "X"` whose X the schema names, one X block per element of for_each (evaluated in `ctx`),
 * with the iterator bound for its labels, its attributes and any dynamic blocks nested inside it.
 */
export function expandDynamicBlocks(body: Body, ctx: EvalContext, options: ExpandOptions = {}): Body {
  return new ExpandBody(body, { forEachCtx: ctx, iteration: undefined, valueMarks: Mark.None, checks: options.checkForEach ?? [] });
}

/**
 * A body wrapper expanding dynamic blocks on decode. Items a partial decode has taken are hidden from
 * the rest by this wrapper itself (not the wrapped body), so the rest can still see every dynamic block.
 */
class ExpandBody implements MarkedBody {
  constructor(
    private readonly original: Body,
    private readonly scope: Scope,
    private readonly hiddenAttrs: ReadonlySet<string> = new Set(),
    private readonly hiddenBlocks: ReadonlyMap<string, BlockHeaderSchema> = new Map(),
  ) {}

  /** Decodes against the schema with dynamic blocks expanded; a dynamic block of a type not in it is an error. */
  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const raw = this.original.content(this.extendSchema(schema));
    const blocks = this.expandBlocks(schema, raw.content.blocks, false);
    const diagnostics = [...raw.diagnostics, ...blocks.diagnostics];
    return { content: this.finish(raw.content, blocks.blocks), diagnostics };
  }

  /** As content, leaving what the schema does not name (dynamic blocks included) to the rest. */
  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const raw = this.original.partialContent(this.extendSchema(schema));
    const blocks = this.expandBlocks(schema, raw.content.blocks, true);
    const diagnostics = [...raw.diagnostics, ...blocks.diagnostics];
    const hiddenAttrs = new Set([...this.hiddenAttrs, ...(schema.attributes ?? []).map((a) => a.name)]);
    const hiddenBlocks = new Map(this.hiddenBlocks);
    for (const b of schema.blocks ?? []) hiddenBlocks.set(b.type, b);
    const remain = new ExpandBody(this.original, this.scope, hiddenAttrs, hiddenBlocks);
    return { content: this.finish(raw.content, blocks.blocks), remain, diagnostics };
  }

  /** Passed through: attribute-only bodies have no blocks to expand. */
  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] } {
    return this.original.justAttributes();
  }

  /** The wrapped body's. */
  missingItemRange(): Range {
    return this.original.missingItemRange();
  }

  /** The marks of the for_each value that generated this body (none outside generated blocks). */
  bodyValueMarks(): Marks {
    return this.scope.valueMarks;
  }

  /** The schema plus `dynamic` and whatever is hidden, so decoding the wrapped body reports nothing twice. */
  private extendSchema(schema: BodySchema): BodySchema {
    const ext = withDynamicBlocks(schema, [...this.hiddenBlocks.values()]);
    if (this.hiddenAttrs.size === 0) return ext;
    const hidden = [...this.hiddenAttrs].map((name) => ({ name, required: false }));
    return { ...ext, attributes: [...(schema.attributes ?? []), ...hidden] };
  }

  private finish(raw: BodyContent, blocks: Block[]): BodyContent {
    return { attributes: this.prepareAttributes(raw.attributes), blocks, missingItemRange: this.original.missingItemRange() };
  }

  /** Drops hidden attributes; wraps the rest so they see the iterators and carry the for_each marks. */
  private prepareAttributes(raw: ReadonlyMap<string, Attribute>): ReadonlyMap<string, Attribute> {
    const { iteration, valueMarks } = this.scope;
    const wrap = needsWrapping(iteration, valueMarks);
    if (this.hiddenAttrs.size === 0 && !wrap) return raw;
    const out = new Map<string, Attribute>();
    for (const [name, attr] of raw) {
      if (this.hiddenAttrs.has(name)) continue;
      out.set(name, wrap ? { ...attr, expr: new IteratedExpression(attr.expr, iteration, valueMarks) } : attr);
    }
    return out;
  }

  /** The decoded blocks in source order, each dynamic block replaced by the blocks it generates. */
  private expandBlocks(schema: BodySchema, raw: readonly Block[], partial: boolean): { blocks: Block[]; diagnostics: Diagnostic[] } {
    const blocks: Block[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const block of raw) {
      if (block.type === "dynamic") this.expandDynamic(schema, block, partial, blocks, diagnostics);
      else if (!this.hiddenBlocks.has(block.type)) blocks.push({ ...block, body: this.child(block.body, this.scope.iteration, Mark.None) });
    }
    return { blocks, diagnostics };
  }

  private expandDynamic(schema: BodySchema, raw: Block, partial: boolean, out: Block[], diags: Diagnostic[]): void {
    const blockType = raw.labels[0]!;
    if (this.hiddenBlocks.has(blockType)) return;
    const blockS = (schema.blocks ?? []).find((b) => b.type === blockType);
    if (!blockS) {
      const detail = `Blocks of type ${goQuote(blockType)} are not expected here.`;
      if (!partial) diags.push(errorDiag("Unsupported block type", detail, raw.labelRanges[0]));
      return;
    }
    const spec = decodeSpec(blockS, raw, this.scope.forEachCtx, this.scope.checks);
    diags.push(...spec.diagnostics);
    if (spec.value && !hasErrors(spec.diagnostics)) this.generate(spec.value, out, diags);
  }

  /** One block per element of a known for_each; one placeholder with unknown contents otherwise. */
  private generate(spec: ExpandSpec, out: Block[], diags: Diagnostic[]): void {
    const marks = spec.forEachVal.marks;
    const forEach = spec.forEachVal.unmark();
    const { iteration: parent, forEachCtx } = this.scope;
    if (!forEach.isKnown) {
      const it = Iteration.child(parent, spec.iteratorName, DynamicVal, DynamicVal);
      const r = newBlock(spec, it, forEachCtx);
      diags.push(...r.diagnostics);
      if (r.value) out.push({ ...r.value, body: new UnknownPlaceholderBody(this.child(r.value.body, it, marks), marks) });
      return;
    }
    for (const { key, value } of elementsOf(forEach)) {
      const it = Iteration.child(parent, spec.iteratorName, key, value);
      const r = newBlock(spec, it, forEachCtx);
      diags.push(...r.diagnostics);
      if (r.value) out.push({ ...r.value, body: this.child(r.value.body, it, marks) });
    }
  }

  /** A nested body, expanded in turn with the iteration's variables added to the for_each context. */
  private child(body: Body, iteration: Iteration | undefined, valueMarks: Marks): Body {
    const forEachCtx = iteration ? iteration.evalContext(this.scope.forEachCtx) : this.scope.forEachCtx;
    return new ExpandBody(body, { forEachCtx, iteration, valueMarks, checks: this.scope.checks });
  }
}
