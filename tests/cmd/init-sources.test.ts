// `terrane init`, `providers lock` and `providers` against every provider source kind, step by step,
// compared with what terraform 1.11.4 printed and locked in the same scenarios
// (fixtures/init-sources/terraform, from generate.sh): filesystem mirrors in both layouts, a network
// mirror over HTTPS, include/exclude patterns, the implied local directories, dev overrides, bad CLI
// configurations, lock mismatches and -lockfile=readonly. Terraform lists providers in map order, so
// progress lines ("- ...") are compared as a set; all other text exactly, with Terrane's name and
// without line wrapping (the shorter name rewraps).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepare, readGolden, SCENARIOS, stepName, writeFiles, type Scenario } from "../../fixtures/init-sources/scenarios.js";
import { runCli } from "../helpers/cli.js";

const GOLDENS = join(__dirname, "../../fixtures/init-sources/terraform");

function asTerrane(text: string): string {
  return text
    .replace(/Terraform(?! provider registry)/g, "Terrane")
    .replace(/terraform (init|plan|providers)/g, "terrane $1")
    .replace(/\s+/g, " ")
    .trim();
}

// Progress lines and `providers` tree lines (both in Go map order) as sorted lists, and the rest of the
// text as one normalised string.
function split(text: string): { progress: string[]; rest: string } {
  const lines = text.split("\n");
  const unordered = (l: string) => l.startsWith("- ") || /^[│ ]*[├└]── provider\[/.test(l);
  const progress = lines.filter(unordered).map((l) => l.replace(/Terraform/g, "Terrane").replace(/├/g, "└")).sort();
  return { progress, rest: asTerrane(lines.filter((l) => !unordered(l)).join("\n")) };
}

async function runScenario(s: Scenario): Promise<void> {
  const p = await prepare(s);
  const dir = join(GOLDENS, s.name);
  try {
    for (const [i, step] of s.steps.entries()) {
      if ("write" in step) {
        writeFiles(p, step.write);
        continue;
      }
      const stem = stepName(i, step.args);
      const r = await runCli(step.args.map(p.fill), { cwd: p.work, env: p.env });
      const what = `${s.name} ${stem}`;
      expect(r.code, `${what} exit code; stderr: ${r.stderr}`).toBe(Number(readGolden(dir, `${stem}.exit`)));
      expect(split(p.normalize(r.stdout)), `${what} stdout`).toEqual(split(readGolden(dir, `${stem}.stdout`)!));
      expect(asTerrane(p.normalize(r.stderr)), `${what} stderr`).toBe(asTerrane(readGolden(dir, `${stem}.stderr`)!));
      const lock = join(p.work, ".terraform.lock.hcl");
      const got = existsSync(lock) ? p.normalize(readFileSync(lock, "utf8")) : undefined;
      expect(got, `${what} lock file`).toBe(readGolden(dir, `${stem}.lock`));
    }
  } finally {
    await p.mirror?.close();
    rmSync(p.tmp, { recursive: true, force: true });
  }
}

describe("provider sources, as terraform 1.11.4", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", async (_name, s) => runScenario(s), 30_000);
});
