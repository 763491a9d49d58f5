// HCL's `dynamic` blocks (hcl ext/dynblock): a Body wrapper that, whenever it is decoded against a
// schema, replaces each `dynamic "X" { for_each, iterator, labels, content {} }` whose X the schema
// names by one X block per element of for_each, with the iterator bound inside the generated blocks
// (unknown for_each gives one placeholder whose values are all unknown); and the static references
// the for_each and labels expressions make, so their sources can be evaluated first.

export { expandDynamicBlocks, type ExpandOptions } from "./expand-body.js";
export type { ForEachCheck } from "./expand-spec.js";
export { dynamicBlockVariables, type NestedBlockSchema, type NestedBodySchema, type VariableWalkOptions } from "./variables.js";
export { bodyValueMarks, isUnknownBody, type MarkedBody, type UnknownBody } from "./body-traits.js";
