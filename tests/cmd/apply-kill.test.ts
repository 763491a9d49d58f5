import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FilesystemState } from "../../backends/index.js";
import { readStateFile, writeStateFile, type State } from "../../core/states/index.js";
import { runCli } from "../helpers/cli.js";
import { progressAddresses, startTerrane, type TerraneChild } from "./child/spawn-terrane.js";

// The kill test of the apply: an apply of COUNT local_file resources (the built-in hashicorp/local
// provider writes each file for real) runs in a process of its own and is killed with SIGKILL at a
// moment drawn from a seeded generator (after a random number of objects completed, plus a random
// few milliseconds). Then, for each of 20 seeds: the state file parses and is written as Terraform
// writes it; the state read through the backend (the snapshot with the journal replayed) holds only
// objects whose files exist, every file the provider wrote is in that state unless its creation was
// still in flight (at most -parallelism of them), and every object the run reported complete is in
// it; after force-unlock, the next apply creates exactly the missing objects and a plan then finds
// no changes, with one object per file and no journal left behind. Five more seeds kill a destroy of everything the same way: every file left
// is in the state, at most -parallelism objects in it have lost their file, none reported destroyed
// is in it, and the next destroy removes the rest. A failing case names its seed: SEEDS.

const COUNT = 250;
const PARALLELISM = 10;
const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i * 7919);
const CONFIG = `resource "local_file" "f" {
  count    = ${COUNT}
  filename = "\${path.module}/out/f\${count.index}.txt"
  content  = "object \${count.index}"
}
`;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kills the child once `completed` objects were reported done (created, or destroyed) and `delayMs` more passed. */
function killAt(child: TerraneChild, completed: number, delayMs: number, destroying = false): void {
  const [start, done] = destroying ? [": Destroying...", ": Destruction complete"] : [": Creating...", ": Creation complete"];
  let seen = 0;
  let armed = false;
  const arm = (): void => {
    armed = true;
    setTimeout(() => child.process.kill("SIGKILL"), delayMs);
  };
  child.process.stdout!.on("data", (d: Buffer) => {
    if (armed) return;
    seen += d.toString().split(done).length - 1;
    if (seen >= completed && child.output.stdout.includes(start)) arm();
  });
}

/** The files the provider wrote. */
function filesOnDisk(dir: string): Set<string> {
  return existsSync(join(dir, "out")) ? new Set(readdirSync(join(dir, "out"))) : new Set();
}

/** The file names the state's objects point at; fails on two objects for one file. */
function filesInState(state: State): Set<string> {
  const names = new Set<string>();
  for (const i of state.allInstances()) {
    expect(i.state.deposed.size).toBe(0);
    const name = (JSON.parse(i.state.current!.attrsJson) as { filename: string }).filename.replace("./out/", "");
    expect(names.has(name), `two objects for ${name}`).toBe(false);
    names.add(name);
  }
  return names;
}

/** The state as the next run reads it (snapshot plus journal); the file itself must parse as written. */
async function stateAfterKill(dir: string): Promise<{ state?: State; replayed: number }> {
  const path = join(dir, "terraform.tfstate");
  if (!existsSync(path)) return { replayed: 0 };
  const text = readFileSync(path, "utf8");
  const file = readStateFile(text).file;
  expect(file, "the state file parses").toBeDefined();
  expect(writeStateFile(file!)).toBe(text);
  const manager = new FilesystemState({ cwd: dir, path: "terraform.tfstate", terraformVersion: "1.11.4" });
  expect(await manager.refresh()).toEqual([]);
  return { state: manager.state(), replayed: manager.journalCounts.replayed };
}

/** How the runs ended: killed or not, and whether a journal had records the snapshot lacked. */
const outcomes: { killed: boolean; replayed: boolean }[] = [];

