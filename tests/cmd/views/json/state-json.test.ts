import { describe, expect, it } from "vitest";
import { stateJson } from "../../../../cmd/views/json/index.js";
import { golden, SCHEMAS } from "./builders.js";
import { CASES } from "./cases/index.js";
import { normaliseJson } from "./golden-normalise.js";

// Each case's hand-built states against `terraform show -json` (v1.11.4): the state the plan was made
// from (state.json, the empty form when there was none) and, where the case applied its plan, the
// state after (applied-state.json).

const meta = { terraformVersion: "1.11.4" };

describe("stateJson", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s: prior state", (name, c) => {
    expect(normaliseJson(stateJson(c.priorState(), SCHEMAS, meta))).toBe(normaliseJson(golden(name, "state.json")));
  });

  const applied = CASES.filter((c) => c.appliedState);
  it.each(applied.map((c) => [c.name, c] as const))("%s: applied state", (name, c) => {
    expect(normaliseJson(stateJson(c.appliedState!(), SCHEMAS, meta))).toBe(normaliseJson(golden(name, "applied-state.json")));
  });
});
