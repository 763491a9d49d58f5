import { AbsProviderConfig, Provider } from "../addrs/provider.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import { withModulePrefix, type ModuleInstance } from "../addrs/module-instance.js";
import { parseModuleInstance, parseModuleInstancePrefix, type AddressStep } from "../addrs/parse-module-instance.js";
import { parseResourceInstanceUnderModule } from "../addrs/parse-resource-instance.js";
import { parseAbsResource } from "../addrs/parse-target.js";
import { parseProviderSource } from "../configs/provider-source.js";
import { parseTraversalAbs } from "../configs/resource-traversal-string.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";

// Addresses written as strings in state files (the *Str parsers of Terraform's addrs package): the
// string is read as an HCL traversal, then as the address. Diagnostics keep Terraform's texts but lose
// their ranges, which point into the string and not into the state file.

type Parsed<T> = { readonly addr?: T; readonly diagnostics: Diagnostic[] };

const START = { line: 1, column: 1, byte: 0 };

/** A module instance address such as `module.a[0].module.b["x"]` (addrs.ParseModuleInstanceStr). */
export function parseModuleInstanceStr(s: string): Parsed<ModuleInstance> {
  return viaTraversal(s, (t) => {
    const r = parseModuleInstance(t);
    return r.module ? { addr: r.module, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
  });
}

/** A whole-resource address such as `module.a.aws_instance.b` (addrs.ParseAbsResourceStr). */
export function parseAbsResourceStr(s: string): Parsed<AbsResource> {
  return viaTraversal(s, (t) => parseAbsResource(t));
}

/** `provider["registry.terraform.io/hashicorp/aws"].alias`, maybe behind a module path (addrs.ParseAbsProviderConfigStr). */
export function parseAbsProviderConfigStr(s: string): Parsed<AbsProviderConfig> {
  return viaTraversal(s, (t) => parseProviderConfig(t, false));
}

/** The pre-0.13 form `module.a.provider.aws.alias`, a legacy provider (addrs.ParseLegacyAbsProviderConfigStr). */
export function parseLegacyAbsProviderConfigStr(s: string): Parsed<AbsProviderConfig> {
  return viaTraversal(s, (t) => parseProviderConfig(t, true));
}

/** What a check result is about, as the state file names its kind. */
export type CheckableKind = "resource" | "output" | "check" | "var";

/** The address of a checkable object, for its kind (addrs.ParseCheckableStr); `config` is its configuration form. */
export function parseCheckableStr(kind: CheckableKind, s: string): Parsed<{ readonly text: string; readonly config: string }> {
  return viaTraversal(s, (t) => parseCheckable(kind, t));
}

function viaTraversal<T>(s: string, then: (t: Traversal) => Parsed<T>): Parsed<T> {
  const parsed = parseTraversalAbs(s, "", START);
  if (hasErrors(parsed.diagnostics) || !parsed.traversal) return { diagnostics: parsed.diagnostics.map(sourceless) };
  const r = then(parsed.traversal);
  return r.addr !== undefined && !hasErrors(r.diagnostics) ? { addr: r.addr, diagnostics: [] } : { diagnostics: r.diagnostics.map(sourceless) };
}

function sourceless(d: Diagnostic): Diagnostic {
  return { severity: d.severity, summary: d.summary, ...(d.detail === undefined ? {} : { detail: d.detail }) };
}

const PROVIDER = "Invalid provider configuration address";

function providerFail(detail: string): Parsed<AbsProviderConfig> {
  return { diagnostics: [errorDiag(PROVIDER, detail)] };
}

function parseProviderConfig(t: Traversal, legacy: boolean): Parsed<AbsProviderConfig> {
  const prefix = parseModuleInstancePrefix(t);
  if (prefix.diagnostics.length > 0) return { diagnostics: prefix.diagnostics };
  if (prefix.module.steps.some((s) => s.key !== null)) return providerFail("Provider address cannot contain module indexes");
  const module = prefix.module.module();
  const remain = prefix.remain;
  if (remain.length < 2 || stepName(remain[0]!) !== "provider") {
    return providerFail('Provider address must begin with "provider.", followed by a provider type name.');
  }
  if (remain.length > 3) return providerFail("Extraneous operators after provider configuration alias.");
  const provider = legacy ? legacyProvider(remain[1]!) : sourceProvider(remain[1]!);
  if (!(provider instanceof Provider)) return provider;
  const aliasStep = remain[2];
  if (aliasStep !== undefined && aliasStep.type !== "TraverseAttr") {
    return providerFail("Provider type name must be followed by a configuration alias name.");
  }
  return { addr: new AbsProviderConfig(module, provider, aliasStep?.name ?? null), diagnostics: [] };
}

const TYPE_NAME = 'The prefix "provider." must be followed by a provider type name.';

function sourceProvider(step: AddressStep): Provider | Parsed<AbsProviderConfig> {
  if (step.type !== "TraverseIndex" || step.key.kind !== "string") return providerFail(TYPE_NAME);
  const src = parseProviderSource(step.key.value);
  if ("summary" in src) return { diagnostics: [errorDiag(src.summary, src.detail)] };
  return new Provider(src.hostname, src.namespace, src.type);
}

function legacyProvider(step: AddressStep): Provider | Parsed<AbsProviderConfig> {
  if (step.type !== "TraverseAttr") return providerFail(TYPE_NAME);
  return step.name === "terraform" ? Provider.builtin("terraform") : new Provider("registry.terraform.io", "-", step.name);
}

function stepName(step: AddressStep): string | undefined {
  return step.type === "TraverseIndex" ? undefined : step.name;
}

const CHECKABLE = "Invalid checkable address";
const NAMED: Readonly<Record<Exclude<CheckableKind, "resource">, readonly [keyword: string, descriptor: string]>> = {
  output: ["output", "output value"],
  check: ["check", "check block"],
  var: ["var", "variable value"],
};

function parseCheckable(kind: CheckableKind, t: Traversal): Parsed<{ text: string; config: string }> {
  const prefix = parseModuleInstancePrefix(t);
  if (prefix.diagnostics.length > 0) return { diagnostics: prefix.diagnostics };
  const remain = prefix.remain;
  if (remain.length === 0 || remain[0]!.type === "TraverseIndex") {
    const detail = "Module path must be followed by either a resource instance address or an output value address.";
    return { diagnostics: [errorDiag(CHECKABLE, detail)] };
  }
  if (kind === "resource") {
    const r = parseResourceInstanceUnderModule(prefix.module, remain);
    if (!r.addr) return { diagnostics: r.diagnostics };
    const config = r.addr.containingResource().config().toString();
    return { addr: { text: r.addr.toString(), config }, diagnostics: [] };
  }
  const [keyword, descriptor] = NAMED[kind];
  const name = checkableName(remain, keyword, descriptor);
  if (typeof name !== "string") return name;
  const own = `${keyword}.${name}`;
  return { addr: { text: withModulePrefix(prefix.module, own), config: withModulePrefix(prefix.module.module(), own) }, diagnostics: [] };
}

function checkableName(remain: readonly AddressStep[], keyword: string, descriptor: string): string | Parsed<never> {
  const title = keyword[0]!.toUpperCase() + keyword.slice(1);
  const onePart = `${title} address must have only one attribute part after the keyword '${keyword}', giving the name of the ${descriptor}.`;
  const diagnostics: Diagnostic[] = [];
  if (remain.length !== 2) diagnostics.push(errorDiag(CHECKABLE, onePart));
  if (stepName(remain[0]!) !== keyword) {
    diagnostics.push(errorDiag(CHECKABLE, `${title} address must follow the module address with the keyword '${keyword}'.`));
  }
  const nameStep = remain[1];
  if (nameStep?.type !== "TraverseAttr") diagnostics.push(errorDiag(CHECKABLE, onePart));
  return diagnostics.length > 0 || nameStep?.type !== "TraverseAttr" ? { diagnostics } : nameStep.name;
}

