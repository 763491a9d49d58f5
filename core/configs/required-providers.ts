import type { Attribute, Block } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { exprList, exprMap, type KeyValuePair } from "../../lang/hcl/static.js";
import { absTraversalForExpr as absTraversal } from "../../lang/hcl/static.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Value } from "../../lang/values/value.js";
import type { RequiredProvidersDecl } from "./file-contents.js";
import type { ProviderConfigRef, ProviderRequirement } from "./model.js";
import { checkProviderNameNormalized, parseProviderPart } from "./provider-name.js";
import { DEFAULT_PROVIDER_REGISTRY_HOST, parseProviderSource, providerSourceString } from "./provider-source.js";
import { BAD_CONSTRAINT_DETAIL, decodeVersionConstraint } from "./version-attribute.js";
import { parseConstraints } from "./version-constraint.js";

/** A requirement being assembled; `source` stays empty until given or implied. */
interface Draft {
  name: string;
  source: string;
  versionConstraints: string[];
  configurationAliases: ProviderConfigRef[];
  declRange: ProviderRequirement["declRange"];
}

/**
 * Decodes `required_providers { aws = { source = ..., version = ... } }`, including the legacy
 * `aws = "~> 1.0"` form (configs.decodeRequiredProvidersBlock). Entries without a source mean
 * `hashicorp/<name>`. As in Terraform, once an entry has failed, later entries are not recorded.
 */
export function decodeRequiredProvidersBlock(block: Block): { requirements?: RequiredProvidersDecl; diagnostics: Diagnostic[] } {
  const { attributes, diagnostics } = block.body.justAttributes();
  if (hasErrors(diagnostics)) return { diagnostics };
  const providers = new Map<string, ProviderRequirement>();
  for (const [name, attr] of attributes) {
    const draft: Draft = { name, source: "", versionConstraints: [], configurationAliases: [], declRange: attr.expr.range };
    const r = attr.expr.value(null);
    if (r.diagnostics.length === 0 && isPrimitive(r.value)) {
      if (decodeLegacyEntry(draft, attr, diagnostics)) providers.set(name, draft);
      continue;
    }
    const nameDiags = checkProviderNameNormalized(name, attr.expr.range);
    diagnostics.push(...nameDiags);
    if (hasErrors(nameDiags)) continue;
    const pairs = exprMap(attr.expr);
    if (!pairs) {
      diagnostics.push(errorDiag("Invalid required_providers object", "required_providers entries must be strings or objects.", attr.expr.range));
      continue;
    }
    decodeObjectEntry(draft, pairs, diagnostics);
    if (hasErrors(diagnostics)) continue;
    if (draft.source === "" && !impliedSource(draft, attr.expr, diagnostics)) continue;
    providers.set(name, draft);
  }
  return { requirements: { providers, declRange: block.defRange }, diagnostics };
}

function isPrimitive(v: Value): boolean {
  const kind = v.type.kind;
  return kind === "string" || kind === "number" || kind === "bool";
}

// `aws = "~> 1.0"`: a version constraint for hashicorp/aws.
function decodeLegacyEntry(draft: Draft, attr: Attribute, diagnostics: Diagnostic[]): boolean {
  const vc = decodeVersionConstraint(attr);
  diagnostics.push(...vc.diagnostics);
  if (vc.constraint) draft.versionConstraints.push(vc.constraint.text);
  return impliedSource(draft, attr.expr, diagnostics);
}

function impliedSource(draft: Draft, expr: Expression, diagnostics: Diagnostic[]): boolean {
  const part = parseProviderPart(draft.name);
  if ("error" in part) {
    diagnostics.push(errorDiag("Invalid provider name", part.error, expr.range));
    return false;
  }
  draft.source = `${DEFAULT_PROVIDER_REGISTRY_HOST}/hashicorp/${part.value}`;
  return true;
}

