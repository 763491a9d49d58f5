import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pluginGoldenCases, pluginGoldenFile, pluginGoldenWorkDir } from "../helpers/plugin-golden-case.js";
import { normalisePlanOutput } from "../helpers/plan-output.js";

// `terrane plan` against `terraform plan` run with Terrane's built-in providers served to Terraform as
// plugins (fixtures/plugin-goldens/<case>, made by generate.mjs there): each case starts from the
// state Terraform's apply of before/ wrote and the files that apply left on disk, applies the case's
// edit.sh (drift made outside Terraform), then plans main.tf. Random values (pet names, passwords,
// ids, timestamps) come from that state, so both plans show the same ones; nothing is masked.



describe("terrane plan matches terraform plan with the built-in providers as plugins", () => {
  for (const name of pluginGoldenCases()) {
    it(name, async () => {
      const args = pluginGoldenFile(name, "args").trim().split(/\s+/).filter(Boolean);
      const r = await runCli(["plan", "-no-color", ...args], { cwd: pluginGoldenWorkDir(name) });
      const expected = normalisePlanOutput(pluginGoldenFile(name, "expected-plan.txt"));
      const actual = normalisePlanOutput(r.stdout);
      expect(r.stderr).toBe(pluginGoldenFile(name, "expected-stderr.txt"));
      expect(actual.body).toBe(expected.body);
      expect(actual.refresh).toEqual(expected.refresh);
      expect(r.code).toBe(Number(pluginGoldenFile(name, "expected-exit")));
    });
  }
});
