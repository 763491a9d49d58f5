import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apply, type ApplyOptions } from "../../../core/apply/index.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import type { Config } from "../../../core/configs/model.js";
import { plan } from "../../../core/plan/index.js";
import type { Plan } from "../../../core/plans/changes.js";
import type { CheckResults } from "../../../core/states/check-results.js";
import { State } from "../../../core/states/state.js";
import { builtinProviders } from "../../../providers/builtin/index.js";

// The check results an apply leaves in the state: the plan's objects, each rule unknown until the
// apply evaluates it again (changed and no-op instances with conditions, outputs, check blocks);
// what only the plan evaluated (a data source read while planning) stays unknown; a destroy
// evaluates nothing.

function setup(main: string): { dir: string; config: Config; options: ApplyOptions } {
  const dir = mkdtempSync(join(tmpdir(), "terrane-apply-checks-"));
  writeFileSync(join(dir, "main.tf"), main);
  writeFileSync(join(dir, "in.txt"), "hi");
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  const builtins = builtinProviders({ cwd: dir });
  return { dir, config: built.config, options: { providers: (p) => builtins.get(p.toString()), cwd: dir, terraformVersion: "1.11.4" } };
}

async function planOf(s: ReturnType<typeof setup>, prev: State, mode: Plan["mode"] = "normal"): Promise<Plan> {
  const r = await plan(s.config, prev, { mode, refresh: true, variables: new Map(), providers: s.options.providers, cwd: s.dir, terraformVersion: "1.11.4" });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.plan!;
}

/** `kind addr: status` for every aggregate and object, sorted. */
function summary(results: CheckResults | null): string[] {
  return (results ?? []).flatMap((a) => [`${a.objectKind} ${a.configAddr}: ${a.status}`, ...a.objects.map((o) => `  ${o.objectAddr}: ${o.status}${o.failureMessages.map((m) => ` (${m})`).join("")}`)]).sort();
}

const MAIN = `
data "local_file" "in" {
  filename = "\${path.module}/in.txt"
  lifecycle {
    postcondition {
      condition     = self.content == "hi"
      error_message = "Wrong content."
    }
  }
}

resource "terraform_data" "a" {
  count = 2
  input = data.local_file.in.content
  lifecycle {
    postcondition {
      condition     = self.output == "hi"
      error_message = "The output of \${count.index} is \${self.output}."
    }
  }
}

output "a" {
  value = terraform_data.a[0].output
  precondition {
    condition     = terraform_data.a[0].output != ""
    error_message = "Empty."
  }
}

check "a" {
  assert {
    condition     = terraform_data.a[1].output == "bye"
    error_message = "Not bye."
  }
}
`;

describe("check results after apply", () => {
  it("records what the apply evaluated and keeps the plan's objects", async () => {
    const s = setup(MAIN);
    const first = await apply(s.config, await planOf(s, new State()), s.options);
    expect(first.diagnostics.map((d) => `${d.severity}: ${d.summary}`)).toEqual(["warning: Check block assertion failed"]);
    expect(summary(first.state.checkResults)).toEqual([
      "  check.a: fail (Not bye.)",
      "  data.local_file.in: unknown",
      "  output.a: pass",
      "  terraform_data.a[0]: pass",
      "  terraform_data.a[1]: pass",
      "check check.a: fail",
      "output output.a: pass",
      "resource data.local_file.in: unknown",
      "resource terraform_data.a: pass",
    ]);
    // Nothing changes the second time: the no-op instances' conditions are checked again all the same.
    const again = await apply(s.config, await planOf(s, first.state), s.options);
    expect(summary(again.state.checkResults)).toEqual(summary(first.state.checkResults));
  });

  it("evaluates nothing when destroying", async () => {
    const s = setup(MAIN);
    const first = await apply(s.config, await planOf(s, new State()), s.options);
    const gone = await apply(s.config, await planOf(s, first.state, "destroy"), s.options);
    expect(gone.diagnostics).toEqual([]);
    expect(summary(gone.state.checkResults)).toEqual([
      "  output.a: unknown",
      "check check.a: unknown",
      "output output.a: unknown",
      "resource data.local_file.in: unknown",
      "resource terraform_data.a: unknown",
    ]);
  });

  it("leaves a failed postcondition's object in the state and skips what depends on it", async () => {
    const s = setup(MAIN.replace('self.output == "hi"', 'self.output == "no"'));
    const r = await apply(s.config, await planOf(s, new State()), s.options);
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => d.detail)).toEqual(["The output of 0 is hi.", "The output of 1 is hi."]);
    expect([...r.state.allInstances()].map((i) => i.addr.toString()).sort()).toEqual(["data.local_file.in", "terraform_data.a[0]", "terraform_data.a[1]"]);
    expect(summary(r.state.checkResults)).toContain("  output.a: unknown");
    expect(summary(r.state.checkResults)).toContain("  terraform_data.a[1]: fail (The output of 1 is hi.)");
    expect(r.state.modules.get("")?.outputs.has("a")).toBe(false);
  });
});
