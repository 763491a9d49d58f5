import type { Range } from "../source/range.js";
import { formatRange, rangeBetween } from "../source/range.js";
import type { Expression } from "./ast.js";
import { placeholder, stringLiteral, template } from "./ast-nodes.js";
import { isAscii, trimLeftSpace } from "./char-classes.js";
import type { ParserState } from "./parser-state.js";
import type { EndCtrlPart, ForPart, IfPart, LiteralPart, TemplatePart } from "./template-parts.js";

// The second template pass: `<<-` indentation stripping, joining adjacent literals, and nesting
// `if`/`for` directives into TemplateIf/TemplateFor nodes (hclsyntax's templateParser).

/**
 * Applies the `<<-` rule: find the line with the fewest leading whitespace characters (blank lines
 * and lines starting with an interpolation count too) and remove that many from every line.
 */
export function flushHeredoc(parts: TemplatePart[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: LiteralPart[] = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (part.kind === "literal") {
        const trimmed = trimLeftSpace(part.value);
        if (trimmed.length === 0 && part.value.endsWith("\n")) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          spaces = part.value.length - trimmed.length;
          adjust.push(part);
        }
      } else if (part.kind === "end") {
        break;
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === "literal" && part.value.endsWith("\n")) newline = true;
  }
  for (const lit of adjust) {
    lit.value = lit.value.slice(minSpaces);
    lit.start += minSpaces;
  }
}

/** Joins runs of adjacent literal parts into one (in place, in one pass). */
export function meldLiterals(parts: TemplatePart[]): void {
  let out = 0;
  for (let i = 0; i < parts.length; i++) {
    const cur = parts[i];
    const prev = out > 0 ? parts[out - 1] : undefined;
    if (prev !== undefined && prev.kind === "literal" && cur.kind === "literal") {
      prev.value += cur.value;
      prev.end = cur.end;
    } else {
      parts[out++] = cur;
    }
  }
  parts.length = out;
}

/** Template text as a string value: NFC-normalized, as cty does for every string. */
export function normalizeLiteral(value: string): string {
  return isAscii(value) ? value : value.normalize("NFC");
}

/** Turns the flat part list into template part expressions, nesting directives. */
export function buildTemplate(p: ParserState, parts: TemplatePart[]): Expression[] {
  const b = new TreeBuilder(p, parts);
  const exprs: Expression[] = [];
  while (b.peek().kind !== "end") exprs.push(b.parseExpr());
  return exprs;
}

class TreeBuilder {
  private pos = 0;

  constructor(
    private readonly p: ParserState,
    private readonly parts: TemplatePart[],
  ) {}

  peek(): TemplatePart {
    return this.parts[this.pos];
  }

  private read(): TemplatePart {
    const part = this.parts[this.pos];
    if (part.kind !== "end") this.pos++;
    return part;
  }

  parseExpr(): Expression {
    const part = this.peek();
    switch (part.kind) {
      case "literal": {
        this.read();
        return stringLiteral(normalizeLiteral(part.value), this.p.positions.range(part.start, part.end));
      }
      case "interp":
        this.read();
        return part.expr;
      case "if":
      case "for":
        return this.parseDirective(part);
      case "end":
        this.read();
        this.p.error("Unexpected end of template", "The control directives within this template are unbalanced.", part.range);
        return placeholder(part.range);
      default:
        this.read();
        this.p.error(`Unexpected ${part.kind} directive`, "The control directives within this template are unbalanced.", part.range);
        return placeholder(part.range);
    }
  }

  private parseDirective(part: IfPart | ForPart): Expression {
    if (!this.p.enter()) {
      this.read();
      this.p.tooDeep(part.range);
      return placeholder(part.range);
    }
    const expr = part.kind === "if" ? this.parseIf(part) : this.parseFor(part);
    this.p.leave();
    return expr;
  }

  private parseIf(openIf: IfPart): Expression {
    this.read();
    const ifExprs: Expression[] = [];
    const elseExprs: Expression[] = [];
    let current = ifExprs;
    const at = formatRange(openIf.range);
    for (;;) {
      const next = this.peek();
      if (next.kind === "end") return this.missingEnd(next.range, `The if directive at ${at} is missing its corresponding endif directive.`);
      if (next.kind === "else" || next.kind === "endif" || next.kind === "endfor") {
        this.read();
        if (next.kind === "endif") return this.finishIf(openIf, ifExprs, elseExprs, next);
        if (next.kind === "else" && current === ifExprs) {
          current = elseExprs;
          continue;
        }
        const detail =
          next.kind === "else"
            ? `Already in the else clause for the if started at ${at}.`
            : `Expecting an endif directive for the if started at ${at}.`;
        this.p.error(`Unexpected ${next.kind} directive`, detail, next.range);
        return placeholder(next.range);
      }
      current.push(this.parseExpr());
    }
  }

  private finishIf(openIf: IfPart, ifExprs: Expression[], elseExprs: Expression[], endif: EndCtrlPart): Expression {
    if (ifExprs.length === 0) ifExprs.push(stringLiteral("", emptyAt(openIf.range, "end")));
    if (elseExprs.length === 0) elseExprs.push(stringLiteral("", emptyAt(endif.range, "start")));
    return {
      type: "TemplateIf",
      condition: openIf.condition,
      trueResult: template(ifExprs, false, spanOf(ifExprs)),
      falseResult: template(elseExprs, false, spanOf(elseExprs)),
      range: rangeBetween(openIf.range, endif.range),
    };
  }

  private parseFor(openFor: ForPart): Expression {
    this.read();
    const content: Expression[] = [];
    const at = formatRange(openFor.range);
    for (;;) {
      const next = this.peek();
      if (next.kind === "end") return this.missingEnd(next.range, `The for directive at ${at} is missing its corresponding endfor directive.`);
      if (next.kind === "else" || next.kind === "endif" || next.kind === "endfor") {
        this.read();
        if (next.kind === "endfor") return this.finishFor(openFor, content, next);
        const detail =
          next.kind === "else"
            ? "An else clause is not expected for a for directive."
            : `Expecting an endfor directive corresponding to the for directive at ${at}.`;
        this.p.error(`Unexpected ${next.kind} directive`, detail, next.range);
        return placeholder(next.range);
      }
      content.push(this.parseExpr());
    }
  }

  private finishFor(openFor: ForPart, content: Expression[], endfor: EndCtrlPart): Expression {
    if (content.length === 0) content.push(stringLiteral("", emptyAt(openFor.range, "end")));
    return {
      type: "TemplateFor",
      keyVar: openFor.keyVar,
      valueVar: openFor.valueVar,
      collection: openFor.collection,
      body: template(content, false, spanOf(content)),
      range: rangeBetween(openFor.range, endfor.range),
    };
  }

  private missingEnd(range: Range, detail: string): Expression {
    this.p.error("Unexpected end of template", detail, range);
    return placeholder(range);
  }
}

function emptyAt(r: Range, side: "start" | "end"): Range {
  const pos = side === "start" ? r.start : r.end;
  return { filename: r.filename, start: pos, end: pos };
}

function spanOf(exprs: Expression[]): Range {
  return rangeBetween(exprs[0].range, exprs[exprs.length - 1].range);
}
