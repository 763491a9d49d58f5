import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { autoFiles, collectRawValues, envValues, parseVarOption, type RawValue, type VarArgument } from "../../../core/vars/index.js";
import { err, FIXTURES, recorded } from "./expect-diags.js";

// Where raw values come from and which one wins, checked against what Terraform v1.11.4 chose for
// fixtures/config/vars-precedence (`terraform console` printing the variables).

const PRECEDENCE = join(FIXTURES, "vars-precedence");
const ENV = Object.fromEntries(["v1", "v2", "v3", "v4", "v5", "v6", "v7"].map((n) => [`TF_VAR_${n}`, "env"]));

const vars = (...pairs: string[]): VarArgument[] => pairs.map((p) => (p.startsWith("@") ? { kind: "var-file", value: p.slice(1) } : { kind: "var", value: p }));

/** Where each winning value came from: the text of string values, the file and literal of expressions. */
function describeValue(raw: RawValue | undefined): string {
  if (!raw) return "(unset)";
  if (raw.kind === "string") return `${raw.source}:${raw.text}`;
  return `${raw.source}:${raw.expr.range.filename}:${raw.expr.value(null).value.asString()}`;
}

function winners(env: Record<string, string>, args: VarArgument[]): string[] {
  const { values, diagnostics } = collectRawValues({ dir: PRECEDENCE, env, args });
  expect(diagnostics).toEqual([]);
  return ["v1", "v2", "v3", "v4", "v5", "v6", "v7"].map((n) => describeValue(values.get(n)));
}

describe("precedence", () => {
  it("later sources win: env, terraform.tfvars, .json, auto files in order, then the command line in order", () => {
    // terraform console -var v6=cli -var-file named.tfvars -var v7=cli -var-file second.tfvars:
    // ["env","tfvars","tfvars.json","b.auto.json","c.auto","named","second-named"]
    expect(winners(ENV, vars("v6=cli", "@named.tfvars", "v7=cli", "@second.tfvars"))).toEqual([
      "env:env",
      "auto-file:terraform.tfvars:tfvars",
      "auto-file:terraform.tfvars.json:tfvars.json",
      "auto-file:b.auto.tfvars.json:b.auto.json",
      "auto-file:c.auto.tfvars:c.auto",
      "named-file:named.tfvars:named",
      "named-file:second.tfvars:second-named",
    ]);
  });

  it("-var and -var-file count in the order given, not by kind", () => {
    // terraform console -var-file second.tfvars -var v6=cli -var-file named.tfvars -var v7=cli:
    // ["env","tfvars","tfvars.json","b.auto.json","c.auto","named","cli"]
    expect(winners(ENV, vars("@second.tfvars", "v6=cli", "@named.tfvars", "v7=cli")).slice(5)).toEqual([
      "named-file:named.tfvars:named",
      "cli:cli",
    ]);
  });

  it("without the environment or options, only the files set values", () => {
    expect(winners({}, [])).toEqual([
      "(unset)",
      "auto-file:terraform.tfvars:tfvars",
      "auto-file:terraform.tfvars.json:tfvars.json",
      "auto-file:b.auto.tfvars.json:b.auto.json",
      "auto-file:c.auto.tfvars:c.auto",
      "auto-file:c.auto.tfvars:c.auto",
      "auto-file:c.auto.tfvars:c.auto",
    ]);
  });

  it("loads the automatic files in lexical order after the two default files", () => {
    expect(autoFiles(PRECEDENCE)).toEqual(["terraform.tfvars", "terraform.tfvars.json", "a.auto.tfvars", "b.auto.tfvars.json", "c.auto.tfvars"]);
    expect(autoFiles(join(FIXTURES, "vars-types"))).toEqual([]);
  });
});

describe("environment", () => {
  it("takes TF_VAR_ names with the prefix removed, values as given", () => {
    const env = { TF_VAR_a: "[1, 2]", TF_VAR_: "empty name", tf_var_b: "no", PATH: "/bin", TF_VAR_c: "" };
    expect([...envValues(env)]).toEqual([
      ["a", "[1, 2]"],
      ["", "empty name"],
      ["c", ""],
    ]);
  });
});

describe("-var options", () => {
  it("splits at the first equals sign", () => {
    expect(parseVarOption("a=b=c")).toEqual({ name: "a", text: "b=c" });
    expect(parseVarOption("a=")).toEqual({ name: "a", text: "" });
    expect(parseVarOption("list=[1, 2]")).toEqual({ name: "list", text: "[1, 2]" });
  });

  it("reports options without an equals sign and names with a trailing space", () => {
    // terraform plan -var 'bad' -var 'q =1' -var 'r = 2'
    const { diagnostics } = collectRawValues({ dir: PRECEDENCE, env: {}, args: vars("bad", "q =1", "r = 2", "ok=1") });
    expect(recorded(diagnostics)).toEqual([
      err("Invalid -var option", 'The given -var option "bad" is not correctly specified. Must be a variable name and value separated by an equals sign, like -var="key=value".'),
      err("Invalid -var option", 'Variable name "q " is invalid due to trailing space. Did you mean -var="q=1"?'),
      err("Invalid -var option", 'Variable name "r " is invalid due to trailing space. Did you mean -var="r=2"?'),
    ]);
  });
});
