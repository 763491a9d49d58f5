import { describe, expect, it } from "vitest";
import { GoRand, randomProvider } from "../../../../providers/builtin/random/index.js";
import { attr, json, ResourceHarness } from "./harness.js";

// Seeded results must be Terraform's: Go's math/rand (checked against outputs Go programs are known to
// print) and the random provider's own acceptance tests' expected values for random_shuffle and
// random_integer.

describe("Go math/rand", () => {
  it("gives Go's outputs for seed 1", () => {
    expect(new GoRand(1n).int63()).toBe(5577006791947779410n);
    const r = new GoRand(1n);
    expect(Array.from({ length: 10 }, () => Number(r.intn(100n)))).toEqual([81, 87, 47, 59, 81, 18, 25, 40, 56, 0]);
  });

  it("folds negative seeds as Go does", () => {
    expect(new GoRand(-19n).int63()).toBe(3548795938379065937n);
  });
});

describe("seeded random_shuffle", () => {
  const h = new ResourceHarness(randomProvider());
  const input = ["a", "b", "c", "d", "e"];
  const cases: [string, number | undefined, string[]][] = [
    ["the whole input", undefined, ["a", "c", "b", "e", "d"]],
    ["fewer", 3, ["a", "c", "b"]],
    ["more, from successive permutations", 12, ["a", "c", "b", "e", "d", "a", "e", "d", "c", "b", "a", "b"]],
    ["none", 0, []],
  ];

  it.each(cases)("seed \"-\", %s", async (_, count, expected) => {
    const { state } = await h.create("random_shuffle", { input, seed: "-", ...(count === undefined ? {} : { result_count: count }) });
    expect(json(attr(state, "result"))).toEqual(expected);
    expect(attr(state, "id").asString()).toBe("-");
  });

  it("returns an empty list for an empty input", async () => {
    const { state } = await h.create("random_shuffle", { input: [], seed: "-", result_count: 12 });
    expect(json(attr(state, "result"))).toEqual([]);
  });
});

describe("seeded random_integer", () => {
  const h = new ResourceHarness(randomProvider());
  const cases: [string, string, string, string][] = [
    ["12345", "1", "3", "3"],
    ["123456", "1", "3", "2"],
    ["12345", "7227701560655103597", "7227701560655103598", "7227701560655103598"],
  ];

  it.each(cases)("seed %s from %s to %s gives %s", async (seed, min, max, expected) => {
    const { state } = await h.create("random_integer", { seed, min: BigInt(min), max: BigInt(max) });
    expect(attr(state, "result").asNumber().toString()).toBe(expected);
    expect(attr(state, "id").asString()).toBe(expected);
  });

  it("stays within the range without a seed", async () => {
    for (let i = 0; i < 20; i++) {
      const { state } = await h.create("random_integer", { min: -2, max: 2 });
      const n = attr(state, "result").asNumber().toNumber();
      expect(n).toBeGreaterThanOrEqual(-2);
      expect(n).toBeLessThanOrEqual(2);
      expect(attr(state, "seed").isNull).toBe(true);
    }
  });
});
