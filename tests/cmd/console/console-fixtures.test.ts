import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { terraformLayout } from "../../helpers/terraform-layout.js";

// Each fixtures/console/<case> holds a configuration, inputs.json (the console's arguments, extra
// environment, and the inputs to try) and expected.json: what `terraform console -no-color` (v1.11.4)
// printed for each input, run once per input (after `terraform init` where there are modules, which
// Terrane does not need). Terrane's own additions to diagnostics (the column and caret, console
// input snippets) are undone before comparing.
// A private copy: the console locks the state of its working directory, and other test files use
// the same fixtures at the same time.
const FIXTURES = mkdtempSync(join(tmpdir(), "terrane-console-fixtures-"));
cpSync(fileURLToPath(new URL("../../../fixtures/console", import.meta.url)), FIXTURES, { recursive: true });

interface ConsoleSpec {
  readonly global?: string[];
  readonly args?: string[];
  readonly env?: Record<string, string>;
  readonly inputs: string[];
}

interface ConsoleRun {
  readonly input: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Rows where Terrane knowingly differs from Terraform, by "<case> <input>", with the reason. These rows
 * assert that the difference is still there, so that a fix shows up as a failure to remove the row.
 */
const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map([
  ["walk-errors local.after_bad", "Terraform 1.11 crashes (a value requested before it was provided); Terrane prints it as unknown"],
  ["setup-errors-type var.num", "Terraform 1.11 crashes after the conversion error; Terrane goes on with the variable unknown"],
]);

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(FIXTURES, ...parts), "utf8")) as T;
}

describe.each(readdirSync(FIXTURES).sort())("terrane console in fixtures/console/%s", (name) => {
  const spec = readJson<ConsoleSpec>(name, "inputs.json");
  const runs = readJson<ConsoleRun[]>(name, "expected.json");

  it.each(runs.map((run) => [run.input, run] as const))("evaluates %s as terraform console does", async (input, run) => {
    const argv = [...(spec.global ?? []), "console", "-no-color", ...(spec.args ?? [])];
    const r = await runCli(argv, { cwd: join(FIXTURES, name), stdin: `${input}\n`, ...(spec.env ? { env: spec.env } : {}) });
    const actual = { code: r.code, stdout: r.stdout, stderr: terraformLayout(r.stderr) };
    const expected = { code: run.code, stdout: run.stdout, stderr: run.stderr };
    if (KNOWN_DIFFERENCES.has(`${name} ${input}`)) {
      expect(actual).not.toEqual(expected);
    } else {
      expect(actual).toEqual(expected);
    }
  });
});
