import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { FileContents } from "./file-contents.js";
import { emptyModuleDraft, providerKey, resourceKey, type ModuleDraft } from "./module-draft.js";
import { mergeOverrideFile } from "./module-merge.js";
import type { Resource } from "./model.js";

/**
 * Combines the files of a directory into one module (configs.NewModule): the primary files in order,
 * with duplicate declarations reported, then the override files merged over them.
 */
export function buildModule(dir: string, primary: readonly FileContents[], overrides: readonly FileContents[]): { module: ModuleDraft; diagnostics: Diagnostic[] } {
  const m = emptyModuleDraft(dir);
  const diagnostics: Diagnostic[] = [];
  for (const file of primary) {
    for (const r of file.requiredProviders) {
      if (m.requiredProviders) {
        const detail = `A module may have only one required providers configuration. The required providers were previously configured at ${formatRange(m.requiredProviders.declRange)}.`;
        diagnostics.push(errorDiag("Duplicate required providers configuration", detail, r.declRange));
        continue;
      }
      m.requiredProviders = { providers: new Map(r.providers), declRange: r.declRange };
    }
  }
  for (const file of overrides) {
    for (const r of file.requiredProviders) {
      m.requiredProviders ??= { providers: new Map(), declRange: r.declRange };
      for (const [name, req] of r.providers) m.requiredProviders.providers.set(name, req);
    }
  }
  for (const file of primary) diagnostics.push(...appendFile(m, file));
  for (const file of overrides) diagnostics.push(...mergeOverrideFile(m, file));
  return { module: m, diagnostics };
}

function appendFile(m: ModuleDraft, file: FileContents): Diagnostic[] {
  m.coreVersionConstraints.push(...file.coreVersionConstraints);
  return [...appendSettings(m, file), ...appendNamedValues(m, file), ...appendResources(m, file)];
}

function appendSettings(m: ModuleDraft, file: FileContents): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const b of file.backends) {
    if (m.backend) {
      const detail = `A module may have only one backend configuration. The backend was previously configured at ${formatRange(m.backend.declRange)}.`;
      diagnostics.push(errorDiag("Duplicate backend configuration", detail, b.declRange));
      continue;
    }
    m.backend = b;
  }
  m.cloud ??= file.clouds[0];
  for (const pc of file.providerConfigs) {
    const existing = m.providerConfigs.get(providerKey(pc));
    if (!existing) {
      m.providerConfigs.set(providerKey(pc), pc);
      continue;
    }
    const detail = existing.alias
      ? `A provider configuration for ${goQuote(existing.name)} with alias ${goQuote(existing.alias)} was already given at ${formatRange(existing.declRange)}. Each configuration for the same provider must have a distinct alias.`
      : `A default (non-aliased) provider configuration for ${goQuote(existing.name)} was already given at ${formatRange(existing.declRange)}. If multiple configurations are required, set the "alias" argument for alternative configurations.`;
    diagnostics.push(errorDiag("Duplicate provider configuration", detail, pc.declRange));
  }
  for (const pm of file.providerMetas) {
    const existing = m.providerMetas.get(pm.provider);
    if (existing) {
      const detail = `A provider_meta block for provider ${goQuote(existing.provider)} was already declared at ${formatRange(existing.declRange)}. Providers may only have one provider_meta block per module.`;
      diagnostics.push(errorDiag("Duplicate provider_meta block", detail, pm.declRange));
    }
    m.providerMetas.set(pm.provider, pm);
  }
  return diagnostics;
}

// A second declaration is reported and, as in Terraform, replaces the first.
function appendNamedValues(m: ModuleDraft, file: FileContents): Diagnostic[] {
  return [
    ...appendReplacing(m.variables, file.variables, "Duplicate variable declaration", (n, at) => `A variable named ${n} was already declared at ${at}. Variable names must be unique within a module.`),
    ...appendReplacing(m.locals, file.locals, "Duplicate local value definition", (n, at) => `A local value named ${n} was already defined at ${at}. Local value names must be unique within a module.`),
    ...appendReplacing(m.outputs, file.outputs, "Duplicate output definition", (n, at) => `An output named ${n} was already defined at ${at}. Output names must be unique within a module.`),
    ...appendReplacing(m.moduleCalls, file.moduleCalls, "Duplicate module call", (n, at) => `A module call named ${n} was already defined at ${at}. Module calls must have unique names within a module.`),
  ];
}

function appendReplacing<T extends { name: string; declRange: Range }>(
  into: Map<string, T>,
  items: readonly T[],
  summary: string,
  detail: (quotedName: string, at: string) => string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of items) {
    const existing = into.get(item.name);
    if (existing) diagnostics.push(errorDiag(summary, detail(goQuote(existing.name), formatRange(existing.declRange)), item.declRange));
    into.set(item.name, item);
  }
  return diagnostics;
}

// A second resource of the same address is reported and dropped.
function appendResources(m: ModuleDraft, file: FileContents): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const r of file.managedResources) {
    const e = m.managedResources.get(resourceKey(r));
    if (e) diagnostics.push(duplicateResource(e, r, "resource", ""));
    else m.managedResources.set(resourceKey(r), r);
  }
  for (const r of file.dataResources) {
    const e = m.dataResources.get(resourceKey(r));
    if (e) diagnostics.push(duplicateResource(e, r, "data", ""));
    else m.dataResources.set(resourceKey(r), r);
  }
  for (const c of file.checks) {
    if (c.dataResource) {
      const e = m.dataResources.get(resourceKey(c.dataResource));
      if (e) {
        diagnostics.push(duplicateResource(e, c.dataResource, "data", ", including within check blocks"));
        continue;
      }
      m.dataResources.set(resourceKey(c.dataResource), c.dataResource);
    }
    const e = m.checks.get(c.name);
    if (e) {
      const detail = `A check block named ${goQuote(e.name)} was already declared at ${formatRange(e.declRange)}. Check blocks must be unique within each module.`;
      diagnostics.push(errorDiag(`Duplicate check ${goQuote(e.name)} configuration`, detail, c.declRange));
      continue;
    }
    m.checks.set(c.name, c);
  }
  m.moved.push(...file.moved);
  m.imports.push(...file.imports);
  m.removed.push(...file.removed);
  return diagnostics;
}

function duplicateResource(existing: Resource, r: Resource, kind: "resource" | "data", suffix: string): Diagnostic {
  const what = kind === "resource" ? "resource" : "data resource";
  const detail = `A ${existing.type} ${what} named ${goQuote(existing.name)} was already declared at ${formatRange(existing.declRange)}. Resource names must be unique per type in each module${suffix}.`;
  return errorDiag(`Duplicate ${kind} ${goQuote(existing.type)} configuration`, detail, r.declRange);
}
