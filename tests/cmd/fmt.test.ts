import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// Every case in fixtures/fmt/cli/cases.json was run with real `terraform fmt` in a fresh copy of
// fixtures/fmt/cli/project (fixtures/fmt/cli/capture.mjs). Terrane must give the same exit code,
// the same stdout and leave the same files behind. On stderr, flag errors must match exactly
// (with Terrane's name in place of Terraform's); diagnostics are rendered the Terrane way, so
// there the same errors must appear, in the same order, about the same file and line.

interface CliCase {
  readonly name: string;
  readonly argv: string[];
  readonly stdin?: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly changed: Record<string, string>;
}

const fixtures = new URL("../../fixtures/fmt/cli/", import.meta.url);
const project = new URL("project/", fixtures).pathname;
const cases = JSON.parse(readFileSync(new URL("cases.json", fixtures), "utf8")) as CliCase[];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-fmt-"));
  cpSync(project, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

/** Terraform's text with Terrane's name where the program names itself. */
function renamed(text: string): string {
  return text.replaceAll("Usage: terraform [global", "Usage: terrane [global").replaceAll("with terraform fmt", "with terrane fmt");
}

/** The errors in Terraform's rendering: summary and, when it has one, the "on FILE line N" location. */
function terraformErrors(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split("\n")) {
    const summary = /^Error: (.*)$/.exec(line);
    const at = /^ {2}on (.+) line (\d+)/.exec(line);
    if (summary) out.push(summary[1]);
    if (at) out.push(`${at[1]}:${at[2]}`);
  }
  return out;
}

/** The same information from Terrane's rendering (`on FILE:LINE:COL:`). */
function terraneErrors(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split("\n")) {
    const summary = /^Error: (.*)$/.exec(line);
    const at = /^ {2}on (.+):(\d+):\d+:$/.exec(line);
    if (summary) out.push(summary[1]);
    if (at) out.push(`${at[1]}:${at[2]}`);
  }
  return out;
}

describe("terrane fmt against captured terraform fmt runs", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = copyProject();
    const before = snapshot(dir);
    const opts = c.stdin === undefined ? { cwd: dir } : { cwd: dir, stdin: c.stdin };
    const r = await runCli(c.argv, opts);
    expect(r.code).toBe(c.code);
    expect(r.stdout).toBe(renamed(c.stdout));
    const after = snapshot(dir);
    const changed = Object.fromEntries(Object.entries(after).filter(([p, text]) => before[p] !== text));
    expect(changed).toEqual(c.changed);
    if (c.code === 1) expect(r.stderr).toBe(renamed(c.stderr));
    else expect(terraneErrors(r.stderr)).toEqual(terraformErrors(renamed(c.stderr)));
  });
});

describe("terrane fmt diagnostics", () => {
  it("shows a syntax error with its source line and a caret, and exits 2", async () => {
    const r = await runCli(["fmt", "-"], { stdin: "a =\n" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "\nError: Invalid expression\n\n  on <stdin>:1:4:\n   1: a =\n         ^\n\nExpected the start of an expression, but found an invalid expression token.\n\n",
    );
  });

  it("refuses a file that is not UTF-8 and leaves it alone", async () => {
    const dir = copyProject();
    const bytes = Buffer.from('a = "\xff"\n', "latin1");
    writeFileSync(join(dir, "latin1.tf"), bytes);
    const r = await runCli(["fmt", "latin1.tf"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Error: Invalid character encoding");
    expect(readFileSync(join(dir, "latin1.tf"))).toEqual(bytes);
  });

  it("colours diagnostics unless -no-color or NO_COLOR says otherwise", async () => {
    const coloured = await runCli(["fmt", "nothere"], { env: { NO_COLOR: "" } });
    expect(coloured.stderr).toContain("\x1b[31m");
    const plain = await runCli(["fmt", "-no-color", "nothere"], { env: { NO_COLOR: "" } });
    expect(plain.stderr).toBe("\nError: No file or directory at nothere\n\n\n");
  });
});
