// Input variable values for the root module: where they come from (TF_VAR_ environment variables,
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json), -var and -var-file, prompts), in
// Terraform's precedence, how each is parsed and converted to its variable's type, and the checks
// of `validation` blocks, all with Terraform's diagnostics.
//
// Use: collectRawValues (stop on errors) → resolveRootVariables → checkVariableValidations.

export { collectRawValues, autoFiles, envValues, parseVarOption, VAR_ENV_PREFIX } from "./collect.js";
export type { CollectOptions, CollectResult, VarArgument } from "./collect.js";
export { readVarsFile, type VarsFileResult } from "./vars-file.js";
export { parseRawValue, parseText, parsingMode } from "./raw-value.js";
export type { InputValue, ParsingMode, RawExpressionValue, RawStringValue, RawValue, ValueSource } from "./raw-value.js";
export { formatInputPrompt, inputRequest, isRequired, promptForMissing } from "./prompt.js";
export type { InputRequest, Prompter } from "./prompt.js";
export { undeclaredDiagnostics } from "./undeclared.js";
export { prepareFinalValue, type FinalValue } from "./final-value.js";
export { resolveRootVariables } from "./resolve.js";
export type { ResolveOptions, ResolveResult, RootVariableValue } from "./resolve.js";
export { checkValidationRule } from "./validation-rule.js";
export { checkVariableValidations, planningFunctions, validationContext, type ValidationScope } from "./validations.js";
