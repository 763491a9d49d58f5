import { Provider } from "../addrs/provider.js";
import { stepsRange } from "../addrs/traversal-range.js";
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Config, ModuleCall, PassedProvider } from "./model.js";
import { moduleSourceString } from "./module-source.js";
import { providerRefString } from "./provider-config-ref.js";
import { passedMismatch, passedUndefined } from "./provider-passed-checks.js";
import { redundantEmptyProviderWarnings, type EmptyProviderConfig } from "./provider-proxy-warnings.js";
import { checkImpliedProviderNames, checkRequiredProviders } from "./provider-requirement-checks.js";
import { passedProviderTypes } from "./provider-types.js";

// Terraform's configs.validateProviderConfigs: static rules across the module tree on provider blocks,
// required_providers and the `providers` maps of module calls. Children are checked before their
// parent (by call name here; Terraform's order is random). A module called with count, for_each or
// depends_on (or below such a call) may not configure providers; a module may not both configure a
// provider and be passed one; configuration_aliases must be passed; passed configurations must be of
// the provider type the child expects; empty provider blocks in child modules are deprecated.

/** One module's provider configurations, required names and what its caller passes, for the checks. */
export interface ModuleProviders {
  readonly config: Config;
  /** Non-empty provider blocks by configuration name (`aws`, `aws.west`). */
  readonly configured: ReadonlyMap<string, Range>;
  readonly empty: readonly EmptyProviderConfig[];
  /** required_providers local names and their types. */
  readonly localNames: ReadonlyMap<string, Provider>;
  /** configuration_aliases by configuration name, with their provider types. */
  readonly configAliases: ReadonlyMap<string, Provider>;
  /** The caller's `providers` entries by child configuration name. */
  readonly passedIn: ReadonlyMap<string, PassedProvider>;
  /** `the root module` or `module.a.module.b`. */
  readonly moduleText: string;
  /** The calling module's text (`the root module` also for the root itself). */
  readonly parentModuleText: string;
}

/** Checks the provider configurations of a whole configuration. */
export function validateProviderConfigs(root: Config): Diagnostic[] {
  return validateModule(root, undefined);
}

function validateModule(cfg: Config, noConfigRange: Range | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const name of [...cfg.children.keys()].sort()) {
    const child = cfg.children.get(name)!;
    diagnostics.push(...validateModule(child, noProviderConfigRange(child.call!) ?? noConfigRange));
  }
  const { localNames, diagnostics: reqDiags } = checkRequiredProviders(cfg.module);
  diagnostics.push(...reqDiags);
  diagnostics.push(...checkImpliedProviderNames(cfg.module.managedResources.values(), localNames));
  diagnostics.push(...checkImpliedProviderNames(cfg.module.dataResources.values(), localNames));
  const m = moduleProviders(cfg, localNames);
  diagnostics.push(...checkCallsPassing(m));
  if (cfg.path.length === 0) return diagnostics;
  if (m.configured.size > 0 && noConfigRange) diagnostics.push(incompatibleModule(cfg, noConfigRange));
  diagnostics.push(...checkOverrides(m), ...checkConfigAliases(m), ...checkPassedIn(m));
  diagnostics.push(...redundantEmptyProviderWarnings(m.empty, m.localNames, m.moduleText));
  return diagnostics;
}

/** Each configuration passed in must be declared by the child and be of the provider type it expects. */
function checkPassedIn(m: ModuleProviders): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const types = passedProviderTypes(m.config);
  for (const [name, passed] of m.passedIn) {
    const t = types.get(passed) ?? {};
    const childType = t.inChild ?? Provider.official(passed.inChild.name);
    const expected = m.configAliases.get(name) ?? m.localNames.get(name) ?? childType;
    const declared = m.localNames.has(name) || m.configAliases.has(name) || m.empty.some((e) => e.name === name);
    if (!declared) diagnostics.push(passedUndefined(m, name, passed, expected));
    if (t.inParent) diagnostics.push(...passedMismatch(m, name, passed, expected, t.inParent));
  }
  return diagnostics;
}

/** Where a call's count, for_each or depends_on rules out provider blocks below it. */
function noProviderConfigRange(call: ModuleCall): Range | undefined {
  if (call.count) return call.count.range;
  if (call.forEach) return call.forEach.range;
  const first = call.dependsOn[0];
  return first ? stepsRange(first) : undefined;
}

