import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatInputPrompt, resolveRootVariables, type InputRequest, type RawValue } from "../../../core/vars/index.js";
import { hasMark, Mark } from "../../../lang/values/marks.js";
import { toJS } from "../../helpers/values.js";
import { declareVariables } from "./declare-variables.js";
import { err, FIXTURES, recorded } from "./expect-diags.js";

// Prompting for required variables nobody set (fixtures/config/vars-prompt). The transcripts are
// what `terraform plan` (Terraform v1.11.4, on a terminal) wrote, with the answers typed shown
// after each `Enter a value: `; a sensitive variable's answer is not echoed.

const DIR = join(FIXTURES, "vars-prompt");
const variables = declareVariables(DIR);

/** A prompter that answers from a list and records the text Terraform would have written. */
function scripted(answers: (string | undefined)[]) {
  const transcript: string[] = [];
  const requests: InputRequest[] = [];
  const prompt = async (request: InputRequest): Promise<string | undefined> => {
    requests.push(request);
    const answer = answers.shift();
    transcript.push(`${formatInputPrompt(request)}${request.secret ? "" : (answer ?? "")}\n\n`);
    return answer;
  };
  return { prompt, transcript, requests };
}

describe("prompts", () => {
  it("asks for each missing required variable in name order, worded as Terraform does", async () => {
    const s = scripted(['["x"]', "foo", "zz"]);
    const { diagnostics } = await resolveRootVariables(variables, new Map(), { input: true, prompt: s.prompt });
    expect(s.transcript.join("")).toBe(
      "var.a\n  Enter a value: \n\n" + "var.b\n  The b value.\n  Second line.\n\n  Enter a value: foo\n\n" + "var.c (ephemeral)\n  Enter a value: zz\n\n",
    );
    expect(s.requests.map((r) => [r.id, r.secret])).toEqual([
      ["var.a", true],
      ["var.b", false],
      ["var.c", false],
    ]);
    expect(recorded(diagnostics)).toEqual([
      err("Invalid value for input variable", "Unsuitable value for var.b set using an interactive prompt: a number is required.", "main.tf:1,1(0)-1,13(12)"),
    ]);
  });

  it("parses answers by the variable's parsing mode and marks the values as declared", async () => {
    const s = scripted(['["x"]', "7", "zz"]);
    const { diagnostics, values } = await resolveRootVariables(variables, new Map(), { input: true, prompt: s.prompt });
    expect(diagnostics).toEqual([]);
    expect(Object.fromEntries([...values].map(([n, v]) => [n, toJS(v.value)]))).toEqual({ a: { sensitive: ["x"] }, b: 7, c: "zz", d: 1 });
    expect(hasMark(values.get("c")!.value.marks, Mark.Ephemeral)).toBe(true);
    expect(values.get("b")!.definedAt).toEqual(variables.get("b")!.declRange);
  });

  it("an answer that does not parse leaves the variable unset", async () => {
    const s = scripted(["[", "7", "zz"]);
    const { diagnostics } = await resolveRootVariables(variables, new Map(), { input: true, prompt: s.prompt });
    expect(recorded(diagnostics)).toEqual([
      err("Missing expression", "Expected the start of an expression, but found the end of the file.", "<value for var.a>:1,2(1)-1,3(2)"),
      err(
        "No value for required variable",
        'The root module input variable "a" is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.',
        "main.tf:5,1(85)-5,13(97)",
      ),
    ]);
  });

  it("asks only for what is missing, and not at all without input", async () => {
    const given = new Map<string, RawValue>([["b", { kind: "string", text: "1", source: "cli" }]]);
    const s = scripted(['["x"]', undefined]);
    const { diagnostics } = await resolveRootVariables(variables, given, { input: true, prompt: s.prompt });
    expect(s.requests.map((r) => r.id)).toEqual(["var.a", "var.c"]);
    expect(recorded(diagnostics)).toEqual([
      err(
        "No value for required variable",
        'The root module input variable "c" is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.',
        "main.tf:9,1(148)-9,13(160)",
      ),
    ]);
    const none = scripted([]);
    const result = await resolveRootVariables(variables, given, { input: false, prompt: none.prompt });
    expect(none.requests).toEqual([]);
    expect(result.diagnostics.map((d) => d.summary)).toEqual(["No value for required variable", "No value for required variable"]);
  });
});
