import type { Type } from "./type.js";

// cty's Type.TestConformance reduced to its answer: does a value's type fit a type that may contain
// the dynamic pseudo-type (which accepts anything)? Value equality uses it when a type is not wholly
// known, and objchange's AssertObjectCompatible to reject an applied value whose type differs from the
// planned one before comparing values.

/** True when `t` conforms to `constraint`: equal, except that dynamic parts of the constraint match anything. */
export function conformsTo(t: Type, constraint: Type): boolean {
  if (constraint.kind === "dynamic") return true;
  if (t.kind !== constraint.kind) return false;
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return conformsTo(t.element, (constraint as typeof t).element);
    case "tuple": {
      const want = (constraint as typeof t).elements;
      return t.elements.length === want.length && t.elements.every((e, i) => conformsTo(e, want[i]!));
    }
    case "object": {
      const want = (constraint as typeof t).attributes;
      if (t.attributes.size !== want.size) return false;
      for (const [name, at] of t.attributes) {
        const wt = want.get(name);
        if (!wt || !conformsTo(at, wt)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}
