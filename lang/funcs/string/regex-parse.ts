import { ClassBuilder } from "./regex-class.js";
import { parseEscape, parseRepeatBraces } from "./regex-escape.js";
import { parseBracketClass, parseClassEscape } from "./regex-parse-class.js";
import { ErrorCode, RegexSyntaxError, type AssertKind, type ParsedRegex, type RegexNode } from "./regex-syntax.js";

// A parser for RE2 syntax as Go's regexp/syntax accepts it with the Perl flags (what regexp.Compile
// uses): the same constructs, the same rejections and the same error codes and blamed text.

/** Parses an RE2 pattern; the error is Go's (code and expression) when it does not parse. */
export function parseRE2(pattern: string): ParsedRegex | RegexSyntaxError {
  const p = new Parser(pattern);
  const root = p.alternation();
  if (root instanceof RegexSyntaxError) return root;
  if (p.pos < pattern.length) return new RegexSyntaxError(ErrorCode.UnexpectedParen, pattern);
  return { root, groupNames: p.names };
}

interface Flags {
  readonly fold: boolean;
  readonly multiLine: boolean;
  readonly dotNL: boolean;
  readonly nonGreedy: boolean;
}

type Result<T> = T | RegexSyntaxError;

/** Go's limit on counted repetitions, also on the product of nested ones. */
const MAX_REPEAT = 1000;

class Parser {
  pos = 0;
  readonly names: string[] = [];
  private flags: Flags = { fold: false, multiLine: false, dotNL: false, nonGreedy: false };

  constructor(private readonly src: string) {}

  /** Alternatives separated by `|`, up to a `)` or the end. */
  alternation(): Result<RegexNode> {
    const alts: RegexNode[] = [];
    for (;;) {
      const c = this.concat();
      if (c instanceof RegexSyntaxError) return c;
      alts.push(c);
      if (this.src[this.pos] !== "|") break;
      this.pos++;
    }
    return alts.length === 1 ? alts[0]! : { kind: "alternate", subs: alts };
  }

