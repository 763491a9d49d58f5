import type { Range } from "../../../lang/source/range.js";
import type { Body, Expression, LiteralValue, Traverser } from "../../../lang/syntax/ast.js";

// Renders AST nodes as compact indented text so test tables can state node kinds and exact
// ranges (`line:column(byte)-line:column(byte)`) in a readable form.

/** `1:5(4)-1:6(5)`. */
export function r(range: Range): string {
  const { start, end } = range;
  return `${start.line}:${start.column}(${start.byte})-${end.line}:${end.column}(${end.byte})`;
}

/** One line per node, children indented by two spaces. */
export function dumpBody(body: Body, indent = ""): string {
  const lines = [`${indent}Body ${r(body.range)} end=${r(body.endRange)}`];
  for (const item of body.items) {
    if (item.type === "Attribute") {
      lines.push(`${indent}  Attribute ${item.name} ${r(item.range)} name=${r(item.nameRange)} eq=${r(item.equalsRange)}`);
      lines.push(dumpExpr(item.expr, `${indent}    `));
    } else {
      const labels = item.labels.map((l, i) => `${JSON.stringify(l)}@${r(item.labelRanges[i])}`).join(" ");
      lines.push(
        `${indent}  Block ${item.blockType} ${labels}${labels ? " " : ""}${r(item.range)} type=${r(item.typeRange)} open=${r(item.openBraceRange)} close=${r(item.closeBraceRange)}`,
      );
      lines.push(dumpBody(item.body, `${indent}    `));
    }
  }
  return lines.join("\n");
}

function lit(v: LiteralValue): string {
  switch (v.kind) {
    case "number":
      return `number ${v.text}`;
    case "string":
      return `string ${JSON.stringify(v.value)}`;
    case "bool":
      return `bool ${v.value}`;
    case "null":
      return "null";
  }
}

function step(t: Traverser): string {
  switch (t.type) {
    case "TraverseRoot":
      return `${t.name}@${r(t.range)}`;
    case "TraverseAttr":
      return `.${t.name}@${r(t.range)}`;
    case "TraverseIndex":
      return `[${lit(t.key)}]@${r(t.range)}`;
    case "TraverseSplat":
      return `[*]@${r(t.range)}`;
  }
}

/** One line per expression node, children indented. */
export function dumpExpr(e: Expression, indent = ""): string {
  const head = `${indent}${e.type} ${r(e.range)}`;
  const sub = (x: Expression | null, label = ""): string =>
    x === null ? `${indent}  ${label ? `${label} ` : ""}none` : label ? `${indent}  ${label}\n${dumpExpr(x, `${indent}    `)}` : dumpExpr(x, `${indent}  `);
  switch (e.type) {
    case "Literal":
      return `${head} ${lit(e.value)}`;
    case "Template":
      return [`${head}${e.heredoc ? " heredoc" : ""}`, ...e.parts.map((p) => sub(p))].join("\n");
    case "TemplateWrap":
      return [head, sub(e.wrapped)].join("\n");
    case "TemplateIf":
      return [head, sub(e.condition, "if"), sub(e.trueResult, "then"), sub(e.falseResult, "else")].join("\n");
    case "TemplateFor":
      return [`${head} ${e.keyVar ?? "_"},${e.valueVar}`, sub(e.collection, "in"), sub(e.body, "body")].join("\n");
    case "ScopeTraversal":
      return `${head} ${e.traversal.map(step).join(" ")}`;
    case "RelativeTraversal":
      return [`${head} ${e.steps.map(step).join(" ")}`, sub(e.source)].join("\n");
    case "Index":
      return [`${head} bracket=${r(e.bracketRange)}`, sub(e.collection), sub(e.key)].join("\n");
    case "Splat":
      return [`${head} ${e.full ? "full" : "attr"} marker=${r(e.markerRange)} item=${r(e.item.range)}`, sub(e.source, "source"), sub(e.each, "each")].join("\n");
    case "AnonSymbol":
      return head;
    case "FunctionCall":
      return [
        `${head} ${e.name}${e.expandFinal ? "..." : ""} name=${r(e.nameRange)} open=${r(e.openParenRange)} close=${r(e.closeParenRange)}`,
        ...e.args.map((a) => sub(a)),
      ].join("\n");
    case "Conditional":
      return [head, sub(e.condition), sub(e.trueResult), sub(e.falseResult)].join("\n");
    case "BinaryOp":
      return [`${head} ${e.op}@${r(e.opRange)}`, sub(e.lhs), sub(e.rhs)].join("\n");
    case "UnaryOp":
      return [`${head} ${e.op}@${r(e.opRange)}`, sub(e.operand)].join("\n");
    case "TupleCons":
      return [`${head} open=${r(e.openRange)}`, ...e.exprs.map((x) => sub(x))].join("\n");
    case "ObjectCons":
      return [`${head} open=${r(e.openRange)}`, ...e.items.flatMap((it) => [sub(it.key), sub(it.value, "=")])].join("\n");
    case "ObjectConsKey":
      return [`${head}${e.forceNonLiteral ? " (forced)" : ""}`, sub(e.wrapped)].join("\n");
    case "For":
      return [
        `${head} ${e.keyVar ?? "_"},${e.valueVar}${e.group ? " group" : ""} open=${r(e.openRange)} close=${r(e.closeRange)}`,
        sub(e.collection, "in"),
        sub(e.keyExpr, "key"),
        sub(e.valueExpr, "value"),
        sub(e.condition, "if"),
      ].join("\n");
    case "Parentheses":
      return [head, sub(e.expr)].join("\n");
  }
}
