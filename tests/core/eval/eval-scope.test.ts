import { describe, expect, it } from "vitest";
import { Resource as ResourceAddr } from "../../../core/addrs/resource.js";
import type { Config } from "../../../core/configs/model.js";
import { EvalScope, NamedValues, TOTALLY_UNKNOWN, type ScopeOptions, type WalkState } from "../../../core/eval/index.js";
import { planningFunctions } from "../../../core/vars/validations.js";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Expression } from "../../../lang/hcl/expression.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import { typeExprString } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import { loadConfig, writeConfig } from "../graph/config-fixtures.js";

// What references evaluate to in a validate-walk scope (Terraform's evaluationStateData in the
// validate walk), one row per expression: the value's type and whether it is known, sensitive or its
// text, or the diagnostics, as `terraform validate` reports them.

const dir = writeConfig({
  "main.tf": `
variable "s" { type = string }
variable "secret" {
  type      = string
  sensitive = true
}
variable "any" {}
locals {
  known = "hello"
}
module "one" { source = "./child" }
module "many" {
  source = "./child"
  count  = 2
}
module "keyed" {
  source   = "./child"
  for_each = toset(["a"])
}
resource "terraform_data" "r" {}
data "terraform_remote_state" "d" { backend = "local" }
`,
  "child/main.tf": `
output "b" { value = 1 }
output "a" { value = 2 }
`,
  "hello.txt": "from the working directory",
});
const config = loadConfig(dir);

function state(root: Config): WalkState {
  const values = new NamedValues();
  values.setLocal("", "known", Value.string("hello"));
  return { root, operation: "validate", values, workspace: "dev", cwd: dir, functions: planningFunctions() };
}

function expr(src: string): Expression {
  const { file, diagnostics } = parseConfig(`x = ${src}\n`, "main.tf");
  expect(diagnostics).toEqual([]);
  return nativeFileBody(file).justAttributes().attributes.get("x")!.expr;
}

/** A value as a short text: its string when known, else `unknown <type>`, with `(sensitive)`. */
function show(v: Value): string {
  const text = v.isKnown ? (v.type.kind === "string" ? JSON.stringify(v.unmark().asString()) : typeExprString(v.type)) : `unknown ${typeExprString(v.type)}`;
  return v.isSensitive ? `${text} (sensitive)` : text;
}

const SELF = new ResourceAddr("managed", "terraform_data", "r").instance(null);

describe("reference values in the validate walk", () => {
  it.each<[string, string, ScopeOptions?]>([
    ["var.s", "unknown string"],
    ["var.secret", "unknown string (sensitive)"],
    ["var.any", "unknown dynamic"],
    ["local.known", '"hello"'],
    ["upper(local.known)", '"HELLO"'],
    ["module.one", "unknown object({a=dynamic,b=dynamic})"],
    ["module.many", "unknown list(object({a=dynamic,b=dynamic}))"],
    ["module.keyed", "unknown map(object({a=dynamic,b=dynamic}))"],
    ["module.one.a", "unknown dynamic"],
    ["terraform_data.r", "unknown dynamic"],
    ["data.terraform_remote_state.d.outputs", "unknown dynamic"],
    ["path.module", '"."'],
    ["path.root", '"."'],
    ["path.cwd", JSON.stringify(dir)],
    ["terraform.workspace", '"dev"'],
    ["count.index", "unknown number", { repetition: TOTALLY_UNKNOWN }],
    ["each.key", "unknown string", { repetition: TOTALLY_UNKNOWN }],
    ["self", "unknown dynamic", { self: SELF }],
    ['file("hello.txt")', '"from the working directory"'],
  ])("%s is %s", (src, want, options) => {
    const r = new EvalScope(state(config), config, options).evalExpr(expr(src));
    expect(r.diagnostics).toEqual([]);
    expect(show(r.value)).toBe(want);
  });
});

describe("reference errors", () => {
  it.each<[string, string, string]>([
    ["var.nope", "Reference to undeclared input variable", 'An input variable with the name "nope" has not been declared. This variable can be declared with a variable "nope" {} block.'],
    ["var.ss", "Reference to undeclared input variable", 'An input variable with the name "ss" has not been declared. Did you mean "s"?'],
    ["local.knwn", "Reference to undeclared local value", 'A local value with the name "knwn" has not been declared. Did you mean "known"?'],
    ["module.onne", "Reference to undeclared module", 'No module call named "onne" is declared in the root module. Did you mean "one"?'],
    ["terraform_data.q", "Reference to undeclared resource", 'A managed resource "terraform_data" "q" has not been declared in the root module.'],
    ["terraform_data.r[0]", "Unexpected resource instance key", 'Because terraform_data.r does not have "count" or "for_each" set, references to it must not include an index key. Remove the bracketed index to refer to the single instance of this resource.'],
    ["count.index", 'Reference to "count" in non-counted context', 'The "count" object can only be used in "module", "resource", and "data" blocks, and only when the "count" argument is set.'],
    ["each.value", "each.value cannot be used in this context", 'A reference to "each.value" has been used in a context in which it is unavailable, such as when the configuration no longer contains the value in its "for_each" expression. Remove this reference to each.value in your configuration to work around this error.'],
    ["self", 'Invalid "self" reference', 'The "self" object is not available in this context. This object can be used only in resource provisioner, connection, and postcondition blocks.'],
    ["terraform.env", 'Invalid "terraform" attribute', 'The terraform.env attribute was deprecated in v0.10 and removed in v0.12. The "state environment" concept was renamed to "workspace" in v0.12, and so the workspace name can now be accessed using the terraform.workspace attribute.'],
  ])("%s: %s", (src, summary, detail) => {
    const r = new EvalScope(state(config), config).evalExpr(expr(src));
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([[summary, detail]]);
    expect(r.value.isKnown).toBe(false);
  });

  it("stops at static errors before looking any value up (no error for var.nope here)", () => {
    const r = new EvalScope(state(config), config).evalExpr(expr('"${terraform_data.q.id}${var.nope}"'));
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Reference to undeclared resource"]);
  });

  it("gives an empty context after static errors, in which names are unknown variables", () => {
    const scope = new EvalScope(state(config), config);
    const { ctx, diagnostics } = scope.contextFor(expr("terraform_data.q.id").variables());
    expect(diagnostics.map((d) => d.summary)).toEqual(["Reference to undeclared resource"]);
    expect(expr("terraform_data.q.id").value(ctx).diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Unknown variable", 'There is no variable named "terraform_data".'],
    ]);
  });

  it("converts to the wanted type", () => {
    const r = new EvalScope(state(config), config).evalExpr(expr("local.known"), { kind: "number" });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([["Incorrect value type", "Invalid expression value: a number is required."]]);
  });
});
