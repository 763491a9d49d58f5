import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { Body } from "../../../lang/syntax/ast.js";

// Helpers for the differential parser test: the hcl2json-shaped skeleton of our AST, the projection
// of hcl2json's output onto that skeleton, and the first error of each parser as "line:column summary".

/** Stands for an attribute's value: the comparison checks an attribute's presence, not its value. */
export const ATTRIBUTE = "<attribute>";

/** hcl2json's JSON form of a body, with every attribute value replaced by ATTRIBUTE. */
export type Shape = string | Shape[] | { [key: string]: Shape };

/**
 * The skeleton hcl2json would produce for a body (tmccombs/hcl2json convert.go): blocks first, nested
 * by type then by each label and ending in an array of bodies in source order; then attributes.
 */
export function shapeOf(body: Body): { [key: string]: Shape } {
  const out = emptyObject<Shape>();
  for (const block of body.blocks) {
    let level = out;
    let key = block.blockType;
    for (const label of block.labels) {
      level = childObject(level, key);
      key = label;
    }
    const bodies = Object.hasOwn(level, key) ? level[key]! : [];
    if (!Array.isArray(bodies)) throw new Error(`corpus bug: hcl2json cannot convert block ${block.blockType}`);
    level[key] = [...bodies, shapeOf(block.body)];
  }
  for (const attr of body.attributes) out[attr.name] = ATTRIBUTE;
  return out;
}

function childObject(level: { [key: string]: Shape }, key: string): { [key: string]: Shape } {
  const existing = Object.hasOwn(level, key) ? level[key]! : emptyObject<Shape>();
  if (typeof existing === "string" || Array.isArray(existing)) {
    throw new Error(`corpus bug: hcl2json cannot convert nested labels under ${key}`);
  }
  level[key] = existing;
  return existing;
}

/**
 * hcl2json's output with the value of every key that our skeleton calls an attribute replaced by
 * ATTRIBUTE, so `expect(project(theirs, ours)).toEqual(ours)` compares keys, nesting and body order only.
 * Keys that only one side has are kept as they are, so the assertion shows them.
 */
export function project(theirs: unknown, ours: Shape): unknown {
  if (ours === ATTRIBUTE) return ATTRIBUTE;
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs)) return theirs;
    return theirs.map((item: unknown, i) => (i < ours.length ? project(item, ours[i]!) : item));
  }
  if (typeof theirs !== "object" || theirs === null || Array.isArray(theirs) || typeof ours === "string") return theirs;
  const out = emptyObject<unknown>();
  for (const [key, value] of Object.entries(theirs)) out[key] = Object.hasOwn(ours, key) ? project(value, ours[key]!) : value;
  return out;
}

// Without a prototype, so that labels and names such as "__proto__" or "toString" are plain keys.
function emptyObject<T>(): { [key: string]: T } {
  return Object.create(null) as { [key: string]: T };
}

/** Our first error as `line:column summary` (the subject's start), or undefined when there is none. */
export function ourFirstError(diagnostics: readonly Diagnostic[]): string | undefined {
  const first = diagnostics.find((d) => d.severity === "error");
  if (first === undefined) return undefined;
  const at = first.subject === undefined ? "no subject" : `${first.subject.start.line}:${first.subject.start.column}`;
  return `${at} ${first.summary}`;
}

// hcl2json rejects with `parse config: [<diag> <diag> ...]`, each diag as hcl's Diagnostic.Error():
// `file:line,col-[line,]col: Summary; Detail`.
const FIRST_HCL_DIAGNOSTIC = /^parse config: \[[^:]*:(\d+),(\d+)-(?:\d+,)?\d+: ([^;]*);/;

/** hcl2json's first error as `line:column summary`, read from its rejection message. */
export function theirFirstError(message: string): string {
  const m = FIRST_HCL_DIAGNOSTIC.exec(message);
  if (m === null) throw new Error(`hcl2json rejected the file for another reason than a parse error: ${message}`);
  return `${m[1]}:${m[2]} ${m[3]}`;
}
