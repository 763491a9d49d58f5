import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// Expected outputs are what `terraform console` (v1.11.4) printed for the same input.
const ONE_THIRD =
  "0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335";

describe("terrane console (piped input)", () => {
  it.each([
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '"10.0.2.0/24"'],
    ["1/3", ONE_THIRD],
    ["9007199254740993 + 0", "9007199254740993"],
    ['[1, "a"]', '[\n  1,\n  "a",\n]'],
    ['tolist(["a","b"])', 'tolist([\n  "a",\n  "b",\n])'],
    ['toset(["b","a"])', 'toset([\n  "a",\n  "b",\n])'],
    ["tomap({a=1,b=2})", 'tomap({\n  "a" = 1\n  "b" = 2\n})'],
    ["{a=1, bb={c=[1,2]}, d=[]}", '{\n  "a" = 1\n  "bb" = {\n    "c" = [\n      1,\n      2,\n    ]\n  }\n  "d" = []\n}'],
    ['"multi\\nline"', "<<EOT\nmulti\nline\nEOT"],
    ['{"x"="a\\nb"}', '{\n  "x" = <<-EOT\n  a\n  b\n  EOT\n}'],
    ['sensitive("x")', "(sensitive value)"],
    ["{a=sensitive(1)}", '{\n  "a" = (sensitive value)\n}'],
    ["null", "null"],
    ['"a\\u0001b"', '"a\\x01b"'],
    ["[for x in [1,2] : x * 2 if x > 1]", "[\n  4,\n]"],
    ['jsonencode({b=[1,"x"], a=null})', '"{\\"a\\":null,\\"b\\":[1,\\"x\\"]}"'],
    ["type({a=1})", "object({\n    a: number,\n})"],
    ["type(tolist([\"a\"]))", "list(string)"],
    ['core::upper("x")', '"X"'],
    ["terraform.workspace", '"default"'],
  ])("%s", async (input, output) => {
    const r = await runCli(["console"], { stdin: `${input}\n` });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${output}\n`);
    expect(r.code).toBe(0);
  });

  it("prints every line's result and skips blank lines", async () => {
    const r = await runCli(["console"], { stdin: "1\n\n2\n\"a\"\n" });
    expect(r.stdout).toBe('1\n2\n"a"\n');
  });

  it("reads on while a bracket, string or heredoc is open", async () => {
    const r = await runCli(["console"], { stdin: "[\n  1,\n  2]\n<<EOT\nx\nEOT\n" });
    expect(r.stdout).toBe("[\n  1,\n  2,\n]\n<<EOT\nx\n\nEOT\n");
  });

  it("stops at exit", async () => {
    const r = await runCli(["console"], { stdin: "1\nexit\n2\n" });
    expect(r.stdout).toBe("1\n");
  });

  it("prints help", async () => {
    const r = await runCli(["console"], { stdin: "help\n" });
    expect(r.stdout).toContain("The Terrane console allows you to experiment with Terrane interpolations.");
  });

  it.each([
    ["1 +", "Missing expression", "Expected the start of an expression, but found the end of the file."],
    ["upper(1,2)", "Too many function arguments", 'Function "upper" expects only 1 argument(s).'],
    ["nosuch(1)", "Call to unknown function", 'There is no function named "nosuch".'],
    ['"${}"', "Invalid expression", "Expected the start of an expression, but found an invalid expression token."],
  ])("reports %s as a diagnostic and stops with exit code 1", async (input, summary, detail) => {
    const r = await runCli(["console"], { stdin: `${input}\n7\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Error: ${summary}`);
    expect(r.stderr).toContain(detail);
    expect(r.stderr).toContain("on <console-input>:1:");
    expect(r.stderr).toContain(`   1: ${input}`);
  });

  it("rejects an unknown flag", async () => {
    const r = await runCli(["console", "-bogus"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("flag provided but not defined: -bogus");
  });
});
