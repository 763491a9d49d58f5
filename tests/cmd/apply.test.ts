import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { AbsResource } from "../../core/addrs/abs-resource.js";
import { ModuleInstance } from "../../core/addrs/module-instance.js";
import { Resource } from "../../core/addrs/resource.js";
import { readStateFile, writeStateFile } from "../../core/states/index.js";
import type { CommandIO } from "../../cmd/io.js";
import { main } from "../../cmd/main.js";
import { applyProgress, goDuration } from "../../cmd/views/apply/apply-progress.js";
import { runCli } from "../helpers/cli.js";
import { asTerraformDiagnostics, withTerraneName } from "../helpers/terraform-diagnostics.js";

// `terrane apply` against `terraform apply -auto-approve` (and `terraform destroy -auto-approve`) on
// the same configuration and starting state (fixtures/apply/<case>, made by
// fixtures/apply/generate.sh with terraform_data; that script also checks that terraform plans "No
// changes" on the states terrane writes). Output is compared after normalising the product name,
// re-flowed prose, random ids and deposed keys; lines printed by concurrent operations are compared
// as a multiset, and each object's own lines in order. The resulting state files must be equal apart
// from lineage and random ids (serials included).

const FIXTURES = join(import.meta.dirname, "../../fixtures/apply");
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const PROGRESS = /^(\S.*?)(?: \(deposed object [0-9a-f]{8}\))?: (Refreshing state|Preparing import|Importing|Import complete|Creating|Creation complete|Modifying|Modifications complete|Destroying|Destruction complete|Reading|Read complete)/;

function workDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `terrane-apply-${name}-`));
  for (const entry of readdirSync(join(FIXTURES, name))) {
    if (entry === "before" || entry === "command" || entry.startsWith("expected")) continue;
    cpSync(join(FIXTURES, name, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

function normalise(text: string): { progress: string[]; perObject: Map<string, string[]>; body: string } {
  const lines = text
    .replaceAll("Terraform", "Terrane")
    .replace(UUID, "<uuid>")
    .replace(/deposed object [0-9a-f]{8}/g, "deposed object <key>")
    .replace(/after \d+s/g, "after 0s")
    .split("\n");
  const progress: string[] = [];
  const perObject = new Map<string, string[]>();
  const rest: string[] = [];
  for (const line of lines) {
    const m = PROGRESS.exec(line);
    if (!m) {
      rest.push(line);
      continue;
    }
    progress.push(line);
    if (m[2] !== "Refreshing state") perObject.set(m[1]!, [...(perObject.get(m[1]!) ?? []), m[2]!]);
  }
  const out: string[] = [];
  for (const line of rest) {
    const prev = out[out.length - 1];
    const prose = (l: string | undefined) => l !== undefined && /^[A-Za-z"(]/.test(l) && !/^(Plan|Changes to Outputs|Apply complete|Destroy complete|Outputs)/.test(l) && !/ = /.test(l);
    if (prose(prev) && prose(line) && !prev!.endsWith(":")) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return { progress: progress.sort(), perObject, body: out.join("\n") };
}

function stateShape(text: string): unknown {
  const doc = JSON.parse(text.replace(UUID, "<uuid>")) as Record<string, unknown>;
  delete doc.lineage;
  // Terraform writes check results in Go map order (random): compare them sorted.
  type Results = { object_kind: string; config_addr: string; objects: { object_addr: string }[] | null }[] | null;
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const r of (doc.check_results as Results) ?? []) r.objects?.sort((a, b) => order(a.object_addr, b.object_addr));
  (doc.check_results as Results)?.sort((a, b) => order(`${a.object_kind} ${a.config_addr}`, `${b.object_kind} ${b.config_addr}`));
  return doc;
}

describe("terrane apply matches terraform apply", () => {
  for (const name of readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "main.tf")))) {
    it(name, async () => {
      const dir = workDir(name);
      const start = existsSync(join(dir, "terraform.tfstate")) ? readFileSync(join(dir, "terraform.tfstate"), "utf8") : undefined;
      const command = existsSync(join(FIXTURES, name, "command")) ? readFileSync(join(FIXTURES, name, "command"), "utf8").trim().split(/\s+/) : ["apply", "-auto-approve"];
      const r = await runCli([...command, "-no-color"], { cwd: dir });
      const expected = normalise(readFileSync(join(FIXTURES, name, "expected-output.txt"), "utf8"));
      const actual = normalise(asTerraformDiagnostics(r.stdout));
      expect(asTerraformDiagnostics(r.stderr)).toBe(withTerraneName(readFileSync(join(FIXTURES, name, "expected-stderr.txt"), "utf8")));
      expect(actual.body).toBe(expected.body);
      expect(actual.progress).toEqual(expected.progress);
      expect(actual.perObject).toEqual(expected.perObject);
      expect(r.code).toBe(Number(readFileSync(join(FIXTURES, name, "expected-exit"), "utf8")));
      const written = readFileSync(join(dir, "terraform.tfstate"), "utf8");
      expect(stateShape(written)).toEqual(stateShape(readFileSync(join(FIXTURES, name, "expected.tfstate"), "utf8")));
      expect(writeStateFile(readStateFile(written).file!)).toBe(written);
      if (start) {
        expect(JSON.parse(written).lineage).toBe(JSON.parse(start).lineage);
        expect(readFileSync(join(dir, "terraform.tfstate.backup"), "utf8")).toBe(start);
      }
    });
  }

  it("writes states that our codec reads back unchanged, as it reads terraform's", () => {
    for (const name of readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "expected.tfstate")))) {
      const text = readFileSync(join(FIXTURES, name, "expected.tfstate"), "utf8");
      const file = readStateFile(text).file!;
      expect(writeStateFile(file)).toBe(text);
    }
  });
});

