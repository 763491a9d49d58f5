import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { nameSuggestion } from "../../lang/text/name-suggestion.js";
import type { Reference } from "./reference.js";

// Which attributes the built-in objects have. Terraform checks these when it evaluates a reference
// (evaluator.GetCountAttr, GetForEachAttr, GetPathAttr, GetTerraformAttr), whatever the context, so a
// misspelt `count.indx` is reported even where `count` is not available. Texts are Terraform v1.11's.

const PATH_ATTRS = ["cwd", "module", "root"];

const TERRAFORM_ENV =
  'The terraform.env attribute was deprecated in v0.10 and removed in v0.12. The "state environment" concept was ' +
  'renamed to "workspace" in v0.12, and so the workspace name can now be accessed using the terraform.workspace attribute.';

/** Errors for a reference to an attribute that `count`, `each`, `path` or `terraform` does not have; [] otherwise. */
export function builtinAttrDiagnostics(ref: Reference): Diagnostic[] {
  const s = ref.subject;
  const detail = (() => {
    switch (s.kind) {
      case "CountAttr":
        return s.name === "index" ? undefined : countDetail(s.name);
      case "ForEachAttr":
        return s.name === "key" || s.name === "value" ? undefined : eachDetail(s.name);
      case "PathAttr":
        return PATH_ATTRS.includes(s.name) ? undefined : pathDetail(s.name);
      case "TerraformAttr":
        return s.name === "workspace" || s.name === "applying" ? undefined : terraformDetail(s.name);
      default:
        return undefined;
    }
  })();
  if (detail === undefined) return [];
  const object = ref.subject.toString().split(".")[0]!;
  return [errorDiag(`Invalid "${object}" attribute`, detail, ref.sourceRange)];
}

function countDetail(name: string): string {
  return (
    `The "count" object does not have an attribute named ${goQuote(name)}. The only supported attribute is count.index, ` +
    `which is the index of each instance of a resource block that has the "count" argument set.`
  );
}

function eachDetail(name: string): string {
  return (
    `The "each" object does not have an attribute named ${goQuote(name)}. The supported attributes are each.key and ` +
    `each.value, the current key and value pair of the "for_each" attribute set.`
  );
}

function pathDetail(name: string): string {
  const suggestion = nameSuggestion(name, PATH_ATTRS);
  const hint = suggestion === "" ? "" : ` Did you mean ${goQuote(suggestion)}?`;
  return `The "path" object does not have an attribute named ${goQuote(name)}.${hint}`;
}

function terraformDetail(name: string): string {
  if (name === "env") return TERRAFORM_ENV;
  return (
    `The "terraform" object does not have an attribute named ${goQuote(name)}. The only supported attributes are ` +
    `terraform.workspace, the name of the currently-selected workspace, and terraform.applying, a boolean which is true only during apply.`
  );
}
