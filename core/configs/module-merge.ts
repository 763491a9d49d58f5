import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, rangeBetween } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { FileContents, ModuleCallDecl, OutputDecl, ProviderDecl } from "./file-contents.js";
import type { ModuleDraft } from "./module-draft.js";
import { providerKey, resourceKey } from "./module-draft.js";
import { OverrideBody } from "./override-body.js";
import { mergeVariable } from "./variable-merge.js";
import type { Resource } from "./model.js";

// Override files (`override.tf`, `*_override.tf`, and their .tf.json forms) change declarations made
// in the primary files instead of adding new ones (configs.Module.mergeFile and module_merge.go):
// whatever the override sets replaces the base's, bodies are merged argument by argument, and an
// override of something that does not exist is an error.

/** Merges one override file into the module. */
export function mergeOverrideFile(m: ModuleDraft, file: FileContents): Diagnostic[] {
  if (file.coreVersionConstraints.length > 0) m.coreVersionConstraints = [...file.coreVersionConstraints];
  return [
    ...mergeBackends(m, file),
    ...mergeProviders(m, file),
    ...mergeNamedValues(m, file),
    ...mergeModuleCalls(m, file),
    ...mergeResources(m, file),
    ...file.moved.map((mv) => errorDiag("Cannot override 'moved' blocks", "Records of moved objects can appear only in normal files, not in override files.", mv.declRange)),
    ...file.imports.map((im) => errorDiag("Cannot override 'import' blocks", "Import blocks can appear only in normal files, not in override files.", im.declRange)),
  ];
}

function mergeBackends(m: ModuleDraft, file: FileContents): Diagnostic[] {
  if (file.backends.length === 1) {
    m.backend = file.backends[0]!;
    delete m.cloud;
  }
  if (file.backends.length < 2) return [];
  const detail = `Each override file may have only one backend configuration. A backend was previously configured at ${formatRange(file.backends[0]!.declRange)}.`;
  return [errorDiag("Duplicate backend configuration", detail, file.backends[1]!.declRange)];
}

// A default provider configuration may be overridden without a base (an absent one means an empty one).
function mergeProviders(m: ModuleDraft, file: FileContents): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const pc of file.providerConfigs) {
    const existing = m.providerConfigs.get(providerKey(pc));
    if (existing) mergeProvider(existing, pc);
    else if (!pc.alias) m.providerConfigs.set(providerKey(pc), pc);
    else {
      const detail = `There is no ${pc.name} provider configuration with the alias ${goQuote(pc.alias)}. An override file can only override an aliased provider configuration that was already defined in a primary configuration file.`;
      diagnostics.push(errorDiag("Missing base provider configuration for override", detail, pc.declRange));
    }
  }
  return diagnostics;
}

function mergeProvider(p: ProviderDecl, op: ProviderDecl): void {
  if (op.version !== undefined) p.version = op.version;
  p.config = new OverrideBody(p.config, op.config);
}

function missingBase(summary: string, detail: string, subject: Diagnostic["subject"]): Diagnostic {
  return errorDiag(summary, detail, subject);
}

function mergeNamedValues(m: ModuleDraft, file: FileContents): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const v of file.variables) {
    const existing = m.variables.get(v.name);
    if (existing) diagnostics.push(...mergeVariable(existing, v));
    else {
      const detail = `There is no variable named ${goQuote(v.name)}. An override file can only override a variable that was already declared in a primary configuration file.`;
      diagnostics.push(missingBase("Missing base variable declaration to override", detail, v.declRange));
    }
  }
  for (const l of file.locals) {
    if (m.locals.has(l.name)) m.locals.set(l.name, { ...m.locals.get(l.name)!, expr: l.expr, declRange: l.declRange });
    else {
      const detail = `There is no local value named ${goQuote(l.name)}. An override file can only override a local value that was already defined in a primary configuration file.`;
      diagnostics.push(missingBase("Missing base local value definition to override", detail, l.declRange));
    }
  }
  for (const o of file.outputs) {
    const existing = m.outputs.get(o.name);
    if (existing) diagnostics.push(...mergeOutput(existing, o));
    else {
      const detail = `There is no output named ${goQuote(o.name)}. An override file can only override an output that was already defined in a primary configuration file.`;
      diagnostics.push(missingBase("Missing base output definition to override", detail, o.declRange));
    }
  }
  return diagnostics;
}

