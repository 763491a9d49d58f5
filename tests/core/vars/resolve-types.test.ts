import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectRawValues, parsingMode, resolveRootVariables, type VarArgument } from "../../../core/vars/index.js";
import { typeString } from "../../../lang/types/type-string.js";
import { toJS } from "../../helpers/values.js";
import { declareVariables } from "./declare-variables.js";
import { FIXTURES, rangeText } from "./expect-diags.js";

// How each kind of source's values are parsed and converted, for fixtures/config/vars-types. The
// expectations are `terraform console` output (Terraform v1.11.4) for
//   jsonencode({str=var.str, num=var.num, ...}) and type(var.x)
// with the values given by a .tfvars file, a .tfvars.json file, -var options and TF_VAR_ variables.

const DIR = join(FIXTURES, "vars-types");
const variables = declareVariables(DIR);

const CLI_TEXT: Record<string, string> = {
  str: "12",
  num: "3.50",
  flag: "true",
  nums: '["1", 2]',
  tags: "{a=1, b=true}",
  obj: '{name="x"}',
  anything: '[1, "a"]',
  untyped: "{k=[1]}",
};

// From files, every value is an expression, so `untyped` is an object.
const FROM_FILES = {
  anything: [1, "a"],
  flag: true,
  num: 3.5,
  nums: [1, 2],
  obj: { name: "x", size: 7 },
  str: "12",
  tags: { a: "1", b: "true" },
  untyped: { k: [1] },
};

// From text, a variable without a type takes the text literally.
const FROM_TEXT = { ...FROM_FILES, untyped: "{k=[1]}" };

async function resolve(env: Record<string, string>, args: VarArgument[]) {
  const raw = collectRawValues({ dir: DIR, env, args });
  expect(raw.diagnostics).toEqual([]);
  const result = await resolveRootVariables(variables, raw.values, { input: false });
  expect(result.diagnostics).toEqual([]);
  return result.values;
}

function plain(values: Awaited<ReturnType<typeof resolve>>): Record<string, unknown> {
  return Object.fromEntries([...values].map(([name, v]) => [name, toJS(v.value)]));
}

describe("parsing modes", () => {
  it("reads text literally for primitive types and no type, as HCL for the rest (any included)", () => {
    const modes = Object.fromEntries([...variables].map(([name, v]) => [name, parsingMode(v)]));
    expect(modes).toEqual({
      str: "literal",
      num: "literal",
      flag: "literal",
      nums: "hcl",
      tags: "hcl",
      obj: "hcl",
      anything: "hcl",
      untyped: "literal",
    });
  });
});

describe("conversion of each source's values", () => {
  it("converts a .tfvars file's values", async () => {
    const values = await resolve({}, [{ kind: "var-file", value: "types.tfvars" }]);
    expect(plain(values)).toEqual(FROM_FILES);
    expect(rangeText(values.get("num")!.definedAt)).toBe("types.tfvars:2,12(25)-2,18(31)");
  });

  it("converts a .tfvars.json file's values", async () => {
    const values = await resolve({}, [{ kind: "var-file", value: "types.tfvars.json" }]);
    expect(plain(values)).toEqual(FROM_FILES);
    expect(rangeText(values.get("num")!.definedAt)).toBe("types.tfvars.json:3,10(24)-3,16(30)");
  });

  it("converts -var values, parsed by each variable's mode", async () => {
    const args = Object.entries(CLI_TEXT).map(([n, t]): VarArgument => ({ kind: "var", value: `${n}=${t}` }));
    const values = await resolve({}, args);
    expect(plain(values)).toEqual(FROM_TEXT);
    expect(values.get("num")!.definedAt).toEqual(variables.get("num")!.declRange);
  });

  it("converts TF_VAR_ values the same way", async () => {
    const env = Object.fromEntries(Object.entries(CLI_TEXT).map(([n, t]) => [`TF_VAR_${n}`, t]));
    expect(plain(await resolve(env, []))).toEqual(FROM_TEXT);
  });

  it("keeps the value's own type where the constraint allows any", async () => {
    const values = await resolve({}, [{ kind: "var-file", value: "types.tfvars" }]);
    const types = Object.fromEntries(["anything", "untyped", "nums", "obj", "tags"].map((n) => [n, typeString(values.get(n)!.value.type)]));
    expect(types).toEqual({
      anything: "tuple([\n    number,\n    string,\n])",
      untyped: "object({\n    k: tuple([\n        number,\n    ]),\n})",
      nums: "list(number)",
      obj: "object({\n    name: string,\n    size: number,\n})",
      tags: "map(string)",
    });
  });
});