  private concat(): Result<RegexNode> {
    const items: RegexNode[] = [];
    let lastRepeat = -1;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === "|" || ch === ")") break;
      const start = this.pos;
      const r = this.item(ch, items, lastRepeat);
      if (r instanceof RegexSyntaxError) return r;
      lastRepeat = r === "repeat" ? start : -1;
    }
    if (items.length === 0) return { kind: "empty" };
    return items.length === 1 ? items[0]! : { kind: "concat", subs: items };
  }

  /** Parses one token, adding to items; says whether it was a repetition operator. */
  private item(ch: string, items: RegexNode[], lastRepeat: number): Result<"repeat" | "item"> {
    switch (ch) {
      case "(":
        return this.group(items);
      case "^":
        return this.assert(items, this.flags.multiLine ? "beginLine" : "beginText");
      case "$":
        return this.assert(items, this.flags.multiLine ? "endLine" : "endText");
      case ".":
        this.pos++;
        items.push({ kind: "any", dotNL: this.flags.dotNL });
        return "item";
      case "[":
        return this.charClass(items);
      case "*":
      case "+":
      case "?":
        return this.simpleRepeat(ch, items, lastRepeat);
      case "{":
        return this.braceRepeat(items, lastRepeat);
      case "\\":
        return this.escape(items);
      default:
        this.literal(items, this.nextRune());
        return "item";
    }
  }

  private assert(items: RegexNode[], what: AssertKind): "item" {
    this.pos++;
    items.push({ kind: "assert", what });
    return "item";
  }

  private literal(items: RegexNode[], cp: number): void {
    items.push({ kind: "literal", cp, fold: this.flags.fold });
  }

  private nextRune(): number {
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private group(items: RegexNode[]): Result<"item"> {
    const saved = this.flags;
    let index = 0;
    let name = "";
    if (this.src[this.pos + 1] === "?") {
      const named = this.namedCapture();
      if (named instanceof RegexSyntaxError) return named;
      if (named !== undefined) {
        name = named;
        index = this.names.push(name);
      } else {
        const opened = this.perlFlags();
        if (opened instanceof RegexSyntaxError) return opened;
        if (!opened) return "item";
      }
    } else {
      this.pos++;
      index = this.names.push("");
    }
    const sub = this.alternation();
    if (sub instanceof RegexSyntaxError) return sub;
    if (this.src[this.pos] !== ")") return new RegexSyntaxError(ErrorCode.MissingParen, this.src);
    this.pos++;
    this.flags = saved;
    items.push(index > 0 ? { kind: "capture", index, name, sub } : sub);
    return "item";
  }

  /** `(?P<name>` or `(?<name>`: consumes it and returns the name; undefined for other `(?` forms. */
  private namedCapture(): Result<string | undefined> {
    const t = this.src.slice(this.pos);
    const withP = t.length > 4 && t[2] === "P" && t[3] === "<";
    if (!withP && !(t.length > 3 && t[2] === "<")) return undefined;
    const end = t.indexOf(">");
    if (end < 0) return new RegexSyntaxError(ErrorCode.InvalidNamedCapture, t);
    const name = t.slice(withP ? 4 : 3, end);
    if (!/^[A-Za-z0-9_]+$/.test(name)) return new RegexSyntaxError(ErrorCode.InvalidNamedCapture, t.slice(0, end + 1));
    this.pos += end + 1;
    return name;
  }

  /** `(?flags)` or `(?flags:`: sets the flags; true when a non-capturing group was opened. */
  private perlFlags(): Result<boolean> {
    const start = this.pos;
    this.pos += 2;
    let flags = { ...this.flags };
    let negate = false;
    let sawFlag = false;
    while (this.pos < this.src.length) {
      const c = String.fromCodePoint(this.nextRune());
      if (c === ":" || c === ")") {
        if (negate && !sawFlag) break;
        this.flags = flags;
        return c === ":";
      }
      if (c === "-" && !negate) {
        negate = true;
        sawFlag = false;
        continue;
      }
      const set = setFlag(flags, c, !negate);
      if (!set) break;
      flags = set;
      sawFlag = true;
    }
    return new RegexSyntaxError(ErrorCode.InvalidPerlOp, this.src.slice(start, this.pos));
  }

  private simpleRepeat(op: string, items: RegexNode[], lastRepeat: number): Result<"repeat"> {
    const start = this.pos++;
    const [min, max] = op === "*" ? [0, -1] : op === "+" ? [1, -1] : [0, 1];
    return this.repeat(items, start, min, max, lastRepeat);
  }

  private braceRepeat(items: RegexNode[], lastRepeat: number): Result<"repeat" | "item"> {
    const start = this.pos;
    const r = parseRepeatBraces(this.src, start);
    if (!r) {
      this.pos++;
      this.literal(items, 0x7b);
      return "item";
    }
    if (r.min < 0 || r.min > MAX_REPEAT || r.max > MAX_REPEAT || (r.max >= 0 && r.min > r.max)) {
      return new RegexSyntaxError(ErrorCode.InvalidRepeatSize, this.src.slice(start, r.end));
    }
    this.pos = r.end;
    return this.repeat(items, start, r.min, r.max, lastRepeat);
  }

  /** Applies a repetition operator (already consumed, from `start`) to the last item. */
  private repeat(items: RegexNode[], start: number, min: number, max: number, lastRepeat: number): Result<"repeat"> {
    let greedy = !this.flags.nonGreedy;
    if (this.src[this.pos] === "?") {
      this.pos++;
      greedy = !greedy;
    }
    if (lastRepeat >= 0) return new RegexSyntaxError(ErrorCode.InvalidRepeatOp, this.src.slice(lastRepeat, this.pos));
    const sub = items.pop();
    if (!sub) return new RegexSyntaxError(ErrorCode.MissingRepeatArgument, this.src.slice(start, this.pos));
    const node: RegexNode = { kind: "repeat", sub, min, max, greedy };
    if ((min >= 2 || max >= 2) && !repeatIsValid(node, MAX_REPEAT)) {
      return new RegexSyntaxError(ErrorCode.InvalidRepeatSize, this.src.slice(start, this.pos));
    }
    items.push(node);
    return "repeat";
  }

  private escape(items: RegexNode[]): Result<"item"> {
    const next = this.src[this.pos + 1];
    const simple = next === undefined ? undefined : SIMPLE_ESCAPES[next];
    if (simple === "invalid") return new RegexSyntaxError(ErrorCode.InvalidEscape, this.src.slice(this.pos, this.pos + 2));
    if (simple !== undefined) {
      this.pos += 2;
      items.push({ kind: "assert", what: simple });
      return "item";
    }
    if (next === "Q") return this.quoted(items);
    const builder = new ClassBuilder(this.flags.fold);
    const classEnd = parseClassEscape(this.src, this.pos, builder);
    if (classEnd instanceof RegexSyntaxError) return classEnd;
    if (classEnd !== undefined) {
      this.pos = classEnd;
      items.push({ kind: "class", cls: builder.build(false), fold: this.flags.fold });
      return "item";
    }
    const e = parseEscape(this.src, this.pos);
    if (e instanceof RegexSyntaxError) return e;
    this.pos = e.end;
    this.literal(items, e.cp);
    return "item";
  }

  /** `\Q...\E`: everything up to `\E` (or the end) is literal text. */
  private quoted(items: RegexNode[]): "item" {
    const from = this.pos + 2;
    const close = this.src.indexOf("\\E", from);
    const end = close < 0 ? this.src.length : close;
    this.pos = from;
    while (this.pos < end) this.literal(items, this.nextRune());
    this.pos = close < 0 ? end : close + 2;
    return "item";
  }

  private charClass(items: RegexNode[]): Result<"item"> {
    const r = parseBracketClass(this.src, this.pos, this.flags.fold);
    if (r instanceof RegexSyntaxError) return r;
    this.pos = r.end;
    items.push({ kind: "class", cls: r.cls, fold: this.flags.fold });
    return "item";
  }
}

/** Escapes that are assertions, and `\C` which Go rejects. */
const SIMPLE_ESCAPES: Readonly<Record<string, AssertKind | "invalid">> = {
  A: "beginText",
  z: "endText",
  b: "wordBoundary",
  B: "noWordBoundary",
  C: "invalid",
};

function setFlag(f: Flags, c: string, on: boolean): Flags | undefined {
  switch (c) {
    case "i":
      return { ...f, fold: on };
    case "m":
      return { ...f, multiLine: on };
    case "s":
      return { ...f, dotNL: on };
    case "U":
      return { ...f, nonGreedy: on };
    default:
      return undefined;
  }
}

/** Go's repeatIsValid: nested counted repetitions may not multiply beyond n copies. */
function repeatIsValid(re: RegexNode, n: number): boolean {
  if (re.kind === "repeat") {
    let m = re.max;
    if (m === 0) return true;
    if (m < 0) m = re.min;
    if (m > n) return false;
    if (m > 0) n = Math.floor(n / m);
  }
  return children(re).every((sub) => repeatIsValid(sub, n));
}

function children(re: RegexNode): readonly RegexNode[] {
  switch (re.kind) {
    case "capture":
    case "repeat":
      return [re.sub];
    case "concat":
    case "alternate":
      return re.subs;
    default:
      return [];
  }
}
