// Terraform's type system and its conversion rules (cty's types and convert package, hcl's typeexpr):
// types and their printable forms, converting and unifying values, type constraint expressions and the
// defaults of optional attributes.

export * from "./type.js";
export { conformsTo } from "./type-conformance.js";
export { convert, canConvert, canConvertSafe, ConversionError, formatConversionError, formatPath, mismatchMessage } from "./convert.js";
export type { PathStep } from "./convert.js";
export { unify, unifyUnsafe, unifyValues, type Unification, type UnifiedValues } from "./unify.js";
export type { ValueConversion } from "./conversion.js";
export { applyDefaults, type Defaults } from "./defaults.js";
export {
  exactType,
  keywordOf,
  typeConstraint,
  typeConstraintWithDefaults,
  type ConstantEvaluator,
  type TypeConstraintResult,
} from "./type-constraint.js";
export { friendlyName, friendlyNameForConstraint, typeString } from "./type-string.js";
