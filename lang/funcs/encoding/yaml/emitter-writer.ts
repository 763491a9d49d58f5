import { isBreak, isPrintable } from "./chars.js";

// The output half of the YAML emitter (libyaml's emitterc.c via go-yaml): column tracking,
// indentation, indicators and the plain, double-quoted and literal scalar writers, including
// libyaml's line folding of long double-quoted strings at column 80.

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const SHORT_ESCAPES: Record<number, string> = {
  0x00: "0", 0x07: "a", 0x08: "b", 0x09: "t", 0x0a: "n", 0x0b: "v", 0x0c: "f", 0x0d: "r", 0x1b: "e",
  0x22: '"', 0x5c: "\\", 0x85: "N", 0xa0: "_", 0x2028: "L", 0x2029: "P",
};

/** The emitter's output and position state, with the primitive writers. */
export class EmitterWriter {
  out = "";
  column = 0;
  indent = -1;
  readonly indents: number[] = [];
  whitespace = true;
  indention = true;
  openEnded = false;
  rootContext = false;
  simpleKeyContext = false;

  protected put(ch: string): void {
    this.out += ch;
    this.column++;
  }

  protected putBreak(): void {
    this.out += "\n";
    this.column = 0;
  }

  /** Pushes the indentation and sets a deeper one (libyaml's increase_indent). */
  protected increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  protected popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  protected writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }

  protected writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(" ");
    for (const ch of indicator) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  private writeBreak(cp: number): void {
    if (cp === 0x0a) this.putBreak();
    else {
      this.out += String.fromCodePoint(cp);
      this.column = 0;
    }
  }

  protected writePlain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(" ");
    const cps = [...value].map((c) => c.codePointAt(0)!);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cps[i + 1] !== 0x20) this.writeIndent();
        else this.put(" ");
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }

  protected writeDoubleQuoted(value: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const cps = [...value].map((c) => c.codePointAt(0)!);
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (!isPrintable(c) || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.put("\\");
        for (const ch of escapeCode(c)) this.put(ch);
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cps.length - 1) {
          this.writeIndent();
          if (cps[i + 1] === 0x20) this.put("\\");
        } else this.put(" ");
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  protected writeLiteral(value: string): void {
    this.writeIndicator("|", true, false, false);
    this.writeBlockScalarHints(value);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const ch of value) {
      const c = ch.codePointAt(0)!;
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch);
        this.indention = false;
        breaks = false;
      }
    }
  }

  private writeBlockScalarHints(value: string): void {
    const cps = [...value].map((c) => c.codePointAt(0)!);
    if (cps[0] === 0x20 || isBreak(cps[0] ?? 0)) this.writeIndicator(String(BEST_INDENT), false, false, false);
    this.openEnded = false;
    let chomp = "";
    const last = cps[cps.length - 1];
    if (last === undefined || !isBreak(last)) chomp = "-";
    else if (cps.length === 1 || isBreak(cps[cps.length - 2]!)) {
      chomp = "+";
      this.openEnded = true;
    }
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }
}

/** The escape after a backslash for a character in a double-quoted scalar. */
function escapeCode(c: number): string {
  const short = SHORT_ESCAPES[c];
  if (short) return short;
  const [letter, width] = c <= 0xff ? ["x", 2] : c <= 0xffff ? ["u", 4] : ["U", 8];
  return letter + c.toString(16).toUpperCase().padStart(width, "0");
}
