import type { Attribute, Block, Body, BodyContent } from "../hcl/body.js";
import type { EvalContext } from "../hcl/eval-context.js";
import type { Expression } from "../hcl/expression.js";
import { absTraversalForExpr, exprList } from "../hcl/static.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import { rangeBetween, type Range } from "../source/range.js";
import { goQuote } from "../text/go-quote.js";
import { ConversionError, convert } from "../types/convert.js";
import { StringType, typeFriendlyName } from "../types/type.js";
import { Mark } from "../values/marks.js";
import type { Value } from "../values/value.js";
import { canIterateElements } from "../eval/element-iterator.js";
import type { Iteration } from "./iteration.js";
import { DYNAMIC_BODY_NO_LABELS, DYNAMIC_BODY_WITH_LABELS, type BlockHeaderSchema } from "./schema.js";

// Decoding one `dynamic` block (hcl ext/dynblock expand_spec.go): its for_each value, iterator name,
// label expressions and content body, each with hcl's diagnostics; then making one generated block.

/** A caller's veto over a for_each value (dynblock.OptCheckForEach): error diagnostics stop the expansion. */
export type ForEachCheck = (value: Value, expr: Expression, ctx: EvalContext) => Diagnostic[];

/** Everything needed to generate the blocks of one `dynamic` block. */
export interface ExpandSpec {
  readonly blockType: string;
  readonly blockTypeRange: Range;
  readonly defRange: Range;
  /** The for_each value as evaluated, marks included; known or not. */
  readonly forEachVal: Value;
  readonly iteratorName: string;
  readonly labelExprs: readonly Expression[];
  readonly contentBody: Body;
}

type Result<T> = { value?: T; diagnostics: Diagnostic[] };

/** Decodes a `dynamic` block generating blocks of `blockS`; no spec when it has errors. */
export function decodeSpec(blockS: BlockHeaderSchema, raw: Block, ctx: EvalContext, checks: readonly ForEachCheck[]): Result<ExpandSpec> {
  const hasLabels = (blockS.labelNames ?? []).length > 0;
  const decoded = raw.body.content(hasLabels ? DYNAMIC_BODY_WITH_LABELS : DYNAMIC_BODY_NO_LABELS);
  const diagnostics = decoded.diagnostics;
  if (hasErrors(diagnostics)) return { diagnostics };
  const attrs = decoded.content.attributes;
  const name = take(iteratorName(attrs.get("iterator"), blockS.type), diagnostics);
  if (name === undefined) return { diagnostics };
  const forEachVal = take(forEachValue(attrs.get("for_each")!, ctx, checks), diagnostics);
  if (forEachVal === undefined) return { diagnostics };
  const labelExprs = take(labelExpressions(attrs.get("labels"), blockS), diagnostics);
  if (labelExprs === undefined) return { diagnostics };
  const body = take(contentBody(decoded.content), diagnostics);
  if (body === undefined) return { diagnostics };
  const spec: ExpandSpec = {
    blockType: blockS.type,
    blockTypeRange: raw.labelRanges[0]!,
    defRange: raw.defRange,
    forEachVal,
    iteratorName: name,
    labelExprs,
    contentBody: body,
  };
  return { value: spec, diagnostics };
}

/** Collects a step's diagnostics; its value unless it failed. */
function take<T>(r: Result<T>, into: Diagnostic[]): T | undefined {
  into.push(...r.diagnostics);
  return hasErrors(r.diagnostics) ? undefined : r.value;
}

/** `iterator = name`: a single bare name; the block type when absent. */
function iteratorName(attr: Attribute | undefined, blockType: string): Result<string> {
  if (!attr) return { value: blockType, diagnostics: [] };
  const { traversal, diagnostics } = absTraversalForExpr(attr.expr);
  if (!traversal) return { diagnostics };
  if (traversal.length !== 1) {
    const subject = rangeBetween(traversal[0].range, traversal[traversal.length - 1]!.range);
    return { diagnostics: [errorDiag("Invalid dynamic iterator name", "Dynamic iterator must be a single variable name.", subject)] };
  }
  return { value: traversal[0].name, diagnostics: [] };
}

