// Configuration loading (Terraform's configs package): reads a module directory's `.tf` and `.tf.json`
// files, decodes every top-level block into the typed records of model.ts with Terraform's diagnostics
// (expressions stay unevaluated), merges override files, and builds the tree of modules a root module
// calls. Nothing here evaluates expressions in a scope; that is the graph walk's job.

export type * from "./model.js";
export { loadModule, type LoadOptions, type LoadedModule } from "./loader.js";
export { buildConfig, type BuiltConfig } from "./config-builder.js";
export { TERRAFORM_COMPAT_VERSION } from "./core-version.js";
export {
  DEFAULT_MODULE_REGISTRY_HOST,
  moduleSourceString,
  parseModuleSource,
  parseModuleSourceRegistry,
  type ModuleSource,
  type ModuleSourceError,
} from "./module-source.js";
export {
  compareVersions,
  constraintsAllow,
  parseConstraints,
  parseVersion,
  type Constraint,
  type Version,
} from "./version-constraint.js";
