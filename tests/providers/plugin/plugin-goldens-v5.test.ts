import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { normalisePlanOutput } from "../../helpers/plan-output.js";
// @ts-expect-error: plain JavaScript fixture script without type declarations
import { makePluginDir } from "../../../fixtures/plugin-goldens/plugin-dir.mjs";

// `terrane plan` with Terrane's built-in providers installed by `terrane init -plugin-dir` as plugin
// processes that offer only protocol 5, against the goldens terraform printed with the same providers
// over protocol 6 (fixtures/plugin-goldens). Terraform itself prints the same plans over protocol 5:
// fixtures/plugin-protocol/check-goldens.mjs runs it against every case with `plugin-dir.mjs
// -protocol=5` plugins (identical plan text apart from the order of the concurrent "Refreshing
// state..." lines, which varies from run to run over protocol 6 too, identical `show -json`), so these
// goldens stand for both versions. Each case starts as tests/cmd/plugin-goldens.test.ts starts it.

const FIXTURES = join(import.meta.dirname, "../../../fixtures/plugin-goldens");
const CASE_FILES = ["before", "args", "edit.sh", "applied-files", "expected-plan.txt", "expected-exit", "expected-stderr.txt", "expected-show.json"];

let plugins = "";
beforeAll(() => {
  plugins = mkdtempSync(join(tmpdir(), "terrane-v5-plugins-"));
  makePluginDir(plugins, { source: true, protocol: 5 });
});

function workDir(name: string): string {
  const src = join(FIXTURES, name);
  const dir = mkdtempSync(join(tmpdir(), `terrane-v5-golden-${name}-`));
  for (const entry of readdirSync(src)) if (!CASE_FILES.includes(entry)) cpSync(join(src, entry), join(dir, entry), { recursive: true });
  if (existsSync(join(src, "applied-files"))) cpSync(join(src, "applied-files"), dir, { recursive: true });
  if (existsSync(join(src, "edit.sh"))) execFileSync("sh", [join(src, "edit.sh")], { cwd: dir });
  return dir;
}

function read(name: string, file: string): string {
  const path = join(FIXTURES, name, file);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

describe("terrane plan with protocol 5 plugins matches terraform's plugin goldens", () => {
  for (const name of readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "main.tf")))) {
    it(name, async () => {
      const cwd = workDir(name);
      const init = await runCli(["init", "-no-color", `-plugin-dir=${plugins}`], { cwd });
      expect(init.code, init.stderr).toBe(0);
      const args = read(name, "args").trim().split(/\s+/).filter(Boolean);
      const r = await runCli(["plan", "-no-color", ...args], { cwd, env: { TF_LOG_PROVIDER: "debug" } });
      const logs = r.stderr.split("\n").filter((l) => / \[[A-Z]+\] +provider[.:]/.test(l));
      expect(logs.filter((l) => l.endsWith("provider: using plugin: version=5")).length).toBeGreaterThan(0);
      expect(logs.filter((l) => l.includes("using plugin") && !l.endsWith("version=5"))).toEqual([]);
      const stderr = r.stderr.split("\n").filter((l) => l && !logs.includes(l));
      expect(stderr.join("\n")).toBe(read(name, "expected-stderr.txt").trimEnd());
      const expected = normalisePlanOutput(read(name, "expected-plan.txt"));
      const actual = normalisePlanOutput(r.stdout);
      expect(actual.body).toBe(expected.body);
      expect(actual.refresh).toEqual(expected.refresh);
      expect(r.code).toBe(Number(read(name, "expected-exit")));
    }, 120_000);
  }
});
