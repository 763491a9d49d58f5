import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectRawValues, resolveRootVariables, type VarArgument } from "../../../core/vars/index.js";
import { toJS } from "../../helpers/values.js";
import { declareVariables } from "./declare-variables.js";
import { err, FIXTURES, recorded } from "./expect-diags.js";

// Values that do not fit their variables (fixtures/config/vars-errors), with the diagnostics
// `terraform plan -input=false -json` printed (Terraform v1.11.4). Terraform reports one diagnostic
// per variable in map order, which changes from run to run; Terrane reports them by variable name.

const DIR = join(FIXTURES, "vars-errors");
const variables = declareVariables(DIR);
const GOOD: VarArgument[] = ["num=1", "nums=[]", 'obj={a="x"}', "secret=1", "never_null=x", "never_null_list=[]"].map((value) => ({
  kind: "var",
  value,
}));

async function resolve(env: Record<string, string>, args: VarArgument[]) {
  const raw = collectRawValues({ dir: DIR, env, args: [...GOOD, ...args] });
  expect(raw.diagnostics).toEqual([]);
  return resolveRootVariables(variables, raw.values, { input: false });
}

const TYPE_ERRORS = { num: "abc", nums: '["x"]', obj: "{}", secret: "zz" };

describe("values of the wrong type", () => {
  it("from the environment: names the TF_VAR_ variable and points at the declaration", async () => {
    const env = Object.fromEntries(Object.entries(TYPE_ERRORS).map(([n, t]) => [`TF_VAR_${n}`, t]));
    const raw = collectRawValues({ dir: DIR, env, args: [{ kind: "var", value: "never_null=x" }, { kind: "var", value: "never_null_list=[]" }] });
    const { diagnostics, values } = await resolveRootVariables(variables, raw.values, { input: false });
    expect(recorded(diagnostics)).toEqual([
      err("Invalid value for input variable", "Unsuitable value for var.num set using the TF_VAR_num environment variable: a number is required.", "main.tf:2,1(84)-2,15(98)"),
      err("Invalid value for input variable", "Unsuitable value for var.nums set using the TF_VAR_nums environment variable: a number is required.", "main.tf:5,1(119)-5,16(134)"),
      err("Invalid value for input variable", 'Unsuitable value for var.obj set using the TF_VAR_obj environment variable: attribute "a" is required.', "main.tf:8,1(161)-8,15(175)"),
      err("Invalid value for input variable", "Unsuitable value for var.secret set using the TF_VAR_secret environment variable: a number is required.", "main.tf:11,1(237)-11,18(254)"),
    ]);
    expect([...values.keys()].sort()).toEqual(["maybe_null", "never_null", "never_null_list", "not_null"]);
  });

  it("from -var: names the option", async () => {
    const { diagnostics } = await resolve({}, Object.entries(TYPE_ERRORS).map(([n, t]) => ({ kind: "var", value: `${n}=${t}` })));
    expect(recorded(diagnostics)).toEqual([
      err("Invalid value for input variable", 'Unsuitable value for var.num set using -var="num=...": a number is required.', "main.tf:2,1(84)-2,15(98)"),
      err("Invalid value for input variable", 'Unsuitable value for var.nums set using -var="nums=...": a number is required.', "main.tf:5,1(119)-5,16(134)"),
      err("Invalid value for input variable", 'Unsuitable value for var.obj set using -var="obj=...": attribute "a" is required.', "main.tf:8,1(161)-8,15(175)"),
      err("Invalid value for input variable", 'Unsuitable value for var.secret set using -var="secret=...": a number is required.', "main.tf:11,1(237)-11,18(254)"),
    ]);
  });

  it("from a .tfvars file: points at the value, except for a sensitive variable", async () => {
    const { diagnostics } = await resolve({}, [{ kind: "var-file", value: "bad.tfvars" }]);
    expect(recorded(diagnostics)).toEqual([
      err("Invalid value for input variable", "The given value is not suitable for var.num declared at main.tf:2,1-15: a number is required.", "bad.tfvars:1,10(9)-1,15(14)"),
      err("Invalid value for input variable", "The given value is not suitable for var.nums declared at main.tf:5,1-16: a number is required.", "bad.tfvars:2,10(24)-2,15(29)"),
      err("Invalid value for input variable", 'The given value is not suitable for var.obj declared at main.tf:8,1-15: attribute "a" is required.', "bad.tfvars:3,10(39)-3,12(41)"),
      err(
        "Invalid value for input variable",
        "The given value is not suitable for var.secret, which is sensitive: a number is required. Invalid value defined at bad.tfvars:4,10-14.",
        "main.tf:11,1(237)-11,18(254)",
      ),
    ]);
  });

  it("from a .tfvars.json file: the same, with JSON ranges", async () => {
    const { diagnostics } = await resolve({}, [{ kind: "var-file", value: "bad.tfvars.json" }]);
    expect(recorded(diagnostics)).toEqual([
      err("Invalid value for input variable", "The given value is not suitable for var.num declared at main.tf:2,1-15: a number is required.", "bad.tfvars.json:1,9(8)-1,14(13)"),
      err("Invalid value for input variable", "The given value is not suitable for var.nums declared at main.tf:5,1-16: a number is required.", "bad.tfvars.json:1,24(23)-1,29(28)"),
      err("Invalid value for input variable", 'The given value is not suitable for var.obj declared at main.tf:8,1-15: attribute "a" is required.', "bad.tfvars.json:1,38(37)-1,40(39)"),
      err(
        "Invalid value for input variable",
        "The given value is not suitable for var.secret, which is sensitive: a number is required. Invalid value defined at bad.tfvars.json:1,52-56.",
        "main.tf:11,1(237)-11,18(254)",
      ),
    ]);
  });

  it("a value never parsed because a later source replaced it reports nothing", async () => {
    const { diagnostics, values } = await resolve({ TF_VAR_nums: "[" }, []);
    expect(diagnostics).toEqual([]);
    expect(toJS(values.get("nums")!.value)).toEqual([]);
  });
});

