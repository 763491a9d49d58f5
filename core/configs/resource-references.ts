import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { rangeBetween, type Range } from "../../lang/source/range.js";
import type { LiteralValue, Traversal, TraverseAttr, TraverseIndex, TraverseRoot } from "../../lang/syntax/ast.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { BigNum } from "../../lang/values/number.js";

// What a reference found in an expression refers to, as far as configuration decoding needs to know
// (addrs.ParseRef): resources (for replace_triggered_by and self-references in conditions), the
// `count` and `each` attributes, or something else. Malformed references get ParseRef's errors.

/** The object a reference names. */
export type RefSubject =
  | { readonly kind: "resource"; readonly mode: "managed" | "data" | "ephemeral"; readonly type: string; readonly name: string }
  | { readonly kind: "count" | "each"; readonly name: string }
  | { readonly kind: "other" };

type Step = TraverseRoot | TraverseAttr | TraverseIndex;

const RESOURCE_PREFIXES: Record<string, string> = {
  data: 'The "data" object must be followed by two attribute names: the data source type and the resource name.',
  resource: 'The "resource" object must be followed by two attribute names: the resource type and the resource name.',
  ephemeral:
    'The "ephemeral" object must be followed by two attribute names: the ephemeral resource type and the resource name.',
};

/** Interprets a traversal as a reference; undefined subject when it has errors. */
export function parseRef(t: Traversal): { subject?: RefSubject; diagnostics: Diagnostic[] } {
  const root = t[0].name;
  const prefix = RESOURCE_PREFIXES[root];
  if (prefix !== undefined) {
    if (t.length < 3) return fail(errorDiag("Invalid reference", prefix, traversalRange(t)));
    const mode = root === "resource" ? "managed" : (root as "data" | "ephemeral");
    return parseResourceRef(mode, t.slice(1));
  }
  switch (root) {
    case "count":
    case "each":
      return singleAttr(t, (name) => ({ kind: root, name }));
    case "local":
    case "path":
    case "terraform":
    case "var":
      return singleAttr(t, () => ({ kind: "other" }));
    case "module":
      return parseModuleRef(t);
    case "self":
      return { subject: { kind: "other" }, diagnostics: [] };
    case "template":
    case "lazy":
    case "arg":
      return fail(errorDiag("Reserved symbol name", reservedDetail(root), t[0].range));
    default:
      return parseResourceRef("managed", t);
  }
}

/** The range a whole traversal covers. */
export function traversalRange(t: readonly Step[]): Range {
  return rangeBetween(t[0]!.range, t[t.length - 1]!.range);
}

/** addrs.ParseInstanceKey for a literal index: the error text when it is not a string or an int64. */
export function instanceKeyError(key: LiteralValue): string | undefined {
  if (key.kind === "string") return undefined;
  if (key.kind !== "number") return "either a string or an integer is required";
  const n = BigNum.parse(key.text);
  return n?.toInt64() === undefined ? "value must be a whole number, between -9223372036854775808 and 9223372036854775807" : undefined;
}

function parseResourceRef(mode: "managed" | "data" | "ephemeral", t: readonly Step[]): { subject?: RefSubject; diagnostics: Diagnostic[] } {
  if (t.length < 2) {
    const detail = "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.";
    return fail(errorDiag("Invalid reference", detail, traversalRange(t)));
  }
  const [first, second, third] = t as [Step, Step, Step | undefined];
  if (first.type === "TraverseIndex") {
    return fail(errorDiag("Invalid reference", 'The "data" object does not support this operation.', first.range));
  }
  if (second.type !== "TraverseAttr") {
    const what = mode === "data" ? "data source" : "resource type";
    const detail = `A reference to a ${what} must be followed by at least one attribute access, specifying the resource name.`;
    return fail(errorDiag("Invalid reference", detail, second.range));
  }
  const keyError = third?.type === "TraverseIndex" ? instanceKeyError(third.key) : undefined;
  if (third && keyError !== undefined) {
    return fail(errorDiag("Invalid index key", `Invalid index for resource instance: ${keyError}.`, third.range));
  }
  return { subject: { kind: "resource", mode, type: first.name, name: second.name }, diagnostics: [] };
}

function parseModuleRef(t: Traversal): { subject?: RefSubject; diagnostics: Diagnostic[] } {
  const call = singleAttr(t, () => ({ kind: "other" }));
  let next = t[2];
  if (!call.subject || !next) return call;
  if (next.type === "TraverseIndex") {
    const keyError = instanceKeyError(next.key);
    if (keyError !== undefined) {
      return fail(errorDiag("Invalid index key", `Invalid index for module instance: ${keyError}.`, next.range));
    }
    next = t[3];
    if (!next) return call;
  }
  if (next.type === "TraverseAttr") return call;
  return fail(errorDiag("Invalid reference", "Module instance objects do not support this operation.", next.range));
}

/** addrs' parseSingleAttrRef: `root.name` with anything after it. */
function singleAttr(t: Traversal, subject: (name: string) => RefSubject): { subject?: RefSubject; diagnostics: Diagnostic[] } {
  const root = t[0];
  const attr = t[1];
  if (!attr) {
    const detail = `The ${goQuote(root.name)} object cannot be accessed directly. Instead, access one of its attributes.`;
    return fail(errorDiag("Invalid reference", detail, root.range));
  }
  if (attr.type !== "TraverseAttr") {
    return fail(errorDiag("Invalid reference", `The ${goQuote(root.name)} object does not support this operation.`, attr.range));
  }
  return { subject: subject(attr.name), diagnostics: [] };
}

function reservedDetail(root: string): string {
  return `The symbol name ${goQuote(root)} is reserved for use in a future Terraform version. If you are using a provider that already uses this as a resource type name, add the prefix "resource." to force interpretation as a resource type name.`;
}

function fail(d: Diagnostic): { diagnostics: Diagnostic[] } {
  return { diagnostics: [d] };
}
