// Configuration bodies read against provider schemas, as Terraform reads resource, data source and
// provider blocks: the references a body makes under its schema (to build its evaluation context),
// the body decoded to a value of the schema's implied type with dynamic blocks expanded and
// list-of-object arguments allowed as blocks, the sensitivity the schema declares, references into a
// resource checked against its schema, and where a provider's diagnostic about a path belongs.

export { blockReferences } from "./block-references.js";
export { decodeBlock } from "./decode-block.js";
export { attributeSpecType, blockSpecKind, bodySchemaOf, emptyBlockValue, emptyNestedValue, type BlockSpecKind } from "./decoder-spec.js";
export type { Decoded } from "./nested-blocks.js";
export { pathRange } from "./path-range.js";
export { validateTraversal, type TraversalSteps } from "./validate-traversal.js";
export { containsSensitive, isSensitivePath, markedSet, valueMarks } from "./value-marks.js";
