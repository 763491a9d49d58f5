import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apply, type ApplyOptions, type HookEvent, type StateSink } from "../../../core/apply/index.js";
import { buildConfig } from "../../../core/configs/config-builder.js";
import type { Config } from "../../../core/configs/model.js";
import { plan } from "../../../core/plan/index.js";
import type { Plan } from "../../../core/plans/changes.js";
import { State } from "../../../core/states/state.js";
import { builtinProviders } from "../../../providers/builtin/index.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";

// The apply executor through its public interface, with the built-in providers: the order of
// operations (dependencies first, destroys in reverse), the state sink, data sources read during
// apply, and the two interrupts.

function setup(main: string): { dir: string; config: Config } {
  const dir = mkdtempSync(join(tmpdir(), "terrane-core-apply-"));
  writeFileSync(join(dir, "main.tf"), main);
  const built = buildConfig(dir, { displayDir: "." });
  expect(built.diagnostics).toEqual([]);
  return { dir, config: built.config };
}

function resolver(dir: string): ApplyOptions["providers"] {
  const builtins = builtinProviders({ cwd: dir });
  return (p) => builtins.get(p.toString());
}

async function planOf(dir: string, config: Config, prev: State, mode: Plan["mode"] = "normal"): Promise<Plan> {
  const r = await plan(config, prev, { mode, refresh: true, variables: new Map(), providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4" });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.plan!;
}

/** Records the hooks' events as `start|done action addr`. */
function recorder(): { events: string[]; hooks: ApplyOptions["hooks"] } {
  const events: string[] = [];
  const name = (e: HookEvent) => `${e.action} ${e.addr.toString()}${e.deposedKey ? " (deposed)" : ""}`;
  return { events, hooks: { applying: (e) => events.push(`start ${name(e)}`), applied: (e) => events.push(`${e.failed ? "failed" : "done"} ${name(e)}`) } };
}

class MemorySink implements StateSink {
  readonly updates: number[] = [];
  flushed?: State;
  update(state: State): Diagnostic[] {
    this.updates.push([...state.allInstances()].length);
    return [];
  }
  flush(state: State): Promise<Diagnostic[]> {
    this.flushed = state;
    return Promise.resolve([]);
  }
}

const CHAIN = `
resource "terraform_data" "a" {
  input = "a"
}
resource "terraform_data" "b" {
  input = terraform_data.a.output
}
resource "terraform_data" "c" {
  input = terraform_data.b.output
}
output "c" {
  value = terraform_data.c.output
}
`;

describe("apply", () => {
  it("creates in dependency order, reports every change to the sink and stores dependencies", async () => {
    const { dir, config } = setup(CHAIN);
    const rec = recorder();
    const sink = new MemorySink();
    const r = await apply(config, await planOf(dir, config, new State()), { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4", hooks: rec.hooks, sink });
    expect(r.diagnostics).toEqual([]);
    expect(rec.events).toEqual(["start create terraform_data.a", "done create terraform_data.a", "start create terraform_data.b", "done create terraform_data.b", "start create terraform_data.c", "done create terraform_data.c"]);
    expect(sink.updates).toEqual([1, 2, 3]);
    expect(sink.flushed).toBe(r.state);
    const c = [...r.state.allInstances()].find((i) => i.addr.toString() === "terraform_data.c")!;
    expect(c.state.current!.dependencies.map((d) => d.toString())).toEqual(["terraform_data.a", "terraform_data.b"]);
    expect(r.state.modules.get("")!.outputs.get("c")!.value.asString()).toBe("a");
  });

  it("destroys in reverse dependency order and removes the outputs", async () => {
    const { dir, config } = setup(CHAIN);
    const created = await apply(config, await planOf(dir, config, new State()), { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4" });
    const rec = recorder();
    const r = await apply(config, await planOf(dir, config, created.state, "destroy"), { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4", hooks: rec.hooks });
    expect(r.diagnostics).toEqual([]);
    expect(rec.events).toEqual(["start delete terraform_data.c", "done delete terraform_data.c", "start delete terraform_data.b", "done delete terraform_data.b", "start delete terraform_data.a", "done delete terraform_data.a"]);
    expect(r.state.isEmpty).toBe(true);
  });

  it("reads a data source during apply once what it depends on exists", async () => {
    const { dir, config } = setup(`
resource "local_file" "w" {
  filename = "\${path.module}/out.txt"
  content  = "written"
}
data "local_file" "r" {
  filename   = local_file.w.filename
  depends_on = [local_file.w]
}
output "read" {
  value = data.local_file.r.content
}
`);
    const p = await planOf(dir, config, new State());
    expect(p.changes.map((c) => `${c.change.action} ${c.addr.toString()}`)).toEqual(["create local_file.w", "read data.local_file.r"]);
    const rec = recorder();
    const r = await apply(config, p, { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4", hooks: rec.hooks });
    expect(r.diagnostics).toEqual([]);
    expect(rec.events.slice(2)).toEqual(["start read data.local_file.r", "done read data.local_file.r"]);
    expect(r.state.modules.get("")!.outputs.get("read")!.value.asString()).toBe("written");
  });

  it("starts nothing new after the first interrupt and still hands over the state", async () => {
    const { dir, config } = setup(CHAIN);
    const stop = new AbortController();
    const sink = new MemorySink();
    const hooks = { applied: () => stop.abort() };
    const r = await apply(config, await planOf(dir, config, new State()), { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4", hooks, sink, stop: stop.signal });
    expect(r.interrupted).toBe(true);
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["execution halted"]);
    expect([...r.state.allInstances()].map((i) => i.addr.toString())).toEqual(["terraform_data.a"]);
    expect(sink.flushed).toBe(r.state);
  });

  it("returns at once on the second interrupt with what has completed", async () => {
    const { dir, config } = setup(`
resource "terraform_data" "fast" {}
resource "time_sleep" "slow" {
  create_duration = "3s"
}
`);
    const cancel = new AbortController();
    const hooks = { applying: (e: HookEvent) => void (e.addr.toString() === "time_sleep.slow" && setTimeout(() => cancel.abort(), 100)) };
    const started = Date.now();
    const r = await apply(config, await planOf(dir, config, new State()), { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4", hooks, cancel: cancel.signal, parallelism: 1 });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(r.interrupted).toBe(true);
    expect([...r.state.allInstances()].map((i) => i.addr.toString())).not.toContain("time_sleep.slow");
  });

  it("refuses a plan that failed", async () => {
    const { dir, config } = setup(CHAIN);
    const p = { ...(await planOf(dir, config, new State())), complete: false, errored: true };
    const r = await apply(config, p, { providers: resolver(dir), cwd: dir, terraformVersion: "1.11.4" });
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Cannot apply failed plan"]);
  });

  it("keeps a half-created object as tainted when the provider reports an error with it", async () => {
    const { dir, config } = setup(`
resource "terraform_data" "a" {
  input = "a"
}
resource "terraform_data" "b" {
  input = terraform_data.a.output
}
resource "terraform_data" "other" {}
`);
    const builtins = builtinProviders({ cwd: dir });
    // The real terraform_data provider, whose apply of "a" also reports an error (as a provider does
    // when a create fails after the object exists).
    const failing: ApplyOptions["providers"] = (p) => {
      const real = builtins.get(p.toString());
      if (!real || p.toString() !== "terraform.io/builtin/terraform") return real;
      return async () => {
        const provider = await real();
        return new Proxy(provider, {
          get(target, key) {
            if (key !== "applyResourceChange") {
              const v = Reflect.get(target, key, target) as unknown;
              return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
            }
            return async (req: Parameters<typeof provider.applyResourceChange>[0]) => {
              const resp = await provider.applyResourceChange(req);
              const input = req.config.isNull ? undefined : req.config.entries().get("input");
              const fail = input !== undefined && !input.isNull && input.asString() === "a";
              return fail ? { ...resp, diagnostics: [{ severity: "error" as const, summary: "boom", detail: "half done" }] } : resp;
            };
          },
        });
      };
    };
    const rec = recorder();
    const r = await apply(config, await planOf(dir, config, new State()), { providers: failing, cwd: dir, terraformVersion: "1.11.4", hooks: rec.hooks });
    expect(r.diagnostics.map((d) => `${d.summary}: ${d.detail}`)).toEqual(["boom: half done"]);
    expect(rec.events).toContain("failed create terraform_data.a");
    expect(rec.events).not.toContain("start create terraform_data.b");
    const byAddr = new Map([...r.state.allInstances()].map((i) => [i.addr.toString(), i.state.current!]));
    expect(byAddr.get("terraform_data.a")!.status).toBe("tainted");
    expect(byAddr.get("terraform_data.other")!.status).toBe("ready");
    expect(byAddr.has("terraform_data.b")).toBe(false);
  });
});
