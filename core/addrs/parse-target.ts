import type { Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { AbsResource, AbsResourceInstance } from "./abs-resource.js";
import type { ModuleInstance } from "./module-instance.js";
import { parseModuleInstancePrefix } from "./parse-module-instance.js";
import { fail, parseResourceInstanceUnderModule, targetSubject } from "./parse-resource-instance.js";
import { stepsRange } from "./traversal-range.js";

// Absolute addresses of things that can be targeted, moved, imported into or removed: a module
// instance, a resource, or a resource instance (addrs.ParseTarget and its narrower forms).

/** What an absolute address can name. */
export type Targetable = ModuleInstance | AbsResource | AbsResourceInstance;

/** A parsed absolute address and where it was written (addrs.Target). */
export interface Target {
  readonly subject: Targetable;
  readonly sourceRange: Range;
}

/** A `-target`-style address: `module.a[0]`, `module.a.aws_instance.b`, `aws_instance.b["k"]`. */
export function parseTarget(traversal: Traversal): { target?: Target; diagnostics: Diagnostic[] } {
  const prefix = parseModuleInstancePrefix(traversal);
  if (prefix.diagnostics.length > 0) return { diagnostics: prefix.diagnostics };
  const sourceRange = stepsRange(traversal);
  if (prefix.remain.length === 0) return { target: { subject: prefix.module, sourceRange }, diagnostics: [] };
  const parsed = parseResourceInstanceUnderModule(prefix.module, prefix.remain);
  if (parsed.addr === undefined) return { diagnostics: parsed.diagnostics };
  return { target: { subject: targetSubject(parsed.addr), sourceRange }, diagnostics: [] };
}

/** An address that must name a whole resource, not an instance or a module (addrs.ParseAbsResource). */
export function parseAbsResource(traversal: Traversal): { addr?: AbsResource; diagnostics: Diagnostic[] } {
  const { target, diagnostics } = parseTarget(traversal);
  if (target === undefined) return { diagnostics };
  const s = target.subject;
  if (s.kind === "AbsResource") return { addr: s, diagnostics: [] };
  if (s.kind === "AbsResourceInstance") {
    const detail = "A resource address is required. This instance key identifies a specific resource instance, which is not expected here.";
    return fail(detail, traversal[traversal.length - 1]!.range);
  }
  return fail("A resource address is required here. The module path must be followed by a resource specification.", target.sourceRange);
}

/** An address that must name a resource instance; a whole resource means its unkeyed instance (addrs.ParseAbsResourceInstance). */
export function parseAbsResourceInstance(traversal: Traversal): { addr?: AbsResourceInstance; diagnostics: Diagnostic[] } {
  const { target, diagnostics } = parseTarget(traversal);
  if (target === undefined) return { diagnostics };
  const s = target.subject;
  if (s.kind === "AbsResource") return { addr: s.instance(null), diagnostics: [] };
  if (s.kind === "AbsResourceInstance") return { addr: s, diagnostics: [] };
  const detail = "A resource instance address is required here. The module path must be followed by a resource instance specification.";
  return fail(detail, target.sourceRange);
}
