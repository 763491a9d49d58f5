import type { EvalContext } from "../hcl/eval-context.js";
import type { EvalResult, Expression } from "../hcl/expression.js";
import { evaluate } from "../eval/evaluate.js";
import { references } from "../eval/references.js";
import { errorDiag, hasErrors, type Diagnostic } from "../source/diagnostics.js";
import { formatRange, type Range } from "../source/range.js";
import { parseTemplate } from "../syntax/parse.js";
import type { Traversal } from "../syntax/ast.js";
import { ConversionError, convert } from "../types/convert.js";
import { DynamicPseudoType, StringType } from "../types/type.js";
import { DynamicVal, Value } from "../values/value.js";
import { startRangeOf, type JsonNode } from "./nodes.js";

/**
 * An expression in a JSON-syntax file. With an evaluation context, strings are templates
 * (`"${var.a}-x"`); without one (ctx null) they are literal strings, as in hcl's JSON syntax.
 */
export class JsonExpression implements Expression {
  constructor(readonly node: JsonNode) {}

  get range(): Range {
    return this.node.range;
  }

  get startRange(): Range {
    return startRangeOf(this.node);
  }

  value(ctx: EvalContext | null): EvalResult {
    const n = this.node;
    switch (n.kind) {
      case "string":
        return ctx ? evalTemplate(n.value, n.range, ctx) : { value: Value.string(n.value), diagnostics: [] };
      case "number":
        return { value: Value.number(n.value), diagnostics: [] };
      case "bool":
        return { value: Value.bool(n.value), diagnostics: [] };
      case "null":
        return { value: Value.null(DynamicPseudoType), diagnostics: [] };
      case "array":
        return evalArray(n.values, ctx);
      case "object":
        return evalObject(n, ctx);
      default:
        return { value: DynamicVal, diagnostics: [] };
    }
  }

  variables(): Traversal[] {
    return nodeVariables(this.node);
  }
}

function evalTemplate(src: string, range: Range, ctx: EvalContext): EvalResult {
  const start = { line: range.start.line, column: range.start.column + 1, byte: range.start.byte + 1 };
  const parsed = parseTemplate(src, range.filename, start);
  if (hasErrors(parsed.diagnostics)) return { value: DynamicVal, diagnostics: parsed.diagnostics };
  const r = evaluate(parsed.expr, ctx);
  return { value: r.value, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
}

function evalArray(nodes: readonly JsonNode[], ctx: EvalContext | null): EvalResult {
  const diagnostics: Diagnostic[] = [];
  const values = nodes.map((node) => {
    const r = new JsonExpression(node).value(ctx);
    diagnostics.push(...r.diagnostics);
    return r.value;
  });
  return { value: Value.tuple(values), diagnostics };
}

function evalObject(n: Extract<JsonNode, { kind: "object" }>, ctx: EvalContext | null): EvalResult {
  const diagnostics: Diagnostic[] = [];
  const attrs = new Map<string, Value>();
  const ranges = new Map<string, Range>();
  let known = true;
  for (const prop of n.properties) {
    const nameResult = new JsonExpression({ kind: "string", value: prop.name, range: prop.nameRange }).value(ctx);
    const valueResult = new JsonExpression(prop.value).value(ctx);
    diagnostics.push(...nameResult.diagnostics, ...valueResult.diagnostics);
    const name = convert(nameResult.value, StringType);
    if (name instanceof ConversionError) {
      diagnostics.push(errorDiag("Invalid object key expression", `Cannot use this expression as an object key: ${name.message}.`, prop.nameRange));
      continue;
    }
    if (name.isNull) {
      diagnostics.push(errorDiag("Invalid object key expression", "Cannot use null value as an object key.", prop.nameRange));
      continue;
    }
    if (!name.isKnown) {
      known = false;
      continue;
    }
    const key = name.asString();
    const previous = ranges.get(key);
    if (previous) {
      diagnostics.push(errorDiag("Duplicate object attribute", `An attribute named "${key}" was already defined at ${formatRange(previous)}.`, prop.nameRange));
      continue;
    }
    attrs.set(key, valueResult.value);
    ranges.set(key, prop.nameRange);
  }
  return { value: known ? Value.object(attrs) : DynamicVal, diagnostics };
}

function nodeVariables(n: JsonNode): Traversal[] {
  switch (n.kind) {
    case "string":
      return stringVariables(n.value, n.range);
    case "array":
      return n.values.flatMap(nodeVariables);
    case "object":
      return n.properties.flatMap((p) => [...stringVariables(p.name, p.nameRange), ...nodeVariables(p.value)]);
    default:
      return [];
  }
}

function stringVariables(src: string, range: Range): Traversal[] {
  const start = { line: range.start.line, column: range.start.column + 1, byte: range.start.byte + 1 };
  const parsed = parseTemplate(src, range.filename, start);
  return hasErrors(parsed.diagnostics) ? [] : references(parsed.expr);
}
