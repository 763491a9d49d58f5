import type { Attribute, Block, Body, BodyContent, BodySchema } from "../hcl/body.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import { formatRange, rangeBetween, type Range } from "../source/range.js";
import { nameSuggestion } from "../text/name-suggestion.js";
import { JsonExpression } from "./expression.js";
import { startRangeOf, type JsonNode, type JsonProperty } from "./nodes.js";

/**
 * A body in a JSON-syntax file: an object (or an array of objects, merged) whose properties are
 * attributes or blocks depending on the schema it is decoded with. Properties named "//" are comments.
 */
export class JsonBody implements Body {
  constructor(
    private readonly node: JsonNode,
    private readonly hidden: ReadonlySet<string> = new Set(),
  ) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, remain, diagnostics } = this.partialContent(schema);
    const used = (remain as JsonBody).hidden;
    const suggestions = [
      ...(schema.attributes ?? []).filter((a) => !used.has(a.name)).map((a) => a.name),
      ...(schema.blocks ?? []).map((b) => b.type),
    ];
    // partialContent already reported malformed elements; collect again without repeating them.
    for (const prop of collectProperties(this.node, undefined, [])) {
      if (prop.name === "//" || used.has(prop.name)) continue;
      const suggestion = nameSuggestion(prop.name, suggestions);
      const dym = suggestion ? ` Did you mean "${suggestion}"?` : "";
      diagnostics.push(
        errorDiag("Extraneous JSON object property", `No argument or block type is named "${prop.name}".${dym}`, prop.nameRange, propertyRange(prop)),
      );
    }
    return { content, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const props = collectProperties(this.node, undefined, diagnostics);
    const used = new Set(this.hidden);
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    const attrNames = new Set((schema.attributes ?? []).map((a) => a.name));
    const blockSchemas = new Map((schema.blocks ?? []).map((b) => [b.type, b]));
    for (const prop of props) {
      if (this.hidden.has(prop.name)) continue;
      if (attrNames.has(prop.name)) {
        const existing = attributes.get(prop.name);
        if (existing) {
          const detail = `The argument "${prop.name}" was already set at ${formatRange(existing.range)}.`;
          diagnostics.push(errorDiag("Duplicate argument", detail, prop.nameRange, propertyRange(prop)));
          continue;
        }
        attributes.set(prop.name, toAttribute(prop));
        used.add(prop.name);
      } else {
        const blockSchema = blockSchemas.get(prop.name);
        if (!blockSchema) continue;
        unpackBlock(prop.value, prop.name, prop.nameRange, blockSchema.labelNames ?? [], [], [], blocks, diagnostics);
        used.add(prop.name);
      }
    }
    for (const a of schema.attributes ?? []) {
      if (a.required && !attributes.has(a.name)) {
        const detail = `The argument "${a.name}" is required, but no definition was found.`;
        diagnostics.push(errorDiag("Missing required argument", detail, this.missingItemRange()));
      }
    }
    const content: BodyContent = { attributes, blocks, missingItemRange: this.missingItemRange() };
    return { content, remain: new JsonBody(this.node, used), diagnostics };
  }

  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] } {
    const attributes = new Map<string, Attribute>();
    const diagnostics: Diagnostic[] = [];
    if (this.node.kind !== "object") {
      const detail = "A JSON object is required here, setting the arguments for this block.";
      diagnostics.push(errorDiag("Incorrect JSON value type", detail, startRangeOf(this.node)));
      return { attributes, diagnostics };
    }
    for (const prop of this.node.properties) {
      if (prop.name === "//" || this.hidden.has(prop.name)) continue;
      const existing = attributes.get(prop.name);
      if (existing) {
        const detail = `The argument "${prop.name}" was already set at ${formatRange(existing.range)}.`;
        diagnostics.push(errorDiag("Duplicate attribute definition", detail, prop.nameRange));
        continue;
      }
      attributes.set(prop.name, toAttribute(prop));
    }
    return { attributes, diagnostics };
  }

  missingItemRange(): Range {
    if (this.node.kind === "object") return this.node.closeRange;
    if (this.node.kind === "array") return this.node.openRange;
    return startRangeOf(this.node);
  }
}

function toAttribute(prop: JsonProperty): Attribute {
  return { name: prop.name, expr: new JsonExpression(prop.value), range: propertyRange(prop), nameRange: prop.nameRange };
}

function propertyRange(prop: JsonProperty): Range {
  return rangeBetween(prop.nameRange, prop.value.range);
}

function unpackBlock(
  node: JsonNode,
  type: string,
  typeRange: Range,
  labelsLeft: readonly string[],
  labels: readonly string[],
  labelRanges: readonly Range[],
  out: Block[],
  diags: Diagnostic[],
): void {
  if (labelsLeft.length > 0) {
    const labelName = labelsLeft[0]!;
    const props = collectProperties(node, labelName, diags);
    if (props.length === 0) {
      const detail = `At least one object property is required, whose name represents the ${type} block's ${labelName}.`;
      diags.push(errorDiag("Missing block label", detail, startRangeOf(node)));
      return;
    }
    for (const p of props) {
      unpackBlock(p.value, type, typeRange, labelsLeft.slice(1), [...labels, p.name], [...labelRanges, p.nameRange], out, diags);
    }
    return;
  }
  if (node.kind === "null") return;
  if (node.kind === "object") {
    out.push({ type, labels, body: new JsonBody(node), defRange: node.openRange, typeRange, labelRanges });
  } else if (node.kind === "array") {
    for (const el of node.values) {
      out.push({ type, labels, body: new JsonBody(el), defRange: node.openRange, typeRange, labelRanges });
    }
  } else {
    const detail = `Either a JSON object or a JSON array is required, representing the contents of one or more "${type}" blocks.`;
    diags.push(errorDiag("Incorrect JSON value type", detail, startRangeOf(node)));
  }
}

/** The properties of an object, or of every object in an array of objects, in source order. */
function collectProperties(node: JsonNode, labelName: string | undefined, diags: Diagnostic[]): JsonProperty[] {
  if (node.kind === "null") return [];
  if (node.kind === "object") return [...node.properties];
  if (node.kind === "array") {
    const out: JsonProperty[] = [];
    for (const el of node.values) {
      if (el.kind === "object") out.push(...el.properties);
      else {
        const detail = labelName
          ? `A JSON object is required here, to specify ${labelName} labels for this block.`
          : "A JSON object is required here, to define arguments and child blocks.";
        diags.push(errorDiag("Incorrect JSON value type", detail, startRangeOf(el)));
      }
    }
    return out;
  }
  const detail = labelName
    ? `Either a JSON object or JSON array of objects is required here, to specify ${labelName} labels for this block.`
    : "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.";
  diags.push(errorDiag("Incorrect JSON value type", detail, startRangeOf(node)));
  return [];
}
