import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSource } from "../../../lang/format/index.js";

// Every input in fixtures/fmt/ must format to exactly the bytes `terraform fmt` wrote for it
// (the `.golden` file beside it, captured with fixtures/fmt/update-golden.sh).

const dir = new URL("../../../fixtures/fmt/", import.meta.url);
const inputs = readdirSync(dir).filter((n) => /\.(tf|tfvars|tftest\.hcl|tfmock\.hcl)$/.test(n));

describe("formatSource golden corpus", () => {
  it("has a corpus of at least 40 files, each with its golden output", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(40);
    for (const name of inputs) expect(readdirSync(dir)).toContain(`${name}.golden`);
  });

  it.each(inputs)("%s matches terraform fmt byte for byte", (name) => {
    const source = readFileSync(new URL(name, dir), "utf8");
    const golden = readFileSync(new URL(`${name}.golden`, dir), "utf8");
    const result = formatSource(source, name);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.output).toBe(golden);
  });
});
