import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { normalisePlanOutput } from "../helpers/plan-output.js";

// `terrane plan` against `terraform plan` run with Terrane's built-in providers served to Terraform as
// plugins (fixtures/plugin-goldens/<case>, made by generate.mjs there): each case starts from the
// state Terraform's apply of before/ wrote and the files that apply left on disk, applies the case's
// edit.sh (drift made outside Terraform), then plans main.tf. Random values (pet names, passwords,
// ids, timestamps) come from that state, so both plans show the same ones; nothing is masked.

const FIXTURES = join(import.meta.dirname, "../../fixtures/plugin-goldens");

const CASE_FILES = ["before", "args", "edit.sh", "applied-files", "expected-plan.txt", "expected-exit", "expected-stderr.txt"];

function workDir(name: string): string {
  const src = join(FIXTURES, name);
  const dir = mkdtempSync(join(tmpdir(), `terrane-plugin-golden-${name}-`));
  for (const entry of readdirSync(src)) {
    if (!CASE_FILES.includes(entry)) cpSync(join(src, entry), join(dir, entry), { recursive: true });
  }
  if (existsSync(join(src, "applied-files"))) cpSync(join(src, "applied-files"), dir, { recursive: true });
  if (existsSync(join(src, "edit.sh"))) execFileSync("sh", [join(src, "edit.sh")], { cwd: dir });
  return dir;
}

function read(name: string, file: string): string {
  const path = join(FIXTURES, name, file);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

describe("terrane plan matches terraform plan with the built-in providers as plugins", () => {
  for (const name of readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "main.tf")))) {
    it(name, async () => {
      const args = read(name, "args").trim().split(/\s+/).filter(Boolean);
      const r = await runCli(["plan", "-no-color", ...args], { cwd: workDir(name) });
      const expected = normalisePlanOutput(read(name, "expected-plan.txt"));
      const actual = normalisePlanOutput(r.stdout);
      expect(r.stderr).toBe(read(name, "expected-stderr.txt"));
      expect(actual.body).toBe(expected.body);
      expect(actual.refresh).toEqual(expected.refresh);
      expect(r.code).toBe(Number(read(name, "expected-exit")));
    });
  }
});
