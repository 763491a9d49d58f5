import { Mark, type Marks } from "./marks.js";
import { Value } from "./value.js";

// Paths into values (cty.Path): how a provider names the attribute a diagnostic is about, how
// `requires_replace` and `sensitive_attributes` point into an object, and where a conversion failed.

/**
 * One step into a value: an attribute of an object, an index of a list or tuple, a key of a map, or an
 * element of a set (named by its value, as cty's IndexStep does for sets).
 */
export type PathStep =
  | { readonly attr: string }
  | { readonly index: number }
  | { readonly key: string }
  | { readonly element: Value };

/** A path from the top of a value down to a part of it. */
export type ValuePath = readonly PathStep[];

/** The part of `v` at `path`, or undefined when the path does not exist in it (or crosses an unknown or null). */
export function valueAtPath(v: Value, path: ValuePath): Value | undefined {
  let cur: Value | undefined = v;
  for (const step of path) {
    if (!cur || !cur.isKnown || cur.isNull) return undefined;
    cur = stepInto(cur, step);
  }
  return cur;
}

function stepInto(v: Value, step: PathStep): Value | undefined {
  if ("attr" in step) return v.raw instanceof Map && v.type.kind === "object" ? v.entries().get(step.attr) : undefined;
  if ("key" in step) return v.raw instanceof Map && v.type.kind === "map" ? v.entries().get(step.key) : undefined;
  if ("index" in step) return Array.isArray(v.raw) && v.type.kind !== "set" ? v.elements()[step.index] : undefined;
  return undefined;
}

/** True when two paths name the same place. */
export function pathEquals(a: ValuePath, b: ValuePath): boolean {
  return a.length === b.length && a.every((s, i) => stepEquals(s, b[i]!));
}

function stepEquals(a: PathStep, b: PathStep): boolean {
  if ("attr" in a) return "attr" in b && a.attr === b.attr;
  if ("key" in a) return "key" in b && a.key === b.key;
  if ("index" in a) return "index" in b && a.index === b.index;
  return "element" in b && b.element === a.element;
}

/** True when `prefix` is `path` or a path above it. */
export function pathHasPrefix(path: ValuePath, prefix: ValuePath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => stepEquals(s, path[i]!));
}

/**
 * Every path at which `v` carries `mark` (cty's UnmarkDeepWithPaths, for one mark), outermost first;
 * nothing below a marked value is listed.
 */
export function markedPaths(v: Value, mark: Marks = Mark.Sensitive): ValuePath[] {
  const out: ValuePath[] = [];
  collectMarked(v, mark, [], out);
  return out;
}

function collectMarked(v: Value, mark: Marks, at: PathStep[], out: ValuePath[]): void {
  if ((v.marks & mark) === mark) {
    out.push([...at]);
    return;
  }
  if (!v.isKnown || v.isNull) return;
  if (Array.isArray(v.raw)) {
    const set = v.type.kind === "set";
    v.elements().forEach((e, i) => collectMarked(e, mark, [...at, set ? { element: e } : { index: i }], out));
  } else if (v.raw instanceof Map) {
    const object = v.type.kind === "object";
    for (const [k, e] of v.entries()) collectMarked(e, mark, [...at, object ? { attr: k } : { key: k }], out);
  }
}

/**
 * `v` with `mark` added at each of `paths` (cty's MarkWithPaths); paths that do not exist in the value
 * are ignored. Set elements are matched by their (unmarked) value.
 */
export function markPaths(v: Value, paths: readonly ValuePath[], mark: Marks = Mark.Sensitive): Value {
  if (paths.length === 0) return v;
  if (paths.some((p) => p.length === 0)) return v.mark(mark);
  if (!v.isKnown || v.isNull) return v;
  if (Array.isArray(v.raw)) {
    const els = v.elements().map((e, i) => markPaths(e, childPaths(paths, v.type.kind === "set" ? { element: e } : { index: i }), mark));
    return Value.of(v.type, els, v.marks);
  }
  if (v.raw instanceof Map) {
    const m = new Map<string, Value>();
    const object = v.type.kind === "object";
    for (const [k, e] of v.entries()) m.set(k, markPaths(e, childPaths(paths, object ? { attr: k } : { key: k }), mark));
    return Value.of(v.type, m, v.marks);
  }
  return v;
}

function childPaths(paths: readonly ValuePath[], step: PathStep): ValuePath[] {
  const out: ValuePath[] = [];
  for (const p of paths) if (p.length > 0 && stepMatches(p[0]!, step)) out.push(p.slice(1));
  return out;
}

function stepMatches(want: PathStep, actual: PathStep): boolean {
  if ("element" in want && "element" in actual) return want.element === actual.element || sameElement(want.element, actual.element);
  return stepEquals(want, actual);
}

function sameElement(a: Value, b: Value): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

function plain(v: Value): unknown {
  if (!v.isKnown) return "<unknown>";
  if (v.isNull) return null;
  if (Array.isArray(v.raw)) return v.elements().map(plain);
  if (v.raw instanceof Map) return Object.fromEntries([...v.entries()].map(([k, e]) => [k, plain(e)]));
  return String(v.raw);
}