/** Gathers what the checks need to know about one module. */
function moduleProviders(cfg: Config, localNames: ReadonlyMap<string, Provider>): ModuleProviders {
  const configured = new Map<string, Range>();
  const empty: EmptyProviderConfig[] = [];
  for (const pc of cfg.module.providerConfigs.values()) {
    const name = providerRefString(pc);
    if (hasErrors(pc.config.content({}).diagnostics) || pc.version !== undefined) configured.set(name, pc.declRange);
    else empty.push({ name, range: pc.declRange });
  }
  const configAliases = new Map<string, Provider>();
  for (const [name, req] of cfg.module.requiredProviders) {
    const type = localNames.get(name);
    if (type) for (const alias of req.configurationAliases) configAliases.set(providerRefString(alias), type);
  }
  const passedIn = new Map((cfg.call?.providers ?? []).map((p) => [providerRefString(p.inChild), p] as const));
  return { config: cfg, configured, empty, localNames, configAliases, passedIn, ...moduleTexts(cfg.path) };
}

function moduleTexts(path: readonly string[]): { moduleText: string; parentModuleText: string } {
  const text = (p: readonly string[]) => (p.length === 0 ? "the root module" : p.map((n) => `module.${n}`).join("."));
  return { moduleText: text(path), parentModuleText: text(path.slice(0, -1)) };
}

/** Unaliased configurations this module passes to its children must exist here, or be passed in. */
function checkCallsPassing(m: ModuleProviders): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const isRoot = m.config.path.length === 0;
  for (const call of m.config.module.moduleCalls.values()) {
    for (const passed of call.providers) {
      if (passed.inParent.alias !== undefined) continue;
      const name = passed.inParent.name;
      const source = goQuote(Provider.official(name).forDisplay());
      const confOK = m.configured.has(name);
      if (!confOK && !m.localNames.has(name)) {
        const detail = `There is no explicit declaration for local provider name ${goQuote(name)} in ${m.moduleText}, so Terraform is assuming you mean to pass a configuration for provider ${source}.\n\nTo clarify your intent and silence this warning, add to ${m.parentModuleText} a required_providers entry named ${goQuote(name)} with source = ${source}, or a different source address if appropriate.`;
        diagnostics.push(warningDiag("Reference to undefined provider", detail, passed.inParent.nameRange));
        continue;
      }
      if (!isRoot && !confOK && !m.passedIn.has(name)) {
        const detail = `The configuration for ${m.moduleText} expects to inherit a configuration for provider ${Provider.official(name).forDisplay()} with local name ${goQuote(name)}, but ${m.parentModuleText} doesn't pass a configuration under that name.\n\nTo satisfy this requirement, add an entry for ${goQuote(name)} to the "providers" argument in the module ${goQuote(m.config.call!.name)} block.`;
        diagnostics.push(warningDiag("Missing required provider configuration", detail, m.config.call!.declRange));
      }
    }
  }
  return diagnostics;
}

function incompatibleModule(cfg: Config, subject: Range): Diagnostic {
  const path = cfg.path.map((n) => `module.${n}`).join(".");
  const source = cfg.call?.sourceAddr ? moduleSourceString(cfg.call.sourceAddr) : "";
  const detail = `The module at ${path} is a legacy module which contains its own local provider configurations, and so calls to it may not use the count, for_each, or depends_on arguments.\n\nIf you also control the module ${goQuote(source)}, consider updating this module to instead expect provider configurations to be passed by its caller.`;
  return errorDiag("Module is incompatible with count, for_each, and depends_on", detail, subject);
}

/** A module that configures a provider may not also be passed one under that name. */
function checkOverrides(m: ModuleProviders): Diagnostic[] {
  return [...m.configured.keys()].flatMap((name) => {
    const passed = m.passedIn.get(name);
    if (!passed) return [];
    const detail = `The configuration of ${m.moduleText} has its own local configuration for ${name}, and so it cannot accept an overridden configuration provided by ${m.parentModuleText}.`;
    return [errorDiag("Cannot override provider configuration", detail, passed.inChild.nameRange)];
  });
}

/** Each configuration alias the module declares must be configured in it or passed to it. */
function checkConfigAliases(m: ModuleProviders): Diagnostic[] {
  return [...m.configAliases].flatMap(([name, type]) => {
    if (m.configured.has(name) || m.passedIn.has(name)) return [];
    const detail = `The child module requires an additional configuration for provider ${type.forDisplay()}, with the local name ${goQuote(name)}.\n\nRefer to the module's documentation to understand the intended purpose of this additional provider configuration, and then add an entry for ${name} in the "providers" meta-argument in the module block to choose which provider configuration the module should use for that purpose.`;
    return [errorDiag("Missing required provider configuration", detail, m.config.call!.declRange)];
  });
}
