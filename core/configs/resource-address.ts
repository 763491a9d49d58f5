import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { parseModuleInstancePrefix, parseModulePrefix, type AddrStep } from "./resource-address-module.js";
import { instanceKeyError, traversalRange } from "./resource-references.js";

// Addresses in moved, removed and import blocks: a module path, then optionally a resource with an
// instance key, parsed from a static traversal with the messages of Terraform's addrs package
// (ParseMoveEndpoint, ParseRemoveTarget, ParseAbsResourceInstance).

/** A resource's mode as an address spells it: `data.`, `ephemeral.` or nothing. */
export type AddrMode = "managed" | "data" | "ephemeral";

/** A resource address relative to a module path. */
export interface ResourceAddr {
  readonly module: readonly string[];
  readonly mode: AddrMode;
  readonly type: string;
  readonly name: string;
  /** True when an instance key (`[0]`, `["a"]`) follows the name. */
  readonly keyed: boolean;
}

/** What a moved endpoint or removed target names: a module or a resource. */
export interface AddrTarget {
  readonly module: readonly string[];
  readonly resource?: ResourceAddr;
}

type Parsed<T> = { value?: T; diagnostics: Diagnostic[] };

const RESERVED = new Set(["count", "each", "local", "module", "path", "self", "terraform", "var", "template", "lazy", "arg"]);
const NO_ADDRESS = "Resource specification must include a resource type and name.";

/** addrs.ParseMoveEndpoint: a module instance or a resource instance address. */
export function parseMoveEndpoint(t: Traversal): Parsed<AddrTarget> {
  const prefix = parseModuleInstancePrefix(t);
  if (prefix.diagnostics.length > 0) return { diagnostics: prefix.diagnostics };
  if (prefix.remain.length === 0) return { value: { module: prefix.path }, diagnostics: [] };
  const r = parseResourceInstance(prefix.path, prefix.remain);
  return r.value ? { value: { module: prefix.path, resource: r.value }, diagnostics: r.diagnostics } : r;
}

/** addrs.ParseAbsResourceInstance: a resource instance, possibly inside module instances. */
export function parseAbsResourceInstance(t: Traversal): Parsed<ResourceAddr> {
  const prefix = parseModuleInstancePrefix(t);
  if (prefix.diagnostics.length > 0) return { diagnostics: prefix.diagnostics };
  if (prefix.remain.length === 0) {
    const detail =
      "A resource instance address is required here. The module path must be followed by a resource instance specification.";
    return { diagnostics: [errorDiag("Invalid address", detail, traversalRange(t))] };
  }
  return parseResourceInstance(prefix.path, prefix.remain);
}

/** addrs.ParseRemoveTarget: a module or a resource, without instance keys; data sources are errors. */
export function parseRemoveTarget(t: Traversal): Parsed<AddrTarget> {
  const prefix = parseModulePrefix(t);
  if (prefix.diagnostics.length > 0) return { diagnostics: prefix.diagnostics };
  if (prefix.remain.length === 0) return { value: { module: prefix.path }, diagnostics: [] };
  const r = parseConfigResource(prefix.path, prefix.remain);
  if (!r.value) return r;
  const diagnostics = r.diagnostics;
  if (r.value.mode === "data") {
    const detail =
      "Data sources are never destroyed, so they are not valid targets of removed blocks. To remove the data source from state, remove the data source block from configuration.";
    diagnostics.push(errorDiag("Data source address not allowed", detail, traversalRange(t)));
  }
  return { value: { module: prefix.path, resource: r.value }, diagnostics };
}

/** addrs' parseResourceInstanceUnderModule. */
function parseResourceInstance(module: readonly string[], steps: readonly AddrStep[]): Parsed<ResourceAddr> {
  const root = steps[0]!.type === "TraverseIndex" ? "" : (steps[0] as { name: string }).name;
  if (RESERVED.has(root)) {
    const detail = `The keyword ${goQuote(root)} is reserved and cannot be used to target a resource address. If you are targeting a resource type that uses a reserved keyword, please prefix your address with "resource.".`;
    return fail(errorDiag("Invalid address", detail, traversalRange(steps)));
  }
  const mode: AddrMode = root === "data" || root === "ephemeral" ? root : "managed";
  const rest = mode !== "managed" || root === "resource" ? steps.slice(1) : steps;
  const named = typeAndName(mode, rest);
  if (!named.value) return { diagnostics: named.diagnostics };
  const key = rest.slice(2);
  if (key.length > 1) return fail(errorDiag("Invalid address", "Unexpected extra operators after address.", key[1]!.range));
  const index = key[0];
  if (index && index.type !== "TraverseIndex") {
    return fail(errorDiag("Invalid address", "Resource instance key must be given in square brackets.", index.range));
  }
  const keyError = index && instanceKeyError(index.key);
  if (index && keyError) return fail(errorDiag("Invalid address", `Invalid resource instance key: ${keyError}.`, index.range));
  return { value: { module, mode, ...named.value, keyed: index !== undefined }, diagnostics: [] };
}

/** addrs' parseConfigResourceUnderModule: only `data.` is a mode prefix, and keys are errors. */
function parseConfigResource(module: readonly string[], steps: readonly AddrStep[]): Parsed<ResourceAddr> {
  const mode: AddrMode = steps[0]!.type === "TraverseRoot" && steps[0]!.name === "data" ? "data" : "managed";
  const rest = mode === "data" ? steps.slice(1) : steps;
  const named = typeAndName(mode, rest);
  if (!named.value) return { diagnostics: named.diagnostics };
  const extra = rest[2];
  if (extra) {
    const detail =
      'Resource address must be a resource (e.g. "test_instance.foo"), not a resource instance (e.g. "test_instance.foo[1]").';
    return fail(errorDiag("Resource instance keys not allowed", detail, extra.range));
  }
  return { value: { module, mode, ...named.value, keyed: false }, diagnostics: [] };
}

function typeAndName(mode: AddrMode, rest: readonly AddrStep[]): Parsed<{ type: string; name: string }> {
  if (rest.length < 2) return fail(errorDiag("Invalid address", NO_ADDRESS, stepsRange(rest)));
  const [typeStep, nameStep] = rest as [AddrStep, AddrStep];
  if (typeStep.type === "TraverseIndex") {
    const what = mode === "data" ? "A data source name" : mode === "ephemeral" ? "An ephemeral resource type name" : "A resource type name";
    return fail(errorDiag("Invalid address", `${what} is required.`, typeStep.range));
  }
  if (nameStep.type !== "TraverseAttr") return fail(errorDiag("Invalid address", "A resource name is required.", nameStep.range));
  return { value: { type: typeStep.name, name: nameStep.name }, diagnostics: [] };
}

/** hcl.Traversal.SourceRange: the zero range (no file name) for no steps at all. */
function stepsRange(steps: readonly AddrStep[]): Range {
  if (steps.length > 0) return traversalRange(steps);
  const zero = { line: 0, column: 0, byte: 0 };
  return { filename: "", start: zero, end: zero };
}

function fail(d: Diagnostic): { diagnostics: Diagnostic[] } {
  return { diagnostics: [d] };
}