/** for_each, evaluated in the expansion context: any iterable value, known or not, but not null. */
function forEachValue(attr: Attribute, ctx: EvalContext, checks: readonly ForEachCheck[]): Result<Value> {
  const { value, diagnostics } = attr.expr.value(ctx);
  if (hasErrors(diagnostics)) return { diagnostics };
  for (const check of checks) {
    const more = check(value, attr.expr, ctx);
    diagnostics.push(...more);
    if (hasErrors(more)) return { diagnostics };
  }
  const invalid = (detail: string) => {
    return { diagnostics: [...diagnostics, errorDiag("Invalid dynamic for_each value", detail, attr.expr.range)] };
  };
  if (!canIterateElements(value.type) && value.type.kind !== "dynamic") {
    return invalid(`Cannot use a ${typeFriendlyName(value.type)} value in for_each. An iterable collection is required.`);
  }
  if (value.isNull) return invalid("Cannot use a null value in for_each.");
  return { value, diagnostics };
}

/** `labels = [...]`: a static list with exactly as many expressions as the block type has labels. */
function labelExpressions(attr: Attribute | undefined, blockS: BlockHeaderSchema): Result<Expression[]> {
  if (!attr) return { value: [], diagnostics: [] };
  const exprs = exprList(attr.expr);
  if (!exprs) return { diagnostics: [errorDiag("Invalid expression", "A static list expression is required.", attr.expr.startRange)] };
  const want = (blockS.labelNames ?? []).length;
  const detail = `Blocks of type ${goQuote(blockS.type)} require ${want} label(s).`;
  if (exprs.length > want) return { diagnostics: [errorDiag("Extraneous dynamic block label", detail, exprs[want]!.range)] };
  if (exprs.length < want) return { diagnostics: [errorDiag("Insufficient dynamic block labels", detail, attr.expr.range)] };
  return { value: exprs, diagnostics: [] };
}

/** The one `content` block. */
function contentBody(content: BodyContent): Result<Body> {
  const [first, second] = content.blocks;
  if (!first) {
    const detail = 'A dynamic block must have a nested block of type "content" to describe the body of each generated block.';
    return { diagnostics: [errorDiag("Missing dynamic content block", detail, content.missingItemRange)] };
  }
  if (second) {
    const detail = "Only one nested content block is allowed for each dynamic block.";
    return { diagnostics: [errorDiag("Extraneous dynamic content block", detail, second.defRange)] };
  }
  return { value: first.body, diagnostics: [] };
}

/** One generated block for an iteration: its labels evaluated with the iterator in scope; none on errors. */
export function newBlock(spec: ExpandSpec, iteration: Iteration, ctx: EvalContext): Result<Block> {
  const labelCtx = iteration.evalContext(ctx);
  const diagnostics: Diagnostic[] = [];
  const labels: string[] = [];
  for (const expr of spec.labelExprs) {
    const r = labelValue(expr, labelCtx);
    diagnostics.push(...r.diagnostics);
    if (r.value === undefined) return { diagnostics };
    labels.push(r.value);
  }
  const labelRanges = spec.labelExprs.map((e) => e.range);
  const { blockType: type, contentBody: body, defRange, blockTypeRange: typeRange } = spec;
  const block = { type, labels, body, defRange, typeRange, labelRanges };
  return { value: block, diagnostics };
}

/** One label: a known, non-null, unmarked value convertible to string. */
function labelValue(expr: Expression, ctx: EvalContext): Result<string> {
  const r = expr.value(ctx);
  if (hasErrors(r.diagnostics)) return { diagnostics: r.diagnostics };
  const invalid = (detail: string) => ({ diagnostics: [...r.diagnostics, errorDiag("Invalid dynamic block label", detail, expr.range)] });
  const v = convert(r.value, StringType);
  if (v instanceof ConversionError) return invalid(`Cannot use this value as a dynamic block label: ${v.message}.`);
  if (v.isNull) return invalid("Cannot use a null value as a dynamic block label.");
  if (!v.isKnown) return invalid("This value is not yet known. Dynamic block labels must be immediately-known values.");
  if (v.marks !== Mark.None) return invalid("This value has dynamic marks that make it unsuitable for use as a block label.");
  return { value: v.asString(), diagnostics: r.diagnostics };
}
