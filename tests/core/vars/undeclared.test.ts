import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectRawValues, resolveRootVariables, type VarArgument } from "../../../core/vars/index.js";
import { toJS } from "../../helpers/values.js";
import { declareVariables } from "./declare-variables.js";
import { err, FIXTURES, recorded, warn } from "./expect-diags.js";

// Values for variables the root module does not declare (fixtures/config/vars-undeclared), with
// what `terraform plan -input=false -json` printed (Terraform v1.11.4). Terraform walks the values
// in map order, so which two file values get their own warning changes from run to run; Terrane
// takes them in name order.

const DIR = join(FIXTURES, "vars-undeclared");
const variables = declareVariables(DIR);

const fileWarning = (name: string, file: string) =>
  warn(
    "Value for undeclared variable",
    `The root module does not declare a variable named "${name}" but a value was found in file "${file}". If you meant to use this value, add a "variable" block to the configuration.\n\n` +
      'To silence these warnings, use TF_VAR_... environment variables to provide certain "global" settings to all configurations in your organization. To reduce the verbosity of these warnings, use the -compact-warnings option.',
  );
const cliError = (name: string) =>
  err(
    "Value for undeclared variable",
    `A variable named "${name}" was assigned on the command line, but the root module does not declare a variable of that name. To use this value, add a "variable" block to the configuration.`,
  );

async function resolve(env: Record<string, string>, args: VarArgument[]) {
  const raw = collectRawValues({ dir: DIR, env, args });
  expect(raw.diagnostics).toEqual([]);
  return resolveRootVariables(variables, raw.values, { input: false });
}

describe("undeclared variables", () => {
  it("errors for -var, warns for two file values and sums up the rest, ignores TF_VAR_ and values that do not evaluate", async () => {
    // TF_VAR_env_only=1 terraform plan -input=false -json -var-file named.tfvars -var cli_only=1 -var cli_too=2
    // (extra_c = upper("c") cannot be evaluated, so it is left out without a word)
    const { diagnostics, values } = await resolve({ TF_VAR_env_only: "1" }, [
      { kind: "var-file", value: "named.tfvars" },
      { kind: "var", value: "cli_only=1" },
      { kind: "var", value: "cli_too=2" },
    ]);
    expect(recorded(diagnostics)).toEqual([
      cliError("cli_only"),
      cliError("cli_too"),
      fileWarning("extra_a", "terraform.tfvars"),
      fileWarning("extra_b", "more.auto.tfvars"),
      warn("Values for undeclared variables", "In addition to the other similar warnings shown, 3 other variable(s) defined without being declared."),
    ]);
    expect(values.size).toBe(0);
  });

  it("warns without a summary for two file values, and the declared variables still resolve", async () => {
    const raw = collectRawValues({ dir: DIR, env: { TF_VAR_env_only: "1" }, args: [{ kind: "var-file", value: "named.tfvars" }] });
    const onlyTwo = new Map([...raw.values].filter(([name]) => ["known", "extra_a", "extra_f", "env_only"].includes(name)));
    const { diagnostics, values } = await resolveRootVariables(variables, onlyTwo, { input: false });
    expect(recorded(diagnostics)).toEqual([fileWarning("extra_a", "terraform.tfvars"), fileWarning("extra_f", "named.tfvars")]);
    expect(toJS(values.get("known")!.value)).toBe("k");
  });
});
