import type { Type } from "./type.js";

// The preference order unification tries candidate result types in (cty's compareTypes/sortTypes):
// the most general type first, where a type is more general than another it can be converted from.

/**
 * Negative when `a` is more general than `b` (a supertype), positive when less, 0 when unrelated.
 * Optimistic: unification still checks that each suggested conversion exists.
 */
export function compareTypes(a: Type, b: Type): number {
  if (a.kind === "dynamic" || b.kind === "dynamic") return dynamicOrder(a, b);
  if (isPrimitiveKind(a) && isPrimitiveKind(b) && (a.kind === "string" || b.kind === "string")) {
    return a.kind === b.kind ? 0 : a.kind === "string" ? -1 : 1;
  }
  if (a.kind === b.kind && (a.kind === "list" || a.kind === "set" || a.kind === "map")) {
    return compareTypes(a.element, (b as { element: Type }).element);
  }
  if (shouldSwap(a, b)) return -compareOrdered(b, a);
  return compareOrdered(a, b);
}

/** Indices of `types` with the most general first; unrelated types keep their relative order. */
export function sortTypes(types: readonly Type[]): number[] {
  const n = types.length;
  const edges: number[][] = types.map(() => []);
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = compareTypes(types[i]!, types[j]!);
      if (c < 0) edges[i]!.push(j);
      else if (c > 0) edges[j]!.push(i);
    }
  }
  return topologicalOrder(edges);
}

function topologicalOrder(edges: readonly number[][]): number[] {
  const inDegree = edges.map(() => 0);
  for (const outs of edges) for (const j of outs) inDegree[j]!++;
  const queue: number[] = [];
  inDegree.forEach((d, i) => {
    if (d === 0) queue.push(i);
  });
  for (let head = 0; head < queue.length; head++) {
    for (const j of edges[queue[head]!]!) {
      if (--inDegree[j]! === 0) queue.push(j);
    }
  }
  // Cycles cannot arise from compareTypes, but a Go slice of the same length would hold zeros there.
  while (queue.length < edges.length) queue.push(0);
  return queue;
}

// The dynamic pseudo-type comes last: anything converts to it, and unknown-typed values are assumed
// to end up matching their neighbours.
function dynamicOrder(a: Type, b: Type): number {
  if (a.kind !== "dynamic") return -1;
  if (b.kind !== "dynamic") return 1;
  return 0;
}

function isPrimitiveKind(t: Type): boolean {
  return t.kind === "string" || t.kind === "number" || t.kind === "bool";
}

function shouldSwap(a: Type, b: Type): boolean {
  return (
    (a.kind === "tuple" && b.kind === "list") ||
    (a.kind === "object" && b.kind === "map") ||
    (a.kind === "set" && b.kind === "tuple") ||
    (a.kind === "set" && b.kind === "list")
  );
}

// The cases after cty's optional swap; the caller negates the result when it swapped.
function compareOrdered(a: Type, b: Type): number {
  if (b.kind === "set" && (a.kind === "tuple" || a.kind === "list")) return -1;
  if (a.kind === "list" && b.kind === "tuple") return -1;
  if (a.kind === "map" && b.kind === "object") return -1;
  if (a.kind === "object" && b.kind === "object") return compareObjects(a.attributes, b.attributes);
  if (a.kind === "tuple" && b.kind === "tuple") return compareTuples(a.elements, b.elements);
  return 0;
}

function compareObjects(a: ReadonlyMap<string, Type>, b: ReadonlyMap<string, Type>): number {
  if (a.size !== b.size) return 0;
  const cmps: number[] = [];
  for (const [name, at] of a) {
    const bt = b.get(name);
    if (!bt) return 0;
    cmps.push(compareTypes(at, bt));
  }
  return summarise(cmps);
}

function compareTuples(a: readonly Type[], b: readonly Type[]): number {
  if (a.length !== b.length) return 0;
  return summarise(a.map((t, i) => compareTypes(t, b[i]!)));
}

function summarise(cmps: readonly number[]): number {
  const aSuper = cmps.some((c) => c < 0);
  const bSuper = cmps.some((c) => c > 0);
  if (aSuper && bSuper) return 0;
  return aSuper ? -1 : bSuper ? 1 : 0;
}
