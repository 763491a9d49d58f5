import { foldExtras, foldOrbit, toRanges } from "./regex-fold.js";
import type { AssertKind, CharClass, CodeRange, RegexNode } from "./regex-syntax.js";

// Turns an RE2 parse tree into JavaScript RegExp source for the `u` flag (never `i`, `m` or `s`:
// those behave differently in JavaScript, so every construct is spelt out): case folding becomes
// explicit classes of fold-equivalent code points, `.` and `^`/`$` get Go's meaning, `\b` stays
// ASCII, and every group keeps its number because named groups become plain ones.

/** JavaScript source matching what the RE2 tree matches, with the same group numbering. */
export function translate(root: RegexNode): string {
  return emit(root);
}

function emit(node: RegexNode): string {
  switch (node.kind) {
    case "empty":
      return "(?:)";
    case "literal":
      return literal(node.cp, node.fold);
    case "class":
      return charClass(node.cls, node.fold);
    case "any":
      return node.dotNL ? "[^]" : "[^\\n]";
    case "assert":
      return ASSERTIONS[node.what];
    case "capture":
      return `(${emit(node.sub)})`;
    case "concat":
      return node.subs.map(emit).join("");
    case "alternate":
      return `(?:${node.subs.map(emit).join("|")})`;
    case "repeat":
      return atom(node.sub) + quantifier(node.min, node.max, node.greedy);
  }
}

const ASSERTIONS: Readonly<Record<AssertKind, string>> = {
  beginText: "^",
  endText: "$",
  beginLine: "(?<![^\\n])",
  endLine: "(?![^\\n])",
  wordBoundary: "\\b",
  noWordBoundary: "\\B",
};

/** The node as something a quantifier can follow. */
function atom(node: RegexNode): string {
  const single = node.kind === "literal" || node.kind === "class" || node.kind === "any";
  const grouped = node.kind === "capture" || node.kind === "alternate" || node.kind === "empty";
  return single || grouped ? emit(node) : `(?:${emit(node)})`;
}

function quantifier(min: number, max: number, greedy: boolean): string {
  let q: string;
  if (min === 0 && max === -1) q = "*";
  else if (min === 1 && max === -1) q = "+";
  else if (min === 0 && max === 1) q = "?";
  else if (max === -1) q = `{${min},}`;
  else if (min === max) q = `{${min}}`;
  else q = `{${min},${max}}`;
  return greedy ? q : `${q}?`;
}

function literal(cp: number, fold: boolean): string {
  const orbit = fold ? foldOrbit(cp) : undefined;
  return orbit ? `[${orbit.map(escapeCp).join("")}]` : escapeCp(cp);
}

/** A code point as JavaScript regexp text valid inside and outside classes (with the `u` flag). */
function escapeCp(cp: number): string {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    ? String.fromCharCode(cp)
    : `\\u{${cp.toString(16)}}`;
}

function rangesText(ranges: readonly CodeRange[]): string {
  return ranges.map(([lo, hi]) => (lo === hi ? escapeCp(lo) : `${escapeCp(lo)}-${escapeCp(hi)}`)).join("");
}

/**
 * A class as one JavaScript class when it can be, otherwise as an alternation of classes (negated
 * properties must be negated after folding) or a negative lookahead before "any character".
 */
function charClass(cls: CharClass, fold: boolean): string {
  const main = rangesText(cls.ranges) + cls.props.map((p) => (fold ? p + rangesText(propFolds(p)) : p)).join("");
  const negParts = cls.negProps.map((p) => `[^${fold ? p + rangesText(propFolds(p)) : p}]`);
  if (negParts.length === 0) return cls.negated ? `[^${main}]` : `[${main}]`;
  const parts = main === "" ? negParts : [`[${main}]`, ...negParts];
  const union = parts.join("|");
  if (cls.negated) return `(?:(?!${union})[^])`;
  return parts.length === 1 ? parts[0]! : `(?:${union})`;
}

const propFoldCache = new Map<string, CodeRange[]>();

/** Code points that fold to a member of the property class but are not in it themselves. */
function propFolds(props: string): CodeRange[] {
  let extra = propFoldCache.get(props);
  if (!extra) {
    const re = new RegExp(`[${props}]`, "u");
    const folds = foldExtras((cp) => re.test(String.fromCodePoint(cp)));
    extra = toRanges(folds.flatMap(([lo, hi]) => rangeMembers(lo, hi)).filter((cp) => !re.test(String.fromCodePoint(cp))));
    propFoldCache.set(props, extra);
  }
  return extra;
}

function rangeMembers(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let c = lo; c <= hi; c++) out.push(c);
  return out;
}
