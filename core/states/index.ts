// State: what Terraform knows about the real objects it manages. The in-memory model (modules,
// resources, instances with their current and deposed objects, root outputs, check results), the
// state file codec for format version 4 (reading versions 1 to 4, writing byte for byte what Terraform
// 1.11 writes), and the codec between an object's value and its stored form. Storage and locking
// belong to backends.

export {
  State,
  type EachMode,
  type InstanceState,
  type ModuleState,
  type ObjectStatus,
  type OutputState,
  type ResourceState,
  type StateFile,
  type StoredObject,
} from "./state.js";
export { readStateFile, DEFAULT_READER_VERSION, UNSUPPORTED_FORMAT, type ReadStateOptions } from "./statefile-read.js";
export { writeStateFile, writeStateFileChecked } from "./statefile-v4-write.js";
export { decodeObject, encodeObject, type EncodeOptions } from "./object-codec.js";
export { newLineage, newStateFile } from "./lineage.js";
export type { CheckResultAggregate, CheckResultObject, CheckResults, CheckStatus } from "./check-results.js";
export type { CheckableKind } from "./address-strings.js";
export { valueFromFlatmap, FLATMAP_UNKNOWN } from "./flatmap.js";
