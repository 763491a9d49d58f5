import { newDiff } from "./computed-diff.js";
import type { JsonOpts } from "./json-diff.js";
import { ListRenderer } from "./render-list.js";
import { ObjectRenderer } from "./render-object.js";
import { PrimitiveRenderer } from "./render-primitive.js";
import { SensitiveRenderer, TypeChangeRenderer, UnknownRenderer } from "./render-wrappers.js";

// The renderers a JSON diff is made of (renderers.RendererJsonOpts): JSON objects print as objects,
// arrays as lists with context, and nothing in a JSON diff ever forces replacement itself.

/** JSON diff callbacks that build printable diffs, for outputs, dynamic values and JSON strings. */
export function rendererJsonOpts(): JsonOpts {
  return {
    primitive: (before, after, kind, action) => newDiff(new PrimitiveRenderer(before, after, kind), action, false),
    object: (elements, action) => newDiff(new ObjectRenderer(elements, true), action, false),
    array: (elements, action) => newDiff(new ListRenderer(elements, true), action, false),
    unknown: (before, action) => newDiff(new UnknownRenderer(before), action, false),
    sensitive: (inner, b, a, action) => newDiff(new SensitiveRenderer(inner, b, a), action, false),
    typeChange: (before, after, action) => newDiff(new TypeChangeRenderer(before, after), action, false),
  };
}