describe("apply killed with SIGKILL at random moments", () => {
  it.each(SEEDS)("seed %i: loses no completed object and converges", async (seed) => {
    const random = generator(seed);
    const completed = Math.floor(random() * COUNT);
    const delayMs = Math.floor(random() * 25);
    const dir = mkdtempSync(join(tmpdir(), `terrane-apply-kill-${seed}-`));
    writeFileSync(join(dir, "main.tf"), CONFIG);
    const child = startTerrane(dir, ["apply", "-auto-approve", "-no-color", `-parallelism=${PARALLELISM}`]);
    killAt(child, completed, delayMs);
    const ended = await child.exited;
    const why = `seed ${seed}: killed after ${completed} objects and ${delayMs} ms (${String(ended)})`;

    const { state, replayed } = await stateAfterKill(dir);
    outcomes.push({ killed: ended === "SIGKILL", replayed: replayed > 0 });
    const inState = state ? filesInState(state) : new Set<string>();
    const onDisk = filesOnDisk(dir);
    for (const name of inState) expect(onDisk.has(name), `${why}: ${name} is in the state but not on disk`).toBe(true);
    // A completion is printed after the object is recorded: whatever the run reported is in the state.
    const reported = progressAddresses(child.output.stdout, "Creation complete");
    const addrs = new Set(state ? [...state.allInstances()].map((i) => i.addr.toString()) : []);
    for (const addr of reported) expect(addrs.has(addr), `${why}: ${addr} was reported complete but is not in the state`).toBe(true);
    const untracked = [...onDisk].filter((name) => !inState.has(name));
    expect(untracked.length, `${why}: files not in the state: ${untracked.join(", ")}`).toBeLessThanOrEqual(PARALLELISM);

    const lockPath = join(dir, ".terraform.tfstate.lock.info");
    if (existsSync(lockPath)) {
      const id = (JSON.parse(readFileSync(lockPath, "utf8")) as { ID: string }).ID;
      expect((await runCli(["force-unlock", "-force", id], { cwd: dir })).code, why).toBe(0);
    }
    const rest = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect({ code: rest.code, stderr: rest.stderr }, why).toEqual({ code: 0, stderr: "" });
    expect(rest.stdout, why).toContain(`Apply complete! Resources: ${COUNT - inState.size} added, 0 changed, 0 destroyed.`);
    const plan = await runCli(["plan", "-detailed-exitcode", "-no-color"], { cwd: dir });
    expect({ code: plan.code, stderr: plan.stderr }, why).toEqual({ code: 0, stderr: "" });
    expect(plan.stdout, why).toContain("No changes.");

    const final = (await stateAfterKill(dir)).state;
    expect(filesInState(final!), why).toEqual(filesOnDisk(dir));
    expect(filesOnDisk(dir).size, why).toBe(COUNT);
    expect(readdirSync(dir).filter((f) => f.includes("journal")), why).toEqual([]);
  }, 60_000);

  it("killed the runs part-way, most of them with changes only the journal held", () => {
    expect(outcomes).toHaveLength(SEEDS.length);
    expect(outcomes.filter((o) => o.killed).length).toBeGreaterThanOrEqual(SEEDS.length - 2);
    expect(outcomes.filter((o) => o.replayed).length).toBeGreaterThanOrEqual(SEEDS.length / 2);
  });
});

describe("destroy killed with SIGKILL at random moments", () => {
  it.each(SEEDS.slice(0, 5))("seed %i: keeps every object not yet destroyed, forgets every one destroyed, and converges", async (seed) => {
    const random = generator(seed + 1);
    const completed = Math.floor(random() * COUNT);
    const delayMs = Math.floor(random() * 25);
    const dir = mkdtempSync(join(tmpdir(), `terrane-destroy-kill-${seed}-`));
    writeFileSync(join(dir, "main.tf"), CONFIG);
    expect((await runCli(["apply", "-auto-approve"], { cwd: dir })).code).toBe(0);
    const child = startTerrane(dir, ["destroy", "-auto-approve", "-no-color", `-parallelism=${PARALLELISM}`]);
    killAt(child, completed, delayMs, true);
    const why = `seed ${seed}: destroy killed after ${completed} objects and ${delayMs} ms (${String(await child.exited)})`;

    const { state } = await stateAfterKill(dir);
    const inState = filesInState(state!);
    const onDisk = filesOnDisk(dir);
    for (const name of onDisk) expect(inState.has(name), `${why}: ${name} is on disk but not in the state`).toBe(true);
    const gone = [...inState].filter((name) => !onDisk.has(name));
    expect(gone.length, `${why}: objects in the state whose files are gone: ${gone.join(", ")}`).toBeLessThanOrEqual(PARALLELISM);
    const addrs = new Set([...state!.allInstances()].map((i) => i.addr.toString()));
    for (const addr of progressAddresses(child.output.stdout, "Destruction complete")) expect(addrs.has(addr), `${why}: ${addr} was reported destroyed`).toBe(false);

    const lockPath = join(dir, ".terraform.tfstate.lock.info");
    if (existsSync(lockPath)) {
      const id = (JSON.parse(readFileSync(lockPath, "utf8")) as { ID: string }).ID;
      expect((await runCli(["force-unlock", "-force", id], { cwd: dir })).code, why).toBe(0);
    }
    const rest = await runCli(["destroy", "-auto-approve", "-no-color"], { cwd: dir });
    expect({ code: rest.code, stderr: rest.stderr }, why).toEqual({ code: 0, stderr: "" });
    expect(rest.stdout, why).toContain(`Destroy complete! Resources: ${onDisk.size} destroyed.`);
    expect([...(await stateAfterKill(dir)).state!.allInstances()], why).toEqual([]);
    expect(filesOnDisk(dir).size, why).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes("journal")), why).toEqual([]);
  }, 60_000);
});
