import { describe, expect, it } from "vitest";
import { planJson } from "../../../../cmd/views/json/index.js";
import { caseConfig, golden, LOCAL_EXEC, SCHEMAS } from "./builders.js";
import { CASES } from "./cases/index.js";
import { normaliseJson } from "./golden-normalise.js";

// Each case's hand-built plan against what `terraform show -json tfplan` (v1.11.4) printed for the
// same configuration and state (fixtures/json-format/<case>/plan.json), byte for byte after
// golden-normalise.ts.

describe("planJson", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const meta = { terraformVersion: "1.11.4", relevantAttributes: c.relevantAttributes?.() ?? [], provisionerSchema: () => LOCAL_EXEC };
    const ours = planJson(c.plan(), caseConfig(name), SCHEMAS, meta);
    expect(normaliseJson(ours)).toBe(normaliseJson(golden(name, "plan.json")));
  });
});
