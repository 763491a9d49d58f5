import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../../cmd/diff/index.js";

// Each pair's expected output is what GNU diffutils 3.8 printed for
// `diff --label=old/NAME --label=new/NAME -u OLD NEW` (fixtures/fmt/diff/capture.mjs).

interface DiffCase {
  readonly name: string;
  readonly old: string;
  readonly new: string;
  readonly diff: string;
}

const cases = JSON.parse(readFileSync(new URL("../../../fixtures/fmt/diff/cases.json", import.meta.url), "utf8")) as DiffCase[];

describe("unifiedDiff", () => {
  it("has captured cases", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s matches GNU diff -u", (_name, c) => {
    expect(unifiedDiff(c.old, c.new, `old/${c.name}`, `new/${c.name}`)).toBe(c.diff);
  });

  it("prints nothing for equal texts", () => {
    expect(unifiedDiff("a\n", "a\n", "old/x", "new/x")).toBe("");
  });

  it("marks a missing final newline on either side", () => {
    expect(unifiedDiff("a=1", "a = 1", "old/x", "new/x")).toBe(
      "--- old/x\n+++ new/x\n@@ -1 +1 @@\n-a=1\n\\ No newline at end of file\n+a = 1\n\\ No newline at end of file\n",
    );
  });

  it("numbers an empty side as the line before it", () => {
    expect(unifiedDiff("", "a\n", "old/x", "new/x")).toBe("--- old/x\n+++ new/x\n@@ -0,0 +1 @@\n+a\n");
  });
});
