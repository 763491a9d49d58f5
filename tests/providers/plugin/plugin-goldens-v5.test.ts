import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { pluginGoldenCases, pluginGoldenFile, pluginGoldenWorkDir } from "../../helpers/plugin-golden-case.js";
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


let plugins = "";
beforeAll(() => {
  plugins = mkdtempSync(join(tmpdir(), "terrane-v5-plugins-"));
  makePluginDir(plugins, { source: true, protocol: 5 });
});



describe("terrane plan with protocol 5 plugins matches terraform's plugin goldens", () => {
  for (const name of pluginGoldenCases()) {
    it(name, async () => {
      const cwd = pluginGoldenWorkDir(name);
      const init = await runCli(["init", "-no-color", `-plugin-dir=${plugins}`], { cwd });
      expect(init.code, init.stderr).toBe(0);
      const args = pluginGoldenFile(name, "args").trim().split(/\s+/).filter(Boolean);
      const r = await runCli(["plan", "-no-color", ...args], { cwd, env: { TF_LOG_PROVIDER: "debug" } });
      const logs = r.stderr.split("\n").filter((l) => / \[[A-Z]+\] +provider[.:]/.test(l));
      expect(logs.filter((l) => l.endsWith("provider: using plugin: version=5")).length).toBeGreaterThan(0);
      expect(logs.filter((l) => l.includes("using plugin") && !l.endsWith("version=5"))).toEqual([]);
      const stderr = r.stderr.split("\n").filter((l) => l && !logs.includes(l));
      expect(stderr.join("\n")).toBe(pluginGoldenFile(name, "expected-stderr.txt").trimEnd());
      const expected = normalisePlanOutput(pluginGoldenFile(name, "expected-plan.txt"));
      const actual = normalisePlanOutput(r.stdout);
      expect(actual.body).toBe(expected.body);
      expect(actual.refresh).toEqual(expected.refresh);
      expect(r.code).toBe(Number(pluginGoldenFile(name, "expected-exit")));
    }, 120_000);
  }
});
