import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectRawValues, readVarsFile, resolveRootVariables } from "../../../core/vars/index.js";
import { toJS } from "../../helpers/values.js";
import { declareVariables } from "./declare-variables.js";
import { err, FIXTURES, recorded, type RecordedDiag } from "./expect-diags.js";

// Variables files that cannot be used (fixtures/config/vars-bad-files), each given with -var-file
// to `terraform plan -input=false -json` (Terraform v1.11.4); the rows are what it printed.

const DIR = join(FIXTURES, "vars-bad-files");

const MULTILINE =
  'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.';
const declaration = (file: string): string =>
  'A .tfvars file is used to assign values to variables that have already been declared in .tf files, not to declare new variables. To declare variable "foo", place this block in one of your .tf files, such as variables.tf.\n\n' +
  `To set a value for this variable in ${file}, use the definition syntax instead:\n    foo = <value>`;

const CASES: [string, RecordedDiag[]][] = [
  [
    "syntax.tfvars",
    [
      err("Invalid multi-line string", MULTILINE, "syntax.tfvars:1,18(17)-2,1(18)"),
      err("Invalid multi-line string", MULTILINE, "syntax.tfvars:2,5(22)-3,1(23)"),
      err("Unterminated template string", "No closing marker was found for the string.", "syntax.tfvars:1,18(17)-2,1(18)"),
    ],
  ],
  // Only the declaration is reported: Terraform stops before looking at the other block.
  ["declaration.tfvars", [err("Variable declaration in .tfvars file", declaration("declaration.tfvars"), "declaration.tfvars:2,1(8)-2,9(16)")]],
  ["block.tfvars", [err('Unexpected "resource" block', "Blocks are not allowed here.", "block.tfvars:2,1(8)-2,9(16)")]],
  [
    "twice.tfvars",
    [err("Attribute redefined", 'The argument "s" was already set at twice.tfvars:1,1-2. Each argument may be set only once.', "twice.tfvars:2,1(8)-2,2(9)")],
  ],
  ["declaration.tfvars.json", [err("Variable declaration in .tfvars file", declaration("declaration.tfvars.json"), "declaration.tfvars.json:1,12(11)-1,22(21)")]],
  ["twice.tfvars.json", [err("Duplicate attribute definition", 'The argument "s" was already set at twice.tfvars.json:1,2-10.', "twice.tfvars.json:1,21(20)-1,24(23)")]],
  [
    "nocomma.tfvars.json",
    [
      err("Missing attribute seperator comma", "A comma must appear between each property definition in an object.", "nocomma.tfvars.json:2,1(19)-2,2(20)"),
      err(
        "Root value must be object",
        "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.",
        "nocomma.tfvars.json:1,1(0)-1,2(1)",
      ),
    ],
  ],
  ["array.tfvars.json", [err("Incorrect JSON value type", "A JSON object is required here, setting the arguments for this block.", "array.tfvars.json:1,1(0)-1,2(1)")]],
  ["dir.tfvars", [err("Failed to read variables file", "Error while reading dir.tfvars: read dir.tfvars: is a directory.")]],
  ["missing.tfvars", [err("Failed to read variables file", "Given variables file missing.tfvars does not exist.")]],
];

describe("unusable variables files", () => {
  it.each(CASES)("%s", (file, expected) => {
    const { diagnostics } = collectRawValues({ dir: DIR, env: {}, args: [{ kind: "var-file", value: file }] });
    expect(recorded(diagnostics)).toEqual(expected);
  });

  it("reads a relative path from the working directory and names it as given", () => {
    const { values, diagnostics } = readVarsFile(FIXTURES, "vars-bad-files/refs.tfvars", "named-file");
    expect(diagnostics).toEqual([]);
    expect([...values.keys()]).toEqual(["s", "l"]);
    expect(values.get("s")!.expr.range.filename).toBe("vars-bad-files/refs.tfvars");
  });
});

describe("expressions in variables files", () => {
  const variables = declareVariables(DIR);

  it("may not refer to variables or call functions", async () => {
    const raw = collectRawValues({ dir: DIR, env: {}, args: [{ kind: "var-file", value: "refs.tfvars" }] });
    expect(raw.diagnostics).toEqual([]);
    const { diagnostics } = await resolveRootVariables(variables, raw.values, { input: false });
    const missing = (name: string, range: string) =>
      err(
        "No value for required variable",
        `The root module input variable "${name}" is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.`,
        range,
      );
    // Terraform reports the first two in either order (map order); Terrane by variable name.
    expect(recorded(diagnostics)).toEqual([
      err("Function calls not allowed", "Functions may not be called here.", "refs.tfvars:2,6(15)-2,16(25)"),
      err("Variables not allowed", "Variables may not be used here.", "refs.tfvars:1,5(4)-1,8(7)"),
      missing("l", "main.tf:5,1(123)-5,13(135)"),
      missing("s", "main.tf:2,1(90)-2,13(102)"),
    ]);
  });

  it("in JSON are literal strings, templates included", async () => {
    // terraform console -var-file templates.tfvars.json <<< 'jsonencode([var.s, var.l])'
    const raw = collectRawValues({ dir: DIR, env: {}, args: [{ kind: "var-file", value: "templates.tfvars.json" }] });
    const { diagnostics, values } = await resolveRootVariables(variables, raw.values, { input: false });
    expect(diagnostics).toEqual([]);
    expect([toJS(values.get("s")!.value), toJS(values.get("l")!.value)]).toEqual(["${var.x}", ["a", "${upper(1)}"]]);
  });
});
