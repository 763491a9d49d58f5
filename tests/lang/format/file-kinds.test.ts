import { describe, expect, it } from "vitest";
import { isFormattableFile, isIgnoredFile } from "../../../lang/format/index.js";

describe("isFormattableFile", () => {
  it.each([
    ["main.tf", true],
    ["dir/x.tfvars", true],
    ["a.tftest.hcl", true],
    ["a.tfmock.hcl", true],
    ["main.tf.json", false],
    ["x.tfvars.json", false],
    ["x.hcl", false],
    ["main.tf~", false],
  ])("%s → %s", (name, want) => {
    expect(isFormattableFile(name)).toBe(want);
  });
});

describe("isIgnoredFile", () => {
  it.each([
    [".hidden.tf", true],
    [".terraform", true],
    ["main.tf~", true],
    ["#main.tf#", true],
    ["#main.tf", false],
    ["main.tf", false],
  ])("%s → %s", (name, want) => {
    expect(isIgnoredFile(name)).toBe(want);
  });
});
