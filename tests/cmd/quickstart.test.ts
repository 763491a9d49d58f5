import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// The README's quick start (fixtures/quickstart: random_pet, a module with terraform_data for_each and
// cidrsubnet, terraform_data and local_file with count, null_resource) against what terraform printed and wrote running Terrane's
// built-in providers as plugins (fixtures/quickstart-goldens/generate.sh): apply, apply again (no
// changes), destroy. The random values (the pet name, ids, the file's hashes) differ between runs,
// so each side's are read from its own state and replaced by placeholders named after where they
// are; lines printed by concurrent operations are compared as a multiset, each object's in order.

const GOLDENS = join(import.meta.dirname, "../../fixtures/quickstart-goldens");
const QUICKSTART = join(import.meta.dirname, "../../fixtures/quickstart");
const PROGRESS = /^(\S+?): (Refreshing state|Creating|Creation complete|Destroying|Destruction complete)/;

interface StateDoc {
  lineage: string;
  resources: { type: string; name: string; instances: { index_key?: string; attributes: Record<string, unknown> }[] }[];
}

/** The random values of a state by placeholder: `<random_pet.name.id>`, `<local_file.inventory.content_md5>`, ... */
function randomValues(state: StateDoc): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of state.resources) {
    for (const inst of r.instances) {
      const addr = `${r.type}.${r.name}${inst.index_key === undefined ? "" : `[${inst.index_key}]`}`;
      const attrs = inst.attributes;
      const names = r.type === "local_file" ? Object.keys(attrs).filter((k) => k === "id" || k.startsWith("content_")) : ["id"];
      for (const k of names) if (typeof attrs[k] === "string") out.set(`<${addr}.${k}>`, attrs[k] as string);
    }
  }
  return out;
}

/** `text` with the random values replaced (longest first, so that a value inside another goes after it). */
function placeholders(text: string, values: Map<string, string>): string {
  const entries = [...values].sort((a, b) => b[1].length - a[1].length);
  let out = text;
  for (const [name, value] of entries) out = out.replaceAll(value, name);
  return out;
}

/** Output split into its fixed body (prose re-joined, as wrapping differs with the product name) and its progress lines. */
function normalise(text: string, values: Map<string, string>): { body: string; progress: string[]; perObject: Map<string, string[]> } {
  const lines = placeholders(text, values).replaceAll("Terraform", "Terrane").replace(/after \d+s/g, "after 0s").split("\n");
  const progress: string[] = [];
  const perObject = new Map<string, string[]>();
  const body: string[] = [];
  for (const line of lines) {
    const m = PROGRESS.exec(line);
    if (m) {
      progress.push(line);
      perObject.set(m[1]!, [...(perObject.get(m[1]!) ?? []), m[2]!]);
      continue;
    }
    const prev = body[body.length - 1];
    const prose = (l: string | undefined) => l !== undefined && /^[A-Za-z"(]/.test(l) && !/^(Plan|Changes to Outputs|Apply complete|Destroy complete|Outputs|No changes)/.test(l) && !/ = /.test(l);
    if (prose(prev) && prose(line) && !prev!.endsWith(":")) body[body.length - 1] = `${prev} ${line}`;
    else body.push(line);
  }
  return { body: body.join("\n"), progress: progress.sort(), perObject };
}

function expectSameOutput(actual: string, actualValues: Map<string, string>, golden: string, goldenValues: Map<string, string>): void {
  const a = normalise(actual, actualValues);
  const e = normalise(readFileSync(join(GOLDENS, golden), "utf8"), goldenValues);
  expect(a.body).toBe(e.body);
  expect(a.progress).toEqual(e.progress);
  expect(a.perObject).toEqual(e.perObject);
}

function stateShape(text: string, values: Map<string, string>): unknown {
  const doc = JSON.parse(placeholders(text, values)) as Record<string, unknown>;
  delete doc.lineage;
  return doc;
}

function expectedExit(golden: string): number {
  const line = readFileSync(join(GOLDENS, "expected-exits"), "utf8").split("\n").find((l) => l.startsWith(`${golden} `));
  return Number(line!.split(" ")[1]);
}

describe("the quick start matches terraform", () => {
  it("applies, finds no changes, and destroys as terraform does, writing the same states", async () => {
    const dir = mkdtempSync(join(tmpdir(), "terrane-quickstart-"));
    cpSync(join(QUICKSTART, "main.tf"), join(dir, "main.tf"));
    cpSync(join(QUICKSTART, "modules"), join(dir, "modules"), { recursive: true });
    const goldenState = readFileSync(join(GOLDENS, "expected.tfstate"), "utf8");
    const goldenValues = randomValues(JSON.parse(goldenState) as StateDoc);

    const applied = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(expectedExit("expected-apply.txt"));
    const state = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    const values = randomValues(JSON.parse(state) as StateDoc);
    expect([...values.keys()].sort()).toEqual([...goldenValues.keys()].sort());
    expectSameOutput(applied.stdout, values, "expected-apply.txt", goldenValues);
    expect(stateShape(state, values)).toEqual(stateShape(goldenState, goldenValues));
    const inventory = readFileSync(join(dir, "out/inventory.json"), "utf8");
    expect(placeholders(inventory, values)).toBe(placeholders(readFileSync(join(GOLDENS, "expected-inventory.json"), "utf8"), goldenValues));
    for (const i of [0, 1, 2]) expect(existsSync(join(dir, `out/server-${i}.json`))).toBe(true);

    const again = await runCli(["apply", "-auto-approve", "-no-color"], { cwd: dir });
    expect(again.code).toBe(expectedExit("expected-apply-again.txt"));
    expectSameOutput(again.stdout, values, "expected-apply-again.txt", goldenValues);
    expect(readFileSync(join(dir, "terraform.tfstate"), "utf8")).toBe(state);

    const destroyed = await runCli(["destroy", "-auto-approve", "-no-color"], { cwd: dir });
    expect(destroyed.stderr).toBe("");
    expect(destroyed.code).toBe(expectedExit("expected-destroy.txt"));
    expectSameOutput(destroyed.stdout, values, "expected-destroy.txt", goldenValues);
    const after = readFileSync(join(dir, "terraform.tfstate"), "utf8");
    expect(stateShape(after, values)).toEqual(stateShape(readFileSync(join(GOLDENS, "expected-destroyed.tfstate"), "utf8"), goldenValues));
    expect(JSON.parse(after).lineage).toBe(JSON.parse(state).lineage);
    for (const f of ["inventory", "server-0", "server-1", "server-2"]) expect(existsSync(join(dir, `out/${f}.json`))).toBe(false);
  });

  it("has goldens whose random values differ from run to run only where the placeholders are", () => {
    const golden = JSON.parse(readFileSync(join(GOLDENS, "expected.tfstate"), "utf8")) as StateDoc;
    const values = randomValues(golden);
    expect(values.get("<random_pet.name.id>")).toMatch(/^demo-[a-z]+-[a-z]+$/);
    expect(values.get("<null_resource.notify.id>")).toMatch(/^\d+$/);
    expect(values.get("<local_file.inventory.id>")).toBe(values.get("<local_file.inventory.content_sha1>"));
  });
});
