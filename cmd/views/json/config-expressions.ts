import { parseRefs } from "../../../core/addrs/parse-ref.js";
import { displayString, type Reference } from "../../../core/addrs/reference.js";
import type { Body, BodySchema } from "../../../lang/hcl/body.js";
import type { Expression } from "../../../lang/hcl/expression.js";
import { containsMarks } from "../../../lang/values/deep-marks.js";
import type { BlockSchema } from "../../../providers/schema.js";
import { jsonArray, jsonMap, jsonStr, jsonStruct, optArray, type JsonText } from "./go-json.js";
import { ctyJson } from "./value-json.js";

// Expressions as jsonconfig shows them, unevaluated: `constant_value` when the expression evaluates
// without any variables or functions, and `references` listing what it refers to, each reference
// also cut back step by step to the object it names (`var.a.b`, `var.a`; `aws_instance.x[0].id`,
// `aws_instance.x[0]`, `aws_instance.x`). A body is shown as its arguments by the block's schema.

/** An expression's JSON and whether it is empty (`{}`: neither constant nor references). */
export interface ExpressionJson {
  readonly json: JsonText;
  readonly empty: boolean;
}

/** jsonconfig's marshalExpression; an absent expression is empty. */
export function expressionJson(expr: Expression | undefined): ExpressionJson {
  if (!expr) return { json: "{}", empty: true };
  const constant = constantJson(expr);
  const refs = referenceStrings(parseRefs(expr.variables()).refs);
  return {
    json: jsonStruct([
      ["constant_value", constant],
      ["references", optArray(refs.map(jsonStr))],
    ]),
    empty: constant === undefined && refs.length === 0,
  };
}

/** An expression field that `omitempty` leaves out when the expression is absent or empty. */
export function optExpressionJson(expr: Expression | undefined): JsonText | undefined {
  const e = expressionJson(expr);
  return e.empty ? undefined : e.json;
}

// The value with no variables and no functions, when it is wholly known and unmarked (else ctyjson fails).
function constantJson(expr: Expression): JsonText | undefined {
  const v = expr.value(null).value;
  if (!v.isWhollyKnown || containsMarks(v)) return undefined;
  return ctyJson(v);
}

function referenceStrings(refs: readonly Reference[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    for (let n = ref.remaining.length; n > 0; n--) out.push(displayString({ ...ref, remaining: ref.remaining.slice(0, n) }));
    const subject = ref.subject;
    out.push(subject.toString());
    if (subject.kind === "ModuleCallInstance" && subject.key !== null) out.push(subject.call.toString());
    else if (subject.kind === "ResourceInstance" && subject.key !== null) out.push(subject.resource.toString());
    else if (subject.kind === "ModuleCallInstanceOutput") out.push(subject.call.toString());
  }
  return out;
}

/** A body's arguments and nested blocks by a schema (jsonconfig's marshalExpressions); undefined when empty. */
export function expressionsJson(body: Body, block: BlockSchema | undefined): JsonText | undefined {
  const entries = bodyEntries(body, block ?? { attributes: {} });
  return entries.length > 0 ? jsonMap(entries) : undefined;
}

function bodyEntries(body: Body, block: BlockSchema): [string, JsonText][] {
  const { content } = body.partialContent(lowLevelSchema(block));
  const entries = new Map<string, JsonText>();
  for (const [name, attr] of content.attributes) entries.set(name, expressionJson(attr.expr).json);
  const lists = new Map<string, JsonText[]>();
  const maps = new Map<string, Map<string, JsonText>>();
  for (const b of content.blocks) {
    const nested = block.blocks?.[b.type];
    if (!nested) continue;
    const inner = jsonMap(bodyEntries(b.body, nested.block));
    if (nested.nesting === "single" || nested.nesting === "group") entries.set(b.type, inner);
    else if (nested.nesting === "map") maps.set(b.type, (maps.get(b.type) ?? new Map<string, JsonText>()).set(b.labels[0] ?? "", inner));
    else lists.set(b.type, [...(lists.get(b.type) ?? []), inner]);
  }
  for (const [type, items] of lists) entries.set(type, jsonArray(items));
  for (const [type, items] of maps) entries.set(type, jsonMap(items));
  return [...entries];
}

// hcldec's ImpliedSchema of a block's decoder spec: every attribute, and every block type (map blocks with one label).
function lowLevelSchema(block: BlockSchema): BodySchema {
  return {
    attributes: Object.entries(block.attributes).map(([name, a]) => ({ name, required: a.required ?? false })),
    blocks: Object.entries(block.blocks ?? {}).map(([type, b]) => (b.nesting === "map" ? { type, labelNames: ["key"] } : { type })),
  };
}
