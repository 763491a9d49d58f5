// Addresses: the names Terraform gives to everything in a configuration and its instances
// (`module.net["eu"].aws_subnet.this[2]`, `var.region`, `provider["registry.terraform.io/hashicorp/aws"].west`),
// as immutable value objects that print exactly as Terraform prints them, plus the parsers that turn
// reference traversals (`var.a.b`) and absolute addresses (`-target`, `moved`) into them, with
// Terraform's diagnostics. Mirrors hashicorp/terraform's internal/addrs.

export { Address } from "./address.js";
export {
  IntKey,
  StringKey,
  compareInstanceKeys,
  instanceKeyFromLiteral,
  intKeyFromNumber,
  keyString,
  keysEqual,
  WHOLE_NUMBER_ERROR,
  type InstanceKey,
  type KeyParse,
} from "./instance-key.js";
export { hclQuote } from "./hcl-quote.js";
export { Module } from "./module.js";
export { ModuleInstance, compareModuleInstances, type ModuleInstanceStep } from "./module-instance.js";
export { Resource, ResourceInstance, type ResourceMode } from "./resource.js";
export { AbsResource, AbsResourceInstance, ConfigResource, compareAbsResourceInstances } from "./abs-resource.js";
export { AbsModuleCall, ModuleCall, ModuleCallInstance, ModuleCallInstanceOutput, ModuleCallOutput } from "./module-call.js";
export {
  AbsCheck,
  AbsInputVariableInstance,
  AbsLocalValue,
  AbsOutputValue,
  Check,
  InputVariable,
  LocalValue,
  OutputValue,
} from "./named-values.js";
export { CountAttr, ForEachAttr, PathAttr, Self, SelfAddr, TerraformAttr } from "./builtin-objects.js";
export { AbsProviderConfig, LocalProviderConfig, Provider, BUILTIN_PROVIDER_HOST, DEFAULT_REGISTRY_HOST } from "./provider.js";
export { displayString, type Reference, type Referenceable, type RemainingTraversal } from "./reference.js";
export { parseRef, parseRefInTestingScope, parseRefs } from "./parse-ref.js";
export type { RefResult } from "./parse-ref-parts.js";
export { builtinAttrDiagnostics } from "./builtin-attr-check.js";
export { parseModuleInstance, parseModuleInstancePrefix, type AddressStep, type ModulePrefix } from "./parse-module-instance.js";
export { parseAbsResource, parseAbsResourceInstance, parseTarget, type Target, type Targetable } from "./parse-target.js";