function decodeObjectEntry(draft: Draft, pairs: KeyValuePair[], diagnostics: Diagnostic[]): void {
  for (const kv of pairs) {
    const key = kv.key.value(null);
    if (hasErrors(key.diagnostics)) {
      diagnostics.push(...key.diagnostics);
      continue;
    }
    if (key.value.type.kind !== "string") {
      const detail = `Invalid attribute value for provider requirement: ${ctyGoString(key.value)}`;
      diagnostics.push(errorDiag("Invalid Attribute", detail, kv.key.range));
      continue;
    }
    const field = key.value.asString();
    if (field === "version") decodeVersionField(draft, kv.value, diagnostics);
    else if (field === "source") decodeSourceField(draft, kv.value, diagnostics);
    else if (field === "configuration_aliases") decodeAliasesField(draft, kv.value, diagnostics);
    else {
      const detail = `required_providers objects can only contain "version", "source" and "configuration_aliases" attributes. To configure a provider, use a "provider" block.`;
      diagnostics.push(errorDiag("Invalid required_providers object", detail, kv.key.range));
      return;
    }
  }
}

function decodeVersionField(draft: Draft, expr: Expression, diagnostics: Diagnostic[]): void {
  const r = expr.value(null);
  if (hasErrors(r.diagnostics) || r.value.type.kind !== "string" || !r.value.isKnown || r.value.isNull) {
    diagnostics.push(errorDiag("Invalid version constraint", "Version must be specified as a string.", expr.range));
    return;
  }
  const text = r.value.asString();
  if (!parseConstraints(text)) {
    diagnostics.push(errorDiag("Invalid version constraint", BAD_CONSTRAINT_DETAIL, expr.range));
    return;
  }
  draft.versionConstraints = [text];
}

function decodeSourceField(draft: Draft, expr: Expression, diagnostics: Diagnostic[]): void {
  const r = expr.value(null);
  if (r.diagnostics.length > 0 || r.value.type.kind !== "string" || !r.value.isKnown || r.value.isNull) {
    diagnostics.push(errorDiag("Invalid source", "Source must be specified as a string.", expr.range));
    return;
  }
  const parsed = parseProviderSource(r.value.asString());
  if ("summary" in parsed) {
    diagnostics.push(errorDiag(parsed.summary, parsed.detail, expr.range));
    return;
  }
  draft.source = providerSourceString(parsed);
}

function decodeAliasesField(draft: Draft, expr: Expression, diagnostics: Diagnostic[]): void {
  const exprs = exprList(expr);
  if (!exprs) {
    diagnostics.push(errorDiag("Invalid expression", "A static list expression is required.", expr.startRange));
    return;
  }
  const invalid = (detail: string): void => void diagnostics.push(errorDiag("Invalid configuration_aliases value", detail, expr.range));
  for (const item of exprs) {
    const { traversal, diagnostics: travDiags } = absTraversal(item);
    diagnostics.push(...travDiags);
    if (!traversal) continue;
    const step = traversal[1];
    // As ParseProviderConfigCompact does, steps after the alias go unchecked.
    if (step && step.type !== "TraverseAttr") {
      invalid("Configuration aliases can only contain references to local provider configuration names in the format of provider.alias");
      continue;
    }
    const localName = traversal[0].name;
    if (localName !== draft.name) {
      invalid(`Configuration aliases must be prefixed with the provider name. Expected ${goQuote(draft.name)}, but found ${goQuote(localName)}.`);
      continue;
    }
    const base = { name: localName, range: item.range, nameRange: traversal[0].range };
    const ref: ProviderConfigRef = step ? { ...base, alias: step.name } : base;
    draft.configurationAliases.push(ref);
  }
}

// cty's %#v for the non-string keys an object constructor can produce.
function ctyGoString(v: Value): string {
  if (!v.isKnown) return "cty.DynamicVal";
  if (v.isNull) return "cty.NullVal(cty.DynamicPseudoType)";
  if (v.type.kind === "bool") return v.asBool() ? "cty.True" : "cty.False";
  if (v.type.kind === "number") return `cty.NumberIntVal(${v.asNumber().toString()})`;
  return "cty.DynamicVal";
}