describe("null values", () => {
  it("null takes the default of a non-nullable variable and stays null for a nullable one", async () => {
    // terraform console ... <<< 'jsonencode([var.not_null, var.maybe_null, var.never_null, var.obj, nonsensitive(var.secret)])'
    // "[[1],null,\"null\",{\"a\":\"x\",\"b\":7},1]"
    const { diagnostics, values } = await resolve({}, ["not_null=null", "maybe_null=null", "never_null=null"].map((value) => ({ kind: "var", value })));
    expect(diagnostics).toEqual([]);
    const got = ["not_null", "maybe_null", "never_null", "obj", "secret"].map((n) => toJS(values.get(n)!.value));
    expect(got).toEqual([[1], null, "null", { a: "x", b: 7 }, { sensitive: 1 }]);
  });

  it("null for a required non-nullable variable, from a file", async () => {
    const { diagnostics } = await resolve({}, [{ kind: "var-file", value: "null.tfvars" }]);
    expect(recorded(diagnostics)).toEqual([
      err(
        "Required variable not set",
        "The given value is not suitable for var.never_null defined at main.tf:24,1-22: required variable may not be set to null.",
        "null.tfvars:3,19(64)-3,23(68)",
      ),
    ]);
  });

  it("null for a required non-nullable variable, from -var and from the environment", async () => {
    const cli = await resolve({}, [{ kind: "var", value: "never_null_list=null" }]);
    const env = await resolveRootVariables(
      variables,
      collectRawValues({ dir: DIR, env: { TF_VAR_never_null_list: "null" }, args: GOOD.filter((a) => !a.value.startsWith("never_null_list")) }).values,
      { input: false },
    );
    expect(recorded([...cli.diagnostics, ...env.diagnostics])).toEqual([
      err(
        "Required variable not set",
        'Unsuitable value for var.never_null_list set using -var="never_null_list=...": required variable may not be set to null.',
        "main.tf:28,1(517)-28,27(543)",
      ),
      err(
        "Required variable not set",
        "Unsuitable value for var.never_null_list set using the TF_VAR_never_null_list environment variable: required variable may not be set to null.",
        "main.tf:28,1(517)-28,27(543)",
      ),
    ]);
  });
});

describe("values that do not parse, and values missing", () => {
  it("reports -var expressions that do not parse, then the variables left without a value", async () => {
    // terraform plan -input=false -var 'nums=[' -var 'obj={a=upper("x")}' (num, secret, never_null, never_null_list unset)
    const raw = collectRawValues({ dir: DIR, env: {}, args: [{ kind: "var", value: "nums=[" }, { kind: "var", value: 'obj={a=upper("x")}' }] });
    const { diagnostics, values } = await resolveRootVariables(variables, raw.values, { input: false });
    const missing = (name: string, range: string) =>
      err(
        "No value for required variable",
        `The root module input variable "${name}" is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.`,
        range,
      );
    expect(recorded(diagnostics)).toEqual([
      err("Missing expression", "Expected the start of an expression, but found the end of the file.", "<value for var.nums>:1,2(1)-1,3(2)"),
      err("Function calls not allowed", "Functions may not be called here.", "<value for var.obj>:1,4(3)-1,14(13)"),
      missing("never_null", "main.tf:24,1(452)-24,22(473)"),
      missing("never_null_list", "main.tf:28,1(517)-28,27(543)"),
      missing("num", "main.tf:2,1(84)-2,15(98)"),
      missing("nums", "main.tf:5,1(119)-5,16(134)"),
      missing("obj", "main.tf:8,1(161)-8,15(175)"),
      missing("secret", "main.tf:11,1(237)-11,18(254)"),
    ]);
    expect(values.size).toBe(0);
  });
});
