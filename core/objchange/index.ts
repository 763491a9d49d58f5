// Terraform's internal/plans/objchange: pure functions over a resource type's schema and its object
// values that planning and applying are built on. ProposedNew merges configuration with prior state
// into the object offered to a provider's PlanResourceChange; PlannedDataResourceObject plans a data
// source read; AssertPlanValid and AssertObjectCompatible catch providers that plan against the
// configuration or apply something other than what they planned, with Terraform's exact messages
// (values written in cty's GoString form, which the go-string module reproduces).

export { proposedNew, plannedDataResourceObject, proposedNewDestroy } from "./proposed-new.js";
export { assertPlanValid, assertPlanValidPaths, assertPlannedValueValid } from "./plan-valid.js";
export { assertObjectCompatible, assertObjectCompatiblePaths } from "./compatible.js";
export { normalizeObjectFromLegacySDK } from "./normalize-legacy.js";
export { emptyBlockValue, emptyNestedBlockValue } from "./empty-value.js";
export { goString, goTypeString } from "./go-string.js";
export { formatCtyPath, formatPathError, formatPathErrorPrefixed, type PathError } from "./path-error.js";