function mergeOutput(o: OutputDecl, oo: OutputDecl): Diagnostic[] {
  if (oo.description) o.description = oo.description;
  if (oo.expr) o.expr = oo.expr;
  if (oo.sensitiveSet) Object.assign(o, { sensitive: oo.sensitive, sensitiveSet: true });
  if (oo.ephemeralSet) Object.assign(o, { ephemeral: oo.ephemeral, ephemeralSet: true });
  return dependsOnOverride(oo.dependsOn);
}

function mergeModuleCalls(m: ModuleDraft, file: FileContents): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const mc of file.moduleCalls) {
    const existing = m.moduleCalls.get(mc.name);
    if (existing) diagnostics.push(...mergeModuleCall(existing, mc));
    else {
      const detail = `There is no module call named ${goQuote(mc.name)}. An override file can only override a module call that was defined in a primary configuration file.`;
      diagnostics.push(missingBase("Missing module call to override", detail, mc.declRange));
    }
  }
  return diagnostics;
}

function mergeModuleCall(mc: ModuleCallDecl, omc: ModuleCallDecl): Diagnostic[] {
  if (omc.sourceRange) {
    mc.sourceRange = omc.sourceRange;
    if (omc.source !== undefined) mc.source = omc.source;
    else delete mc.source;
    if (omc.sourceAddr) mc.sourceAddr = omc.sourceAddr;
    else delete mc.sourceAddr;
  }
  if (omc.count) mc.count = omc.count;
  if (omc.forEach) mc.forEach = omc.forEach;
  if (omc.versionConstraints.length > 0) {
    mc.version = omc.version!;
    mc.versionConstraints = omc.versionConstraints;
  }
  mc.config = new OverrideBody(mc.config, omc.config);
  if (omc.providers.length > 0) mc.providers = omc.providers;
  return dependsOnOverride(omc.dependsOn);
}

function mergeResources(m: ModuleDraft, file: FileContents): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const r of [...file.managedResources, ...file.dataResources]) {
    const map = r.mode === "managed" ? m.managedResources : m.dataResources;
    const existing = map.get(resourceKey(r));
    if (existing) {
      map.set(resourceKey(r), mergeResource(existing, r));
      diagnostics.push(...dependsOnOverride(r.dependsOn));
      continue;
    }
    const detail =
      r.mode === "managed"
        ? `There is no ${r.type} resource named ${goQuote(r.name)}. An override file can only override a resource block defined in a primary configuration file.`
        : `There is no ${r.type} data resource named ${goQuote(r.name)}. An override file can only override a data block defined in a primary configuration file.`;
    diagnostics.push(missingBase(r.mode === "managed" ? "Missing resource to override" : "Missing data resource to override", detail, r.declRange));
  }
  return diagnostics;
}

function mergeResource(r: Resource, or: Resource): Resource {
  const l = r.lifecycle;
  const ol = or.lifecycle;
  const lifecycle = {
    ...l,
    ...(ol.createBeforeDestroy !== undefined ? { createBeforeDestroy: ol.createBeforeDestroy } : {}),
    ...(ol.preventDestroy !== undefined ? { preventDestroy: ol.preventDestroy } : {}),
    ignoreChanges: ol.ignoreChanges.length > 0 ? ol.ignoreChanges : l.ignoreChanges,
    ignoreAllChanges: l.ignoreAllChanges || ol.ignoreAllChanges,
  };
  const managed = r.mode === "managed";
  return {
    ...r,
    ...(or.count ? { count: or.count } : {}),
    ...(or.forEach ? { forEach: or.forEach } : {}),
    ...(or.provider ? { provider: or.provider } : {}),
    ...(managed && or.connection ? { connection: or.connection } : {}),
    lifecycle: managed ? lifecycle : l,
    provisioners: managed && or.provisioners.length > 0 ? or.provisioners : r.provisioners,
    config: new OverrideBody(r.config, or.config),
  };
}

// depends_on may not be overridden; the first reference is the closest range there is.
function dependsOnOverride(dependsOn: readonly Traversal[]): Diagnostic[] {
  const first = dependsOn[0];
  if (!first) return [];
  const subject = rangeBetween(first[0].range, first[first.length - 1]!.range);
  return [errorDiag("Unsupported override", "The depends_on argument may not be overridden.", subject)];
}
