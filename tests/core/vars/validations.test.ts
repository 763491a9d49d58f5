import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkVariableValidations, collectRawValues, resolveRootVariables, type VarArgument } from "../../../core/vars/index.js";
import type { Variable } from "../../../core/configs/model.js";
import { parseJsonConfig } from "../../../lang/json/parse.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { NativeExpression } from "../../../lang/eval/native-expression.js";
import { StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import { declareVariables } from "./declare-variables.js";
import { err, FIXTURES, recorded, warn, type RecordedDiag } from "./expect-diags.js";

// `validation` blocks (fixtures/config/vars-validation) with what `terraform plan -input=false -json`
// printed (Terraform v1.11.4). Terraform checks the variables in graph-walk order, which changes
// from run to run; Terrane checks them by name.

const DIR = join(FIXTURES, "vars-validation");
const variables = declareVariables(DIR);

async function check(args: VarArgument[], scope = {}) {
  const raw = collectRawValues({ dir: DIR, env: {}, args });
  expect(raw.diagnostics).toEqual([]);
  const resolved = await resolveRootVariables(variables, raw.values, { input: false });
  return [...resolved.diagnostics, ...checkVariableValidations(variables, resolved.values, scope)];
}

const cli = (...pairs: string[]): VarArgument[] => pairs.map((value) => ({ kind: "var", value }));
const invalid = (message: string, rule: string, subject: string) =>
  err("Invalid value for variable", `${message}\n\nThis was checked by the validation rule at ${rule}.`, subject);
const HIDDEN = "The error message included a sensitive value, so it will not be displayed.";
const SENSITIVE_MESSAGE =
  "The error expression used to explain this condition refers to sensitive values. Terraform will not display the resulting message.\n\n" +
  "You can correct this by removing references to sensitive values, or by carefully using the nonsensitive() function if the expression will not reveal the sensitive data.";
const EPHEMERAL_MESSAGE =
  "The error expression used to explain this condition refers to ephemeral values. Terraform will not display the resulting message.\n\n" +
  "You can correct this by removing references to ephemeral values, or by carefully using the ephemeralasnull() function if the expression will not reveal the ephemeral data.";
const FAILING_CALL = (v: string) =>
  err(
    "Invalid function argument",
    `Invalid value for "v" parameter: cannot convert "${v}" to number; given string must be a decimal representation of a number.`,
    "main.tf:100,38(2302)-100,57(2321)",
  );

describe("validation rules", () => {
  it("reports each kind of failure; skips unknown conditions and rules that wait on a failed variable", async () => {
    // terraform plan -input=false -json -var name=evil
    // unknown_condition compares with timestamp(), unknown while planning; uses_secret refers to
    // var.secret, whose own rule fails, so it is never checked.
    const expected: RecordedDiag[] = [
      FAILING_CALL("y"),
      err(
        "Invalid error message",
        "Unsuitable value for error message: expression refers to values that won't be known until the apply phase.",
        "main.tf:100,21(2285)-100,60(2324)",
      ),
      err("Invalid error message", "Unsuitable value for error message: string required.", "main.tf:46,21(1134)-46,43(1156)"),
      invalid("Failed to evaluate condition error message.", "main.tf:44,3-13", "main.tf:41,1(993)-41,24(1016)"),
      invalid("The name is not allowed.", "main.tf:12,3-13", "main.tf:6,1(152)-6,16(167)"),
      err("Invalid variable validation result", "Invalid validation condition result value: a bool is required.", "main.tf:21,21(566)-21,55(600)"),
      err("Invalid variable validation result", "Validation condition expression must return either true or false, not null.", "main.tf:29,21(735)-29,61(775)"),
      invalid("Failed to evaluate condition error message.", "main.tf:52,3-13", "main.tf:49,1(1163)-49,24(1186)"),
      invalid("42", "main.tf:60,3-13", "main.tf:57,1(1315)-57,26(1340)"),
      // The variable being checked sees its own value unmarked, so a sensitive value is shown.
      invalid("Own sensitive value is shown: hunter2.", "main.tf:69,3-13", "main.tf:65,1(1469)-65,18(1486)"),
      err("Error message refers to ephemeral values", EPHEMERAL_MESSAGE, "main.tf:92,21(2102)-92,50(2131)"),
      invalid(HIDDEN, "main.tf:90,3-13", "main.tf:87,1(1957)-87,26(1982)"),
    ];
    expect(recorded(await check(cli("name=evil")))).toEqual(expected);
  });

  it("evaluates messages that refer to other variables, points at the value in its file, hides other variables' sensitive values", async () => {
    // terraform plan -input=false -json -var-file short.tfvars -var secret=ok -var not_bool=x -var null_condition=y
    //   -var list_message=ok -var null_message=ok -var number_message=ok -var uses_temporary=ok -var failing_message=ok
    const args: VarArgument[] = [
      { kind: "var-file", value: "short.tfvars" },
      ...cli("secret=ok", "not_bool=x", "null_condition=y", "list_message=ok", "null_message=ok", "number_message=ok", "uses_temporary=ok", "failing_message=ok"),
    ];
    expect(recorded(await check(args))).toEqual([
      // The error message fails to evaluate even though the condition holds: still an error.
      FAILING_CALL("ok"),
      invalid("Name must be at least 3 characters, got 2.", "main.tf:8,3-13", "short.tfvars:1,8(7)-1,12(11)"),
      err("Invalid variable validation result", "Invalid validation condition result value: a bool is required.", "main.tf:21,21(566)-21,55(600)"),
      invalid("Unused.", "main.tf:28,3-13", "main.tf:25,1(637)-25,26(662)"),
      err("Error message refers to sensitive values", SENSITIVE_MESSAGE, "main.tf:79,21(1825)-79,61(1865)"),
      invalid(HIDDEN, "main.tf:77,3-13", "main.tf:74,1(1680)-74,23(1702)"),
    ]);
  });

  it("skips the rules of a variable whose referenced variable failed to resolve", async () => {
    // terraform plan -input=false -json -var-file short.tfvars -var min_length=x: nothing about var.name
    const diags = recorded(await check([{ kind: "var-file", value: "short.tfvars" }, ...cli("min_length=x")]));
    expect(diags[0]).toEqual(
      err("Invalid value for input variable", 'Unsuitable value for var.min_length set using -var="min_length=...": a number is required.', "main.tf:2,1(93)-2,22(114)"),
    );
    // The other variables' rules are checked as before; none of var.name's.
    expect(diags.slice(1).map((d) => d.summary)).toContain("Invalid variable validation result");
    expect(diags.filter((d) => d.subject?.startsWith("short.tfvars") || d.detail.includes("main.tf:8,3-13"))).toEqual([]);
  });

  it("passes when the rules hold", async () => {
    const passing = cli("name=alice", "list_message=ok", "null_message=ok", "number_message=ok", "secret=ok", "uses_secret=ok", "uses_temporary=ok");
    const diags = recorded(await check(passing));
    // What is left comes from the rules that cannot pass: failing_message, not_bool, null_condition.
    expect(diags.map((d) => `${d.summary} at ${d.subject}`)).toEqual([
      "Invalid function argument at main.tf:100,38(2302)-100,57(2321)",
      "Invalid error message at main.tf:100,21(2285)-100,60(2324)",
      "Invalid variable validation result at main.tf:21,21(566)-21,55(600)",
      "Invalid variable validation result at main.tf:29,21(735)-29,61(775)",
    ]);
  });

  it("may refer to names the caller puts in scope, such as locals", async () => {
    const variable = ruleVariable('var.v != local.banned', '"Banned: ${local.banned}."');
    const values = new Map([["v", { value: Value.string("evil"), definedAt: variable.declRange }]]);
    const names = new Map([["local", Value.object({ banned: Value.string("evil") })]]);
    const diags = checkVariableValidations(new Map([["v", variable]]), values, { names });
    expect(recorded(diags)).toEqual([invalid("Banned: evil.", "rule.tf:1,1-11", "rule.tf:1,1(0)-1,13(12)")]);
  });
});

describe("error messages in JSON syntax", () => {
  it("uses a JSON string that is not a valid template as a literal, with a warning", () => {
    // terraform plan -input=false -json -var v=no in fixtures/config/vars-json-message (Terraform
    // prints the warning twice, once from its validate walk and once from its plan walk).
    const variable = jsonVariable(join(FIXTURES, "vars-json-message", "main.tf.json"));
    const values = new Map([["v", { value: Value.string("no"), definedAt: variable.declRange }]]);
    const diags = checkVariableValidations(new Map([["v", variable]]), values);
    expect(recorded(diags)).toEqual([
      warn(
        "Validation error message expression is invalid",
        "The error message provided could not be evaluated as an expression, so Terraform is interpreting it as a string literal.\n\n" +
          "In future versions of Terraform, this will be considered an error. Please file a GitHub issue if this would break your workflow.\n\n" +
          "main.tf.json:8,29-36: Unclosed template interpolation sequence; There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
        "main.tf.json:8,28(157)-8,47(176)",
      ),
      invalid("Broken ${template", "main.tf.json:5,21-22", "main.tf.json:3,10(27)-3,11(28)"),
    ]);
  });
});

/** The string variable `v` of a JSON-syntax file, with its one validation rule. */
function jsonVariable(path: string): Variable {
  const { file } = parseJsonConfig(readFileSync(path, "utf8"), "main.tf.json");
  const block = file.body.content({ blocks: [{ type: "variable", labelNames: ["name"] }] }).content.blocks[0]!;
  const body = block.body.content({ attributes: [{ name: "type" }], blocks: [{ type: "validation" }] }).content;
  const rule = body.blocks[0]!;
  const attrs = rule.body.content({ attributes: [{ name: "condition" }, { name: "error_message" }] }).content.attributes;
  return {
    ...ruleVariable("true", ""),
    validations: [{ condition: attrs.get("condition")!.expr, errorMessage: attrs.get("error_message")!.expr, range: rule.defRange }],
    declRange: block.defRange,
  };
}

/** A string variable `v` with one rule, its ranges in an imaginary rule.tf. */
function ruleVariable(condition: string, errorMessage: string): Variable {
  const expr = (src: string) => new NativeExpression(parseExpression(src, "rule.tf").expr);
  const at = (c1: number, c2: number) => ({ filename: "rule.tf", start: { line: 1, column: c1, byte: c1 - 1 }, end: { line: 1, column: c2, byte: c2 - 1 } });
  return {
    name: "v",
    type: StringType,
    typeSet: true,
    sensitive: false,
    ephemeral: false,
    nullable: true,
    validations: [{ condition: expr(condition), errorMessage: expr(errorMessage || '""'), range: at(1, 11) }],
    declRange: at(1, 13),
  };
}
