// Evaluation during graph walks: the scope that turns an expression's references into the values of
// one module instance (variables, locals, module outputs, resources, path, terraform, count, each,
// self) with Terraform's checks and errors for references that cannot be right, and the validate walk
// that uses it on every node of the configuration graph (Terraform's `validate`).

export { EvalScope, type ScopeOptions, type ScopeResult } from "./eval-scope.js";
export { ReferenceValues, type RefValue } from "./reference-values.js";
export { staticReferenceDiagnostics, moduleDisplayAddr, type ReferenceSite } from "./static-references.js";
export { NamedValues } from "./named-values.js";
export type { WalkOperation, WalkState } from "./walk-state.js";
export { evaluateBody } from "./body-evaluation.js";
export { checkErrorMessage, evalCheckRule, evaluateLoosely, validateCheckRule, type CheckRuleKind } from "./check-rules.js";
export { validateDependsOn } from "./depends-on.js";
export { finalModuleVariableValue, type FinalVariableValue } from "./module-variable-value.js";
export { resourceRepetition, selfInstance, TOTALLY_UNKNOWN, validateRepetition } from "./repetition.js";
export { compareDiagnostics, sortDiagnostics } from "./diagnostic-order.js";
export { validateConfig, visit, type ValidateOptions } from "./validate.js";
