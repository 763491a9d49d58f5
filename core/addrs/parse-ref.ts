import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { CountAttr, ForEachAttr, PathAttr, Self, TerraformAttr } from "./builtin-objects.js";
import { Check, InputVariable, LocalValue, OutputValue } from "./named-values.js";
import { found, invalid, parseModuleCallRef, parseResourceRef, parseSingleAttrRef, type RefResult } from "./parse-ref-parts.js";
import type { Reference, Referenceable } from "./reference.js";
import type { ResourceMode } from "./resource.js";
import { stepsRange } from "./traversal-range.js";

// Terraform's addrs.ParseRef: which object an absolute traversal found in an expression refers to.
// Only the shape is checked here; whether the object is declared is checked later, against the module.

const SINGLE_ATTR_ROOTS: Readonly<Record<string, (name: string) => Referenceable>> = {
  count: (n) => new CountAttr(n),
  each: (n) => new ForEachAttr(n),
  local: (n) => new LocalValue(n),
  path: (n) => new PathAttr(n),
  terraform: (n) => new TerraformAttr(n),
  var: (n) => new InputVariable(n),
};

const PREFIXED_RESOURCES: Readonly<Record<string, { mode: ResourceMode; names: string }>> = {
  data: { mode: "data", names: "the data source type and the resource name" },
  ephemeral: { mode: "ephemeral", names: "the ephemeral resource type and the resource name" },
  resource: { mode: "managed", names: "the resource type and the resource name" },
};

const RESERVED_ROOTS: ReadonlySet<string> = new Set(["template", "lazy", "arg"]);

/** The reference an absolute traversal makes, or Terraform's "Invalid reference" style errors. */
export function parseRef(traversal: Traversal): RefResult {
  const root = traversal[0];
  const single = Object.hasOwn(SINGLE_ATTR_ROOTS, root.name) ? SINGLE_ATTR_ROOTS[root.name] : undefined;
  if (single) return parseSingleAttrRef(traversal, single);
  const prefixed = Object.hasOwn(PREFIXED_RESOURCES, root.name) ? PREFIXED_RESOURCES[root.name] : undefined;
  if (prefixed) return parsePrefixedResourceRef(traversal, prefixed.mode, prefixed.names);
  if (root.name === "module") return parseModuleCallRef(traversal);
  if (root.name === "self") return found(Self, root.range, traversal.slice(1));
  if (RESERVED_ROOTS.has(root.name)) return reservedRoot(traversal);
  return parseResourceRef("managed", root.range, traversal, root.name);
}

/**
 * parseRef with the extra roots of a `terraform test` file's scope, `output.<name>` and `check.<name>`
 * (addrs.ParseRefFromTestingScope).
 */
export function parseRefInTestingScope(traversal: Traversal): RefResult {
  if (traversal[0].name === "output") return parseSingleAttrRef(traversal, (n) => new OutputValue(n));
  if (traversal[0].name === "check") return parseSingleAttrRef(traversal, (n) => new Check(n));
  return parseRef(traversal);
}

/** The references of many traversals (an expression's `variables()`), with every error; failed ones are left out. */
export function parseRefs(
  traversals: readonly Traversal[],
  parse: (t: Traversal) => RefResult = parseRef,
): { refs: Reference[]; diagnostics: Diagnostic[] } {
  const refs: Reference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of traversals) {
    const r = parse(t);
    diagnostics.push(...r.diagnostics);
    if (r.ref) refs.push(r.ref);
  }
  return { refs, diagnostics };
}

function parsePrefixedResourceRef(traversal: Traversal, mode: ResourceMode, names: string): RefResult {
  const root = traversal[0];
  if (traversal.length < 3) {
    return invalid(`The "${root.name}" object must be followed by two attribute names: ${names}.`, stepsRange(traversal));
  }
  return parseResourceRef(mode, root.range, traversal.slice(1), root.name);
}

function reservedRoot(traversal: Traversal): RefResult {
  const root = traversal[0];
  const detail =
    `The symbol name ${goQuote(root.name)} is reserved for use in a future Terraform version. If you are using a provider ` +
    `that already uses this as a resource type name, add the prefix "resource." to force interpretation as a resource type name.`;
  return { diagnostics: [errorDiag("Reserved symbol name", detail, root.range)] };
}