const SMALL = `resource "terraform_data" "a" {
  input = var.v
}

variable "v" {
  default = "one"
}

output "a" {
  value = terraform_data.a.output
}
`;

function smallDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "terrane-apply-small-"));
  writeFileSync(join(dir, "main.tf"), SMALL);
  return dir;
}

describe("terrane apply approval", () => {
  it("applies after 'yes' and cancels on anything else", async () => {
    const dir = smallDir();
    const no = await runCli(["apply", "-no-color"], { cwd: dir, stdin: "no\n" });
    expect(no.code).toBe(1);
    expect(no.stdout).toContain(
      "\nDo you want to perform these actions?\n  Terrane will perform the actions described above.\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: \nApply cancelled.\n",
    );
    expect(existsSync(join(dir, "terraform.tfstate"))).toBe(false);
    const yes = await runCli(["apply", "-no-color"], { cwd: dir, stdin: "yes\n" });
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain('Enter a value: \nterraform_data.a: Creating...\n');
    expect(yes.stdout).toMatch(/\nApply complete! Resources: 1 added, 0 changed, 0 destroyed.\n\nOutputs:\n\na = "one"\n$/);
    expect(JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")).serial).toBe(2);
  });

  it("fails without an answer, as terraform does (even with -input=false)", async () => {
    const r = await runCli(["apply", "-input=false", "-no-color"], { cwd: smallDir(), stdin: "" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Enter a value: $/);
    expect(r.stderr).toBe("\nError: error asking for approval: EOF\n\n");
  });

  it("does not ask when there is nothing to do", async () => {
    const dir = smallDir();
    expect((await runCli(["apply", "-auto-approve"], { cwd: dir })).code).toBe(0);
    const again = await runCli(["apply", "-no-color"], { cwd: dir, stdin: "" });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No changes. Your infrastructure matches the configuration.");
    expect(again.stdout).toContain("\nApply complete! Resources: 0 added, 0 changed, 0 destroyed.\n");
    expect(JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")).serial).toBe(2);
  });
});

describe("terrane apply PLANFILE", () => {
  it("applies a saved plan without asking, then refuses it as stale", async () => {
    const dir = smallDir();
    expect((await runCli(["plan", "-out=tfplan", "-var", "v=two"], { cwd: dir })).code).toBe(0);
    const r = await runCli(["apply", "-no-color", "tfplan"], { cwd: dir, stdin: "" });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("terraform_data.a: Creating...\n")).toBe(true);
    expect(r.stdout).toContain('a = "two"');
    const again = await runCli(["apply", "-no-color", "tfplan"], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      "\nError: Saved plan is stale\n\nThe given plan file can no longer be applied because the state was changed by\nanother operation after the plan was created.\n",
    );
  });

  it("refuses a plan made from another state lineage", async () => {
    const dir = smallDir();
    expect((await runCli(["apply", "-auto-approve"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["plan", "-out=tfplan", "-var", "v=two"], { cwd: dir })).code).toBe(0);
    const other = smallDir();
    expect((await runCli(["apply", "-auto-approve"], { cwd: other })).code).toBe(0);
    cpSync(join(dir, "tfplan"), join(other, "tfplan"));
    const r = await runCli(["apply", "-no-color", "tfplan"], { cwd: other });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: Saved plan does not match the given state");
  });

  it("refuses a plan whose configuration has changed since", async () => {
    const dir = smallDir();
    expect((await runCli(["plan", "-out=tfplan"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "main.tf"), SMALL.replace('"one"', '"changed"'));
    const r = await runCli(["apply", "-no-color", "tfplan"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: Saved plan does not match the configuration");
    expect(existsSync(join(dir, "terraform.tfstate"))).toBe(false);
  });

  it("refuses a corrupted plan file and variables with a plan file", async () => {
    const dir = smallDir();
    expect((await runCli(["plan", "-out=tfplan"], { cwd: dir })).code).toBe(0);
    const bytes = readFileSync(join(dir, "tfplan"));
    writeFileSync(join(dir, "bad"), Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([bytes[bytes.length - 1]! ^ 1])]));
    const bad = await runCli(["apply", "-no-color", "bad"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Error: Failed to read plan file");
    expect(bad.stderr).toContain("is corrupted: its checksum does not match its content.");
    const vars = await runCli(["apply", "-no-color", "-var", "v=x", "tfplan"], { cwd: dir });
    expect(vars.code).toBe(1);
    expect(vars.stderr).toContain("Error: Can't set variables when applying a saved plan");
    expect(existsSync(join(dir, "terraform.tfstate"))).toBe(false);
  });
});

describe("terrane apply with a failing provider", () => {
  it("applies what does not depend on the failure, saves it, and names the failed resource", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-apply-fail-"));
    writeFileSync(join(dir, "blocker"), "a file where a directory should be");
    writeFileSync(
      join(dir, "main.tf"),
      `resource "local_file" "bad" {
  filename = "\${path.module}/blocker/x.txt"
  content  = "x"
}

resource "terraform_data" "after_bad" {
  input = local_file.bad.id
}

resource "terraform_data" "independent" {
  count = 2
  input = count.index
}

output "bad" {
  value = local_file.bad.id
}

output "ok" {
  value = terraform_data.independent[1].output
}
`,
    );
    const r = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: Create local file error\n\n  with local_file.bad,\n  on main.tf:1:29, in resource "local_file" "bad":\n   1: resource "local_file" "bad" {\n');
    expect(r.stderr).toContain("open ./blocker/x.txt: not a directory");
    expect(r.stdout).toMatch(/terraform_data\.independent\[0\]: Creation complete after \d+s/);
    expect(r.stdout).not.toContain("terraform_data.after_bad: Creating...");
    expect(r.stdout).not.toContain("Apply complete!");
    const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")) as { resources: { name: string }[]; outputs: Record<string, unknown> };
    expect(state.resources.map((res) => res.name)).toEqual(["independent"]);
    expect(Object.keys(state.outputs)).toEqual(["ok"]);
  });

  it("skips only what refers to the failed instance, as Terraform's instance-level apply graph does", async () => {
    // Terraform 1.11.4 applied this configuration (with these providers as plugins) to a state of
    // bad (instance 0) and uses0, with the output zero.
    const dir = mkdtempSync(join(tmpdir(), "terrane-apply-fail-"));
    writeFileSync(join(dir, "blocker"), "a file where a directory should be");
    writeFileSync(
      join(dir, "main.tf"),
      `resource "local_file" "bad" {
  count    = 2
  filename = count.index == 1 ? "\${path.module}/blocker/x.txt" : "\${path.module}/ok.txt"
  content  = "x"
}

resource "terraform_data" "uses0" {
  input = local_file.bad[0].id
}

resource "terraform_data" "uses1" {
  input = local_file.bad[1].id
}

resource "terraform_data" "whole" {
  input = length(local_file.bad)
}

output "zero" {
  value = terraform_data.uses0.id != ""
}
`,
    );
    const r = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("terraform_data.uses0: Creating...");
    expect(r.stdout).not.toContain("terraform_data.uses1: Creating...");
    expect(r.stdout).not.toContain("terraform_data.whole: Creating...");
    const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")) as { resources: { name: string; instances: unknown[] }[]; outputs: Record<string, unknown> };
    expect(state.resources.map((res) => [res.name, res.instances.length])).toEqual([["bad", 1], ["uses0", 1]]);
    expect(Object.keys(state.outputs)).toEqual(["zero"]);
  });
});

describe("terrane apply progress", () => {
  const addr = new AbsResource(ModuleInstance.ROOT, new Resource("managed", "time_sleep", "w")).instance(null);

  it("prints Terraform's Still ... lines at each interval and whole seconds elapsed", () => {
    vi.useFakeTimers();
    try {
      let out = "";
      let now = 1_000_400;
      const p = applyProgress({ write: (s: string) => (out += s) }, { color: false, now: () => now });
      p.hooks.applying!({ addr, action: "update", id: { key: "id", value: "x1" } });
      now += 10_000;
      vi.advanceTimersByTime(10_000);
      now += 10_000;
      vi.advanceTimersByTime(10_000);
      p.hooks.applied!({ addr, action: "update", id: { key: "id", value: "x1" }, failed: false });
      vi.advanceTimersByTime(30_000);
      expect(out).toBe(
        "time_sleep.w: Modifying... [id=x1]\ntime_sleep.w: Still modifying... [id=x1, 10s elapsed]\ntime_sleep.w: Still modifying... [id=x1, 20s elapsed]\ntime_sleep.w: Modifications complete after 20s [id=x1]\n",
      );
      expect(p.counts).toEqual({ imported: 0, added: 0, changed: 1, removed: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("colours progress lines as Terraform does and does not count failures", () => {
    let out = "";
    const p = applyProgress({ write: (s: string) => (out += s) }, { color: true });
    p.hooks.applying!({ addr, action: "create" });
    p.hooks.applied!({ addr, action: "create", failed: true });
    p.stopTimers();
    expect(out).toBe("\x1b[0m\x1b[1mtime_sleep.w: Creating...\x1b[0m\x1b[0m\n");
    expect(p.counts).toEqual({ imported: 0, added: 0, changed: 0, removed: 0 });
    expect(goDuration(65_000)).toBe("1m5s");
  });
});

describe("terrane apply interrupted", () => {
  it("stops gracefully on Ctrl-C: nothing new starts, what completed is saved", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-apply-int-"));
    writeFileSync(
      join(dir, "main.tf"),
      `resource "terraform_data" "fast" {}

resource "time_sleep" "slow" {
  create_duration = "30s"
}

resource "terraform_data" "after" {
  input = time_sleep.slow.id
}
`,
    );
    let stdout = "";
    let stderr = "";
    const io: CommandIO = {
      stdout: {
        write: (t: string) => {
          stdout += t;
          if (t.startsWith("time_sleep.slow: Creating...")) setTimeout(() => process.emit("SIGINT"), 50);
        },
      },
      stderr: { write: (t: string) => (stderr += t) },
      stdin: Readable.from([""]),
      cwd: dir,
      originalCwd: dir,
      env: { NO_COLOR: "1" },
    };
    const started = Date.now();
    const code = await main(["apply", "-auto-approve"], io);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "\nInterrupt received.\nPlease wait for Terrane to exit or data loss may occur.\nGracefully shutting down...\n\nStopping operation...\n",
    );
    expect(stdout).not.toContain("terraform_data.after: Creating...");
    expect(stderr).toContain("Error: execution halted");
    const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")) as { resources: { name: string }[] };
    expect(state.resources.map((r) => r.name)).toContain("fast");
    expect(state.resources.map((r) => r.name)).not.toContain("after");
    expect(process.listenerCount("SIGINT")).toBe(0);
  });
});
