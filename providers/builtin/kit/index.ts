// The kit built-in providers are made with: a Provider implementation that dispatches each operation
// to a resource type or data source by name and supplies defaults, and the default planning rules.

export { BuiltinProvider, storePlanned } from "./builtin-provider.js";
export { planComputed, replacePaths, type PlanRules } from "./plan-computed.js";
export { NO_DIAGNOSTICS, providerError, type BuiltinProviderSpec, type DataSourceType, type ManagedResourceType } from "./resource-type.js";
