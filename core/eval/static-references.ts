import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { nameSuggestion } from "../../lang/text/name-suggestion.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Reference, RemainingTraversal } from "../addrs/reference.js";
import { Resource as ResourceAddr, type ResourceInstance } from "../addrs/resource.js";
import type { Config, Resource } from "../configs/model.js";
import { modulePathString } from "../graph/graph-node.js";

// Terraform's StaticValidateReferences (evaluate_valid.go): what can be said about references from the
// configuration alone, before any value is looked up. Resources must be declared (with a hint when
// `data.` was left out), must be indexed exactly when they use count or for_each, and a check block's
// own data source is visible only inside that check; module calls must be declared. Everything else
// (variables, locals, count, each...) is checked when its value is looked up. Provider schemas are
// not available yet, so the attributes after a resource are not checked.

/** Where references are made from: the module, what `self` stands for, and the check block evaluating (if any). */
export interface ReferenceSite {
  readonly module: Config;
  readonly self?: ResourceInstance;
  readonly source?: string;
}

/** Errors for references that cannot be right whatever the values; [] when all are plausible. */
export function staticReferenceDiagnostics(site: ReferenceSite, refs: readonly Reference[]): Diagnostic[] {
  return refs.flatMap((ref) => staticReferenceDiagnostic(site, ref));
}

const SELF_DETAIL =
  'The "self" object is not available in this context. This object can be used only in resource provisioner, connection, and postcondition blocks.';

/** Terraform's `Invalid "self" reference`. */
export function invalidSelf(subject: Range): Diagnostic {
  return errorDiag('Invalid "self" reference', SELF_DETAIL, subject);
}

function staticReferenceDiagnostic(site: ReferenceSite, ref: Reference): Diagnostic[] {
  let subject = ref.subject;
  if (subject.kind === "Self") {
    if (!site.self) return [invalidSelf(ref.sourceRange)];
    subject = site.self;
  }
  switch (subject.kind) {
    case "Resource":
      return resourceDiagnostics(site, subject, undefined, ref.remaining, ref.sourceRange);
    case "ResourceInstance":
      return resourceDiagnostics(site, subject.resource, subject, ref.remaining, ref.sourceRange);
    case "ModuleCall":
      return moduleCallDiagnostics(site.module, subject.name, ref.sourceRange);
    case "ModuleCallInstance":
      return moduleCallDiagnostics(site.module, subject.call.name, ref.sourceRange);
    case "ModuleCallInstanceOutput":
      return moduleCallDiagnostics(site.module, subject.call.call.name, ref.sourceRange);
    default:
      return [];
  }
}

/** The declared resource an address names in a module, if any. */
export function findResource(module: Config, addr: ResourceAddr): Resource | undefined {
  const resources = addr.mode === "data" ? module.module.dataResources : module.module.managedResources;
  return addr.mode === "ephemeral" ? undefined : resources.get(addr.toString());
}

function resourceDiagnostics(
  site: ReferenceSite,
  addr: ResourceAddr,
  instance: ResourceInstance | undefined,
  remain: RemainingTraversal,
  rng: Range,
): Diagnostic[] {
  const cfg = findResource(site.module, addr);
  const keyed = instance !== undefined && instance.key !== null;
  const out = !cfg ? [] : keyed ? unexpectedKey(cfg, addr, rng) : missingKey(cfg, addr, remain, rng);
  return [...out, ...declaredResourceDiagnostics(site, addr, cfg, rng)];
}

/** `aws_instance.a.id` when `a` uses count or for_each: an instance key is needed first. */
function missingKey(cfg: Resource, addr: ResourceAddr, remain: RemainingTraversal, rng: Range): Diagnostic[] {
  if (remain.length === 0) return [];
  const example = (arg: string, key: string): string =>
    `Because ${addr} has "${arg}" set, its attributes must be accessed on specific instances.\n\n` +
    `For example, to correlate with indices of a referring resource, use:\n    ${addr}[${key}]`;
  const out: Diagnostic[] = [];
  if (cfg.count) out.push(errorDiag("Missing resource instance key", example("count", "count.index"), rng));
  if (cfg.forEach) out.push(errorDiag("Missing resource instance key", example("for_each", "each.key"), rng));
  return out;
}

/** `aws_instance.a[0]` when `a` uses neither count nor for_each. */
function unexpectedKey(cfg: Resource, addr: ResourceAddr, rng: Range): Diagnostic[] {
  if (cfg.count || cfg.forEach) return [];
  const detail = `Because ${addr} does not have "count" or "for_each" set, references to it must not include an index key. Remove the bracketed index to refer to the single instance of this resource.`;
  return [errorDiag("Unexpected resource instance key", detail, rng)];
}

function declaredResourceDiagnostics(site: ReferenceSite, addr: ResourceAddr, cfg: Resource | undefined, rng: Range): Diagnostic[] {
  const adjective = addr.mode === "data" ? "data" : addr.mode === "managed" ? "managed" : "<invalid-mode>";
  const what = `${adjective} resource ${goQuote(addr.type)} ${goQuote(addr.name)}`;
  if (!cfg) {
    const dataAddr = new ResourceAddr("data", addr.type, addr.name);
    const hint = addr.mode === "managed" && findResource(site.module, dataAddr) ? `\n\nDid you mean the data resource ${dataAddr}?` : "";
    const detail = `A ${what} has not been declared in ${moduleDisplayAddr(site.module.path)}.${hint}`;
    return [errorDiag("Reference to undeclared resource", detail, rng)];
  }
  const container = containingCheck(site.module, cfg);
  if (container !== undefined && site.source !== container) {
    return [errorDiag("Reference to scoped resource", `The referenced ${what} is not available from this context.`, rng)];
  }
  return [];
}

const containers = new WeakMap<Config, ReadonlyMap<Resource, string>>();

/** The check block a nested data source belongs to, if it belongs to one. */
export function containingCheck(module: Config, cfg: Resource): string | undefined {
  let byResource = containers.get(module);
  if (!byResource) {
    const map = new Map<Resource, string>();
    for (const check of module.module.checks.values()) if (check.dataResource) map.set(check.dataResource, check.name);
    containers.set(module, (byResource = map));
  }
  return byResource.get(cfg);
}

function moduleCallDiagnostics(module: Config, name: string, rng: Range): Diagnostic[] {
  if (module.module.moduleCalls.has(name)) return [];
  const suggestion = nameSuggestion(name, [...module.module.moduleCalls.keys()].sort(compareCodePoints));
  const hint = suggestion === "" ? "" : ` Did you mean ${goQuote(suggestion)}?`;
  const detail = `No module call named ${goQuote(name)} is declared in ${moduleDisplayAddr(module.path)}.${hint}`;
  return [errorDiag("Reference to undeclared module", detail, rng)];
}

/** "the root module", or the module's address (`module.a.module.b`). */
export function moduleDisplayAddr(path: readonly string[]): string {
  return path.length === 0 ? "the root module" : modulePathString(path);
}
