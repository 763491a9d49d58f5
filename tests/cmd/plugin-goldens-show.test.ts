import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pluginGoldenWorkDir } from "../helpers/plugin-golden-case.js";
import { normaliseJson } from "./views/json/golden-normalise.js";

// `terrane plan -out` + `terrane show -json` against `terraform plan -out` + `terraform show -json` run
// with Terrane's built-in providers served to Terraform as plugins (fixtures/plugin-goldens/<case>/
// expected-show.json, made by generate.mjs there, `-show-only` to remake only these). Each case starts
// as plugin-goldens.test.ts starts it: the committed state, the files the apply of before/ left, then
// edit.sh (drift made outside Terraform). These are the goldens for drift as JSON: resource_drift,
// relevant_attributes and prior_state after refresh. Only the plan's timestamp and the order of
// relevant_attributes are evened out (golden-normalise.ts), as in show.test.ts, and the `random`
// attribute of null_data_source, which the provider draws anew on every read (the data source is read
// again by each plan, so no saved state can fix it).

const FIXTURES = join(import.meta.dirname, "../../fixtures/plugin-goldens");


/** The golden-normalised JSON with null_data_source's per-read random number evened out. */
function normalise(text: string): string {
  return normaliseJson(text).replace(/("type":"null_data_source".*?"random":)"\d+"/g, '$1"(random)"');
}

function caseArgs(name: string): string[] {
  const path = join(FIXTURES, name, "args");
  return existsSync(path) ? readFileSync(path, "utf8").trim().split(/\s+/).filter(Boolean) : [];
}

describe("terrane show -json of a plan matches terraform with the built-in providers as plugins", () => {
  const cases = readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "expected-show.json")));

  it("has a JSON golden for every case", () => {
    expect(cases).toEqual(readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "main.tf"))));
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = pluginGoldenWorkDir(name);
      const planned = await runCli(["plan", "-no-color", "-out=tfplan", ...caseArgs(name)], { cwd: dir });
      expect(existsSync(join(dir, "tfplan")), planned.stderr).toBe(true);
      const r = await runCli(["show", "-json", "tfplan"], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(normalise(r.stdout)).toBe(normalise(readFileSync(join(FIXTURES, name, "expected-show.json"), "utf8")));
    });
  }
});
