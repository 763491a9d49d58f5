import type { Config, Resource } from "../configs/model.js";
import { modulesOf, type GraphBuilder } from "./graph-builder.js";
import { moduleArguments } from "./module-arguments.js";

// The nodes for the objects a configuration declares, added in the order of Terraform's plan builder
// steps: resources (ConfigTransformer), root and module input variables (Root/ModuleVariableTransformer),
// variable validations, locals, outputs and checks. Each step visits the module tree parents first.

/** Adds a node for every declared object of every module, with the variable validation edges. */
export function addConfigNodes(b: GraphBuilder): void {
  const modules = modulesOf(b.root);
  // The destroy plan makes no resource nodes from the configuration (ConfigTransformer's skip).
  if (b.walk !== "plan-destroy") for (const m of modules) addResources(b, m);
  for (const variable of b.root.module.variables.values()) b.add({ kind: "root-variable", module: b.root, variable });
  for (const m of modules) addModuleVariables(b, m);
  addValidations(b);
  for (const m of modules) for (const local of m.module.locals.values()) b.add({ kind: "local", module: m, local });
  for (const m of modules) for (const output of m.module.outputs.values()) b.add({ kind: "output", module: m, output });
  for (const m of modules) addChecks(b, m);
}

function addResources(b: GraphBuilder, m: Config): void {
  const containers = new Map<Resource, string>();
  for (const check of m.module.checks.values()) if (check.dataResource) containers.set(check.dataResource, check.name);
  const all = [...m.module.managedResources.values(), ...m.module.dataResources.values()];
  for (const resource of all) {
    const check = containers.get(resource);
    const name = b.add({ kind: "resource", module: m, resource, ...(check === undefined ? {} : { check }) });
    b.resourceNames.set(resource, name);
  }
}

/** A child module's variables, set from the arguments of its call; argument errors are recorded. */
function addModuleVariables(b: GraphBuilder, m: Config): void {
  if (!m.call) return;
  const args = moduleArguments(m);
  b.diagnostics.push(...args.diagnostics);
  for (const variable of m.module.variables.values()) {
    const argument = args.arguments.get(variable.name);
    b.add({ kind: "module-variable", module: m, variable, ...(argument ? { argument } : {}) });
  }
}

/** A validation node after each variable that has rules (variableValidationTransformer). */
function addValidations(b: GraphBuilder): void {
  for (const name of [...b.named("root-variable"), ...b.named("module-variable")]) {
    const node = b.graph.node(name)!;
    if (node.kind !== "root-variable" && node.kind !== "module-variable") continue;
    if (node.variable.validations.length === 0) continue;
    const argument = node.kind === "module-variable" ? node.argument : undefined;
    const validation = b.add({ kind: "variable-validation", module: node.module, variable: node.variable, ...(argument ? { argument } : {}) });
    b.connect(validation, name);
  }
}

/**
 * A check's assertion node, which always waits for its nested data source (nodeExpandCheck.References),
 * and in the plan graphs the node reporting it before that data source is read.
 */
function addChecks(b: GraphBuilder, m: Config): void {
  for (const check of m.module.checks.values()) {
    const expand = b.add({ kind: "check", module: m, check });
    const data = check.dataResource ? b.resourceNames.get(check.dataResource) : undefined;
    if (data) b.connect(expand, data);
    if (b.walk !== "plan" && b.walk !== "plan-destroy") continue;
    const report = b.add({ kind: "check-report", module: m, check });
    b.connect(expand, report);
    if (data) b.connect(data, report);
  }
}
