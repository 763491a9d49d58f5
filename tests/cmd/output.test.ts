import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// `terrane output` against `terraform output` (fixtures/output, made by generate.sh there): a state
// that terraform apply wrote for outputs of every kind (strings, numbers, collections, objects, a
// sensitive one, a null one that the state leaves out), and each line of `cases` run in a copy of
// it (or in an empty directory) with stdout, stderr and exit code recorded. The comparison takes
// Terraform's text as printed, with one normalisation: the product name, and the paragraphs of a
// diagnostic's detail re-flowed, since the shorter name wraps differently at 78 columns. Colour codes
// are compared apart: Terraform's coloured box repeats reset codes that Terrane's leaves out, so the
// coloured cases check the text and that the red box is there.

const FIXTURES = join(import.meta.dirname, "../../fixtures/output");

interface Case {
  readonly name: string;
  readonly dir: "state" | "empty";
  readonly args: string[];
}

function cases(): Case[] {
  return readFileSync(join(FIXTURES, "cases"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [name, dir, ...args] = l.trim().split(/\s+/);
      return { name: name!, dir: dir as Case["dir"], args };
    });
}

function workDir(kind: Case["dir"]): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-output-"));
  if (kind === "state") {
    cpSync(join(FIXTURES, "terraform.tfstate"), join(dir, "terraform.tfstate"));
    cpSync(join(FIXTURES, "terraform.tfstate"), join(dir, "alt.tfstate"));
    writeFileSync(join(dir, "bad.tfstate"), "garbage\n");
  }
  return dir;
}

function expected(name: string, ext: string): string {
  return readFileSync(join(FIXTURES, "expected", `${name}.${ext}`), "utf8");
}

/** The product name replaced, colour codes dropped, diagnostic detail paragraphs joined into single lines. */
function normalise(text: string): string {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, "").replaceAll("Terraform", "Terrane").replaceAll("terraform", "terrane");
  let inDiagnostic = false;
  return plain
    .split(/\n(?:│ ?)?\n/)
    .map((block) => {
      if (/^(│ )?(Error|Warning): /m.test(block)) inDiagnostic = true;
      else if (block.startsWith("For more help")) inDiagnostic = false;
      else if (inDiagnostic) return block.replace(/\n│ ?/g, " ").replace(/\n(?!╵|$)/g, " ");
      return block;
    })
    .join("\n\n");
}

describe("terrane output matches terraform output", () => {
  for (const c of cases()) {
    it(`${c.name}: output ${c.args.join(" ")}`, async () => {
      const r = await runCli(["output", ...c.args], { cwd: workDir(c.dir), env: c.args.includes("-no-color") ? {} : { NO_COLOR: "" } });
      expect(normalise(r.stdout)).toBe(normalise(expected(c.name, "out")));
      expect(normalise(r.stderr)).toBe(normalise(expected(c.name, "err")));
      expect(r.code).toBe(Number(expected(c.name, "code")));
      if (expected(c.name, "err").includes("\x1b[31m╷")) expect(r.stderr).toContain("\x1b[31m╷");
    });
  }
});

describe("terrane output details", () => {
  it("reads the state named by -state, relative to -chdir", async () => {
    const dir = workDir("state");
    const r = await runCli([`-chdir=${dir}`, "output", "-raw", "-state=alt.tfstate", "num"], { cwd: tmpdir() });
    expect(r).toEqual({ code: 0, stdout: "42.5", stderr: "" });
  });

  it("accepts the double-dash and -flag=value forms", async () => {
    const r = await runCli(["output", "--json=true", "--no-color", "str"], { cwd: workDir("state") });
    expect(r).toEqual({ code: 0, stdout: '"hello"\n', stderr: "" });
  });

  it("prints its help", async () => {
    const r = await runCli(["output", "-help"], { cwd: workDir("empty") });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: terrane [global options] output [options] [NAME]");
  });
});
