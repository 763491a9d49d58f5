// The testcloud provider end to end through the real CLI: `terrane init -plugin-dir` installs it from
// an unpacked plugin directory, and plan, apply, drift (an object edited, then deleted, outside
// Terrane), an import block, a replacement (a ForceNew attribute changed) and destroy each run it as a
// plugin process. Every step of
// fixtures/testcloud-goldens/scenario.mjs is compared with what terraform 1.11.4 printed for the same
// step with the same provider (generate.mjs there; ids are random, so they are masked, and timings and
// the order of concurrent progress lines are normalised), and its real outcome is checked: the
// objects in the provider's store, the state, the lock file.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findStored, setUpWorkDir, stepArgs, stepFile, STEPS, type Step } from "../../fixtures/testcloud-goldens/scenario.mjs";
import { runCli, type CliResult } from "../helpers/cli.js";
import { normalisePlanOutput } from "../helpers/plan-output.js";
import { currentPlatform, TESTCLOUD_SOURCE, testcloudPluginDir } from "../helpers/test-provider.js";

let work = "";
let plugins = "";

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), "terrane-testcloud-"));
  plugins = join(base, "plugins");
  work = join(base, "work");
  mkdirSync(work);
  testcloudPluginDir(plugins);
  setUpWorkDir(work);
});

const PROGRESS = /^\S+: (Creating|Creation complete|Destroying|Destruction complete|Modifying|Modifications complete|Preparing import|Importing|Import complete|Refreshing state|Reading|Read complete)/;

/** Output with ids and timings masked, progress lines (concurrent, so unordered) apart and sorted, prose re-flowed. */
function normalise(text: string): { progress: string[]; body: string } {
  const masked = text
    .replace(/\b(srv|net)-[0-9a-f]{12}\b/g, "$1-ID")
    .replace(/after \d+s/g, "after Ns")
    .replaceAll(plugins, "PLUGIN_DIR");
  const lines = masked.split("\n");
  const progress = lines.filter((l) => PROGRESS.test(l)).sort();
  const rest = normalisePlanOutput(lines.filter((l) => !PROGRESS.test(l)).join("\n")).body;
  const body = rest.replace(/terraform (init|plan|apply|providers)/g, "terrane $1");
  return { progress, body };
}

/** The init texts compared without line wrapping (the shorter name re-wraps Terraform's paragraphs). */
function flat(text: string): string {
  return normalise(text).body.replace(/\s+/g, " ").trim();
}

function golden(i: number, ext: string): string {
  const path = `${stepFile(i)}.${ext}`;
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

/** `show -json` of the state with ids masked; Terraform's version field is Terrane's own. */
function stateJson(text: string): Record<string, unknown> {
  const doc = JSON.parse(text.replace(/\b(srv|net)-[0-9a-f]{12}\b/g, "$1-ID")) as Record<string, unknown>;
  delete doc.terraform_version;
  return doc;
}

function stored(typeName: string): Record<string, unknown>[] {
  const dir = join(work, "store", typeName);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown>);
}

/** The managed resources in the state file. */
function stateResources(): { type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[] {
  const resources: { mode: string }[] = JSON.parse(readFileSync(join(work, "terraform.tfstate"), "utf8")).resources;
  return resources.filter((r) => r.mode === "managed") as unknown as ReturnType<typeof stateResources>;
}

/** What each step must have done, beyond printing what terraform printed. */
const OUTCOMES: Record<string, (r: CliResult) => void> = {
  init() {
    const lock = readFileSync(join(work, ".terraform.lock.hcl"), "utf8");
    expect(lock).toContain(`provider "${TESTCLOUD_SOURCE}" {\n  version     = "0.1.0"\n  constraints = "~> 0.1.0"\n  hashes = [\n    "h1:`);
    const link = join(work, ".terraform/providers", TESTCLOUD_SOURCE, "0.1.0", currentPlatform());
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  },
  plan() {
    expect(existsSync(join(work, "store"))).toBe(false);
  },
  apply(r) {
    const [network] = stored("testcloud_network");
    const [server] = stored("testcloud_server");
    expect(network).toMatchObject({ name: "main", cidr: "10.10.0.0/16", gateway: "10.10.0.1" });
    expect(server).toMatchObject({ name: "web", size: "small", ip: "10.10.0.10", network_id: network!.id, image: "img-ubuntu-2404", tags: { role: "web" } });
    const state = stateResources();
    expect(state.map((s) => `${s.type}.${s.name}`).sort()).toEqual(["testcloud_network.main", "testcloud_server.web"]);
    expect(state.find((s) => s.type === "testcloud_server")!.instances[0]!.attributes.id).toBe(server!.id);
    expect(r.stdout).toContain('web_ip = "10.10.0.10"');
  },
  "no-changes"(r) {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No changes.");
  },
  "drift-edit"(r) {
    expect(findStored(work, "testcloud_server", "web")[1].size).toBe("large");
    expect(r.stdout).toContain('~ size           = "large" -> "small"');
  },
  "drift-delete"(r) {
    expect(stored("testcloud_server")).toEqual([]);
    expect(r.stdout).toContain("# testcloud_server.web has been deleted");
  },
  recreate() {
    const [server] = stored("testcloud_server");
    expect(server).toMatchObject({ name: "web", size: "small", ip: "10.10.0.10" });
    const inState = stateResources().find((s) => s.type === "testcloud_server")!.instances[0]!.attributes;
    expect(inState.id).toBe(server!.id);
  },
  "import-plan"(r) {
    expect(r.stdout).toContain("# testcloud_network.legacy will be imported");
    expect(stateResources().some((s) => s.name === "legacy")).toBe(false);
  },
  "import-apply"() {
    const legacy = stateResources().find((s) => s.name === "legacy")!;
    expect(legacy.instances[0]!.attributes).toEqual({ id: "net-legacy", name: "legacy", cidr: "10.20.0.0/16", gateway: "10.20.0.1" });
  },
  replace(r) {
    expect(r.stdout).toContain('~ image          = "img-ubuntu-2404" -> "img-ubuntu-2204" # forces replacement');
    const servers = stored("testcloud_server");
    expect(servers).toHaveLength(1);
    expect(servers[0]).toMatchObject({ name: "web", image: "img-ubuntu-2204", ip: "10.10.0.10" });
    const inState = stateResources().find((s) => s.type === "testcloud_server")!.instances[0]!.attributes;
    expect(inState.id).toBe(servers[0]!.id);
  },
  destroy() {
    expect(stored("testcloud_server")).toEqual([]);
    expect(stored("testcloud_network")).toEqual([]);
    expect(stateResources()).toEqual([]);
  },
};

describe("testcloud through terrane init -plugin-dir, compared with terraform", () => {
  STEPS.forEach((step, i) => {
    it(step.name, async () => {
      step.before?.(work);
      const r = await runCli(stepArgs(step, plugins), { cwd: work });
      expect(r.code).toBe(Number(golden(i, "exit")));
      if (step.name === "init") {
        expect(flat(r.stdout)).toBe(flat(golden(i, "stdout")));
      } else {
        expect(normalise(r.stdout)).toEqual(normalise(golden(i, "stdout")));
      }
      expect(normalise(r.stderr)).toEqual(normalise(golden(i, "stderr")));
      OUTCOMES[step.name]!(r);
      if (!step.show) return;
      const show = await runCli(["show", "-json"], { cwd: work });
      expect(stateJson(show.stdout)).toEqual(stateJson(golden(i, "show.json")));
    }, 30_000);
  });
});
