import { JsonExpression } from "../json/expression.js";
import type { Traversal } from "../syntax/ast.js";
import type { Attribute, Block, Body, BodySchema } from "./body.js";
import type { Expression } from "./expression.js";
import { absTraversalForExpr, exprList, exprMap } from "./static.js";

// Everything a body says, found without a schema: every attribute and nested block at any depth, with
// `dynamic` blocks read as hcl's dynblock reads them (for_each and labels outside the block's own
// iterator, content inside it). Resource bodies are kept undecoded until a provider schema exists, yet
// the graph needs their references and validation needs their expressions now; this is that reading.
//
// Only the public Body interface is used, so every kind of body works (native, JSON, merged, override):
// attributes come from justAttributes; a native body's block types are the ones its content({}) calls
// unexpected ("Blocks of type "x" are not expected here."), and each type's blocks are fetched by
// asking for them with 0, 1, 2... labels until every block of the type has matched. A JSON body has no
// blocks without a schema: its nested objects are walked as values, `dynamic` keys as dynamic blocks.

/** An expression of a body, with the names of the `dynamic` iterators in scope where it sits. */
export interface BodyExpression {
  readonly expr: Expression;
  /** Iterator names bound around the expression (innermost last); references to them are not references. */
  readonly iterators: readonly string[];
}

/** Every expression in a body and its nested blocks, in source order within each body. */
export function bodyExpressions(body: Body): BodyExpression[] {
  const out: BodyExpression[] = [];
  visitBody(body, [], out);
  return out;
}

/** Every reference made anywhere in a body, leaving out references to `dynamic` iterators. */
export function bodyReferences(body: Body): Traversal[] {
  return bodyExpressions(body).flatMap(({ expr, iterators }) => unbound(expr, iterators));
}

/** The references of one expression that no iterator in scope provides. */
export function unbound(expr: Expression, iterators: readonly string[]): Traversal[] {
  const all = expr.variables();
  return iterators.length === 0 ? all : all.filter((t) => !iterators.includes(t[0].name));
}

const DYNAMIC_SCHEMA: BodySchema = {
  attributes: [{ name: "for_each" }, { name: "labels" }, { name: "iterator" }],
  blocks: [{ type: "content" }],
};

function visitBody(body: Body, iterators: readonly string[], out: BodyExpression[]): void {
  for (const attr of body.justAttributes().attributes.values()) visitAttribute(attr, iterators, out);
  for (const block of nativeBlocks(body)) {
    if (block.type === "dynamic") visitDynamic(block, iterators, out);
    else visitBody(block.body, iterators, out);
  }
}

function visitAttribute(attr: Attribute, iterators: readonly string[], out: BodyExpression[]): void {
  if (!(attr.expr instanceof JsonExpression)) out.push({ expr: attr.expr, iterators });
  else if (attr.name === "dynamic") visitJsonDynamic(attr.expr, iterators, out);
  else visitJsonValue(attr.expr, iterators, out);
}

/** `dynamic "type" { for_each, iterator, labels, content {} }` in native syntax. */
function visitDynamic(block: Block, iterators: readonly string[], out: BodyExpression[]): void {
  const { content } = block.body.partialContent(DYNAMIC_SCHEMA);
  const attrs = content.attributes;
  const inner = [...iterators, iteratorName(attrs.get("iterator")?.expr, block.labels[0] ?? "")];
  const forEach = attrs.get("for_each");
  if (forEach) out.push({ expr: forEach.expr, iterators });
  const labels = attrs.get("labels");
  if (labels) out.push({ expr: labels.expr, iterators: inner });
  for (const c of content.blocks) visitBody(c.body, inner, out);
}

/** The iterator's name: the `iterator` traversal's root, or the generated block type. */
function iteratorName(expr: Expression | undefined, blockType: string): string {
  if (!expr) return blockType;
  return absTraversalForExpr(expr).traversal?.[0].name ?? blockType;
}

/** A JSON value: objects and arrays are walked (they may be nested blocks), anything else is an expression. */
function visitJsonValue(expr: Expression, iterators: readonly string[], out: BodyExpression[]): void {
  const pairs = exprMap(expr);
  if (pairs) {
    for (const { key, value } of pairs) {
      out.push({ expr: key, iterators });
      if (jsonKeyName(key) === "dynamic" && exprMap(value)) visitJsonDynamic(value, iterators, out);
      else visitJsonValue(value, iterators, out);
    }
    return;
  }
  const items = exprList(expr);
  if (items) for (const item of items) visitJsonValue(item, iterators, out);
  else out.push({ expr, iterators });
}

/** `"dynamic": { "type": { "for_each": ..., "content": {...} } }` (or an array of such specs). */
function visitJsonDynamic(expr: Expression, iterators: readonly string[], out: BodyExpression[]): void {
  for (const { key, value } of exprMap(expr) ?? []) {
    for (const spec of exprList(value) ?? [value]) visitJsonDynamicSpec(spec, jsonKeyName(key) ?? "", iterators, out);
  }
}

function visitJsonDynamicSpec(spec: Expression, blockType: string, iterators: readonly string[], out: BodyExpression[]): void {
  const pairs = exprMap(spec);
  if (!pairs) {
    visitJsonValue(spec, iterators, out);
    return;
  }
  const byName = new Map(pairs.map((p) => [jsonKeyName(p.key) ?? "", p.value]));
  const inner = [...iterators, iteratorName(byName.get("iterator"), blockType)];
  for (const [name, value] of byName) {
    if (name === "iterator") continue;
    if (name === "for_each") out.push({ expr: value, iterators });
    else visitJsonValue(value, name === "labels" || name === "content" ? inner : iterators, out);
  }
}

/** A JSON object key's text (keys are literal strings when read without a context). */
function jsonKeyName(key: Expression): string | undefined {
  const v = key.value(null).value;
  return v.isKnown && !v.isNull && v.type.kind === "string" ? v.asString() : undefined;
}

/** hcl's "Unsupported block type" detail, which names the block type. */
const UNEXPECTED_BLOCK = /^Blocks of type "([^"]*)" are not expected here\./;

/** The native-syntax blocks of a body, of every type and label count, in source order. */
function nativeBlocks(body: Body): Block[] {
  const types = new Set<string>();
  for (const d of body.content({}).diagnostics) {
    const m = d.summary === "Unsupported block type" ? UNEXPECTED_BLOCK.exec(d.detail ?? "") : null;
    if (m) types.add(m[1]!);
  }
  const blocks = [...types].flatMap((type) => blocksOfType(body, type));
  return blocks.sort((a, b) => a.defRange.start.byte - b.defRange.start.byte);
}

/** Every block of one type, asking for 0, 1, 2... labels until all of them (matched or not) are found. */
function blocksOfType(body: Body, type: string): Block[] {
  const found: Block[] = [];
  let total = Infinity;
  for (let labels = 0; found.length < total && labels <= MAX_LABELS; labels++) {
    const labelNames = Array.from({ length: labels }, (_, i) => `label${i}`);
    const r = body.partialContent({ blocks: [{ type, labelNames }] });
    found.push(...r.content.blocks);
    if (total === Infinity) total = r.content.blocks.length + r.diagnostics.length;
  }
  return found;
}

/** More labels than any block type Terraform knows of takes; a guard against malformed bodies. */
const MAX_LABELS = 8;
