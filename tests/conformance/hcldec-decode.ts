// Decodes a body according to an hcldec spec, as `hcldec --spec=X.hcldec` does: the spec implies a
// schema, the body's content is read against it, attributes are evaluated and converted to their types.
import type { Body, BodySchema } from "../../lang/hcl/body.js";
import type { EvalContext } from "../../lang/hcl/eval-context.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { DynamicPseudoType, listOf, mapOf, objectOf, setOf, type Type } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import type { Spec } from "./hcldec-spec.js";

/** The decoded value, every diagnostic, and the references of every decoded attribute. */
export interface Decoded {
  readonly value: Value;
  readonly diagnostics: Diagnostic[];
  readonly traversals: Traversal[];
}

/** Decodes `body` by `spec` with the given context. */
export function decode(body: Body, spec: Spec, ctx: EvalContext): Decoded {
  const out: Decoded = { value: Value.null(DynamicPseudoType), diagnostics: [], traversals: [] };
  const { content, diagnostics } = body.content(impliedSchema(spec));
  out.diagnostics.push(...diagnostics);
  return { ...out, value: decodeContent(spec, body, content, ctx, out) };
}

function impliedSchema(spec: Spec): BodySchema {
  const attributes: { name: string; required: boolean }[] = [];
  const blocks: { type: string; labelNames: readonly string[] }[] = [];
  const visit = (s: Spec) => {
    if (s.kind === "object") s.children.forEach(visit);
    else if (s.kind === "attr") attributes.push({ name: s.name, required: s.required });
    else if (s.kind === "block_map") blocks.push({ type: s.blockType, labelNames: s.labels });
    else if (s.kind !== "literal") blocks.push({ type: s.blockType, labelNames: [] });
  };
  visit(spec);
  return { attributes, blocks };
}

type Content = ReturnType<Body["content"]>["content"];

function decodeContent(spec: Spec, body: Body, content: Content, ctx: EvalContext, out: Decoded): Value {
  switch (spec.kind) {
    case "literal":
      return spec.value;
    case "object": {
      const attrs = new Map<string, Value>();
      for (const [name, child] of spec.children) attrs.set(name, decodeContent(child, body, content, ctx, out));
      return Value.object(attrs);
    }
    case "attr":
      return decodeAttr(spec, content, ctx, out);
    case "block_map":
      return decodeBlockMap(spec, content, ctx, out);
    default:
      return decodeBlocks(spec, content, ctx, out);
  }
}

function decodeAttr(spec: Extract<Spec, { kind: "attr" }>, content: Content, ctx: EvalContext, out: Decoded): Value {
  const attr = content.attributes.get(spec.name);
  if (!attr) return Value.null(spec.type);
  out.traversals.push(...attr.expr.variables());
  const r = attr.expr.value(ctx);
  out.diagnostics.push(...r.diagnostics);
  const converted = convert(r.value, spec.type);
  if (converted instanceof ConversionError) {
    const detail = `Inappropriate value for attribute "${spec.name}": ${converted.message}.`;
    out.diagnostics.push(errorDiag("Incorrect attribute value type", detail, attr.expr.range));
    return Value.unknown(spec.type);
  }
  return converted;
}

function decodeBlocks(spec: Extract<Spec, { kind: "block" | "block_list" | "block_set" }>, content: Content, ctx: EvalContext, out: Decoded): Value {
  const blocks = content.blocks.filter((b) => b.type === spec.blockType);
  const values = blocks.map((b) => decode(b.body, spec.nested, ctx)).map((d) => collect(d, out));
  const elementType = impliedType(spec.nested);
  if (spec.kind === "block_list") return Value.list(values, elementType);
  if (spec.kind === "block_set") return Value.set(values, elementType);
  if (blocks.length > 1) {
    out.diagnostics.push(errorDiag(`Duplicate ${spec.blockType} block`, `Only one block of type "${spec.blockType}" is allowed.`, blocks[1]!.defRange));
  }
  if (blocks.length === 0 && spec.required) {
    out.diagnostics.push(errorDiag(`Missing ${spec.blockType} block`, `A block of type "${spec.blockType}" is required here.`, content.missingItemRange));
  }
  return values[0] ?? Value.null(elementType);
}

function decodeBlockMap(spec: Extract<Spec, { kind: "block_map" }>, content: Content, ctx: EvalContext, out: Decoded): Value {
  const root = new Map<string, unknown>();
  for (const block of content.blocks.filter((b) => b.type === spec.blockType)) {
    let level = root;
    block.labels.forEach((label, i) => {
      if (i === block.labels.length - 1) level.set(label, collect(decode(block.body, spec.nested, ctx), out));
      else level = (level.get(label) as Map<string, unknown> | undefined) ?? level.set(label, new Map()).get(label) as Map<string, unknown>;
    });
  }
  const build = (m: Map<string, unknown>, depth: number): Value => {
    const entries = new Map([...m].map(([k, v]) => [k, v instanceof Map ? build(v, depth + 1) : (v as Value)]));
    return Value.map(entries, nestedMapType(impliedType(spec.nested), spec.labels.length - depth - 1));
  };
  return build(root, 0);
}

function nestedMapType(t: Type, depth: number): Type {
  return depth === 0 ? t : mapOf(nestedMapType(t, depth - 1));
}

function collect(d: Decoded, out: Decoded): Value {
  out.diagnostics.push(...d.diagnostics);
  out.traversals.push(...d.traversals);
  return d.value;
}

function impliedType(spec: Spec): Type {
  switch (spec.kind) {
    case "literal":
      return spec.value.type;
    case "object":
      return objectOf(new Map([...spec.children].map(([k, s]) => [k, impliedType(s)])));
    case "attr":
      return spec.type;
    case "block":
      return impliedType(spec.nested);
    case "block_list":
      return listOf(impliedType(spec.nested));
    case "block_set":
      return setOf(impliedType(spec.nested));
    case "block_map":
      return nestedMapType(impliedType(spec.nested), spec.labels.length);
  }
}
