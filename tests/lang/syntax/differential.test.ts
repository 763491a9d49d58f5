import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as hcl2json } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../lang/syntax/index.js";
import { ourFirstError, project, shapeOf, theirFirstError } from "./hcl2json-shape.js";

// Differential test against HashiCorp's parser (hcl v2.23.0 inside @cdktf/hcl2json, Go compiled to
// WebAssembly, loaded once for the whole file). Every file of fixtures/parser-corpus/valid must be
// accepted by both parsers with the same blocks and attributes; every file of invalid/ must be
// rejected by both, with the same first error (summary and start of its subject). The first error of
// every invalid file was also checked against Terraform v1.11 (`terraform validate -json`): it agrees
// with hcl2json on all of them.

const CORPUS = fileURLToPath(new URL("../../../fixtures/parser-corpus/", import.meta.url));

// Files whose first error hcl2json reports differently from Terraform v1.11 (file name → reason);
// for these only the rejection is compared. None so far.
const TERRAFORM_DISAGREES = new Map<string, string>();

function corpus(folder: "valid" | "invalid"): [string, string][] {
  const dir = `${CORPUS}${folder}/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".tf"))
    .sort()
    .map((name) => [name, readFileSync(dir + name, "utf8")]);
}

/** hcl2json's verdict: its JSON form of the file, or its rejection message. */
async function theirs(name: string, source: string): Promise<{ json: unknown } | { error: string }> {
  try {
    return { json: await hcl2json(name, source) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const valid = corpus("valid");
const invalid = corpus("invalid");

describe("parser corpus", () => {
  it("has enough files on both sides", () => {
    expect(valid.length).toBeGreaterThanOrEqual(60);
    expect(invalid.length).toBeGreaterThanOrEqual(40);
  });
});

describe("valid files: both parsers accept, same structure", () => {
  it.each(valid)("%s", async (name, source) => {
    const hcl = await theirs(name, source);
    const ours = parseConfig(source, name);
    expect("error" in hcl ? hcl.error : undefined, "hcl2json rejects a file of valid/").toBeUndefined();
    expect(ourFirstError(ours.diagnostics), "we reject a file hcl2json accepts").toBeUndefined();
    if (!("json" in hcl)) return;
    const shape = shapeOf(ours.file.body);
    expect(project(hcl.json, shape)).toEqual(shape);
  });
});

describe("invalid files: both parsers reject, same first error", () => {
  it.each(invalid)("%s", async (name, source) => {
    const hcl = await theirs(name, source);
    const ours = parseConfig(source, name);
    expect("error" in hcl, "hcl2json accepts a file of invalid/").toBe(true);
    const mine = ourFirstError(ours.diagnostics);
    expect(mine, "we accept a file hcl2json rejects").toBeDefined();
    if (!("error" in hcl) || TERRAFORM_DISAGREES.has(name)) return;
    expect(mine).toBe(theirFirstError(hcl.error));
  });
});
