import { describe, expect, it } from "vitest";
import { AbsResource, ModuleInstance, Resource } from "../../../core/addrs/index.js";
import { readStateFile, writeStateFile } from "../../../core/states/index.js";
import { fixture } from "./state-fixtures.js";

// Each fixtures/state/<case>/terraform.tfstate was written by Terraform v1.11.4 for the main.tf beside
// it (`terraform apply`, then `terraform taint` in tainted/ and lifecycle/). Reading and writing it
// back must give the same bytes.

const CASES = ["count", "for-each", "modules", "outputs", "sensitive", "tainted", "lifecycle", "checks", "data", "rewrite"];

describe("read then write gives Terraform's bytes back", () => {
  it.each(CASES)("%s", (name) => {
    const text = fixture(`${name}/terraform.tfstate`);
    const r = readStateFile(text);
    expect(r.diagnostics).toEqual([]);
    expect(writeStateFile(r.file!)).toBe(text);
  });
});

// rewrite/input.tfstate is hand-written in a loose form (unsorted resources and objects, a pre-0.13
// provider address, a float index key, module keys in a dependency, `each`, null and empty fields,
// deposed objects with private data, legacy flatmap attributes, an empty resource, `check_results: []`).
// rewrite/terraform.tfstate is what Terraform v1.11.4 wrote for it after `terraform state rm
// terraform_data.dummy`, which also raised the serial by one.
describe("a hand-written file is normalised as Terraform normalises it", () => {
  it("matches Terraform's rewrite", () => {
    const r = readStateFile(fixture("rewrite/input.tfstate"));
    expect(r.diagnostics).toEqual([]);
    const file = r.file!;
    const dummy = new AbsResource(ModuleInstance.ROOT, new Resource("managed", "terraform_data", "dummy"));
    file.state.modules.get("")!.resources.delete(dummy.resource.toString());
    expect(writeStateFile({ ...file, serial: file.serial + 1 })).toBe(fixture("rewrite/terraform.tfstate"));
  });
});
