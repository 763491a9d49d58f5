import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { valueEquals } from "../../../../lang/values/equality.js";
import { randomProvider } from "../../../../providers/builtin/random/index.js";
import { PET_ADJECTIVES } from "../../../../providers/builtin/random/pet-adjectives.js";
import { PET_ADVERBS } from "../../../../providers/builtin/random/pet-adverbs.js";
import { PET_NAMES } from "../../../../providers/builtin/random/pet-names.js";
import { attr, json, ResourceHarness, str } from "./harness.js";

// What creating each random resource produces: lengths, character sets and formats as the real
// provider's; and that updates store the plan, deletes remove the object and refreshes keep it.

const h = new ResourceHarness(randomProvider());
const SPECIAL = "!@#$%&*()-_=+[]{}<>:?";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

// A pattern matching strings made only of these characters.
function only(chars: string): RegExp {
  return new RegExp(`^[${chars.replace(/[\]\\^-]/g, "\\$&")}]*$`);
}

describe("random_string and random_password results", () => {
  const cases: [string, Record<string, unknown>, number, RegExp, (s: string) => boolean][] = [
    ["defaults", { length: 40 }, 40, only(ALNUM + SPECIAL), () => true],
    ["letters only", { length: 30, special: false, numeric: false }, 30, /^[A-Za-z]+$/, () => true],
    ["the override alone", { length: 4, override_special: "!", lower: false, upper: false, numeric: false }, 4, /^!!!!$/, () => true],
    ["minimums filling the length", { length: 6, min_upper: 6 }, 6, /^[A-Z]{6}$/, () => true],
    ["minimums of each class", { length: 8, min_upper: 2, min_lower: 2, min_numeric: 2, min_special: 2 }, 8, only(ALNUM + SPECIAL), hasEach(2)],
    ["a special minimum with special off", { length: 5, special: false, min_special: 5 }, 5, only(SPECIAL), () => true],
  ];

  it.each(cases)("random_string, %s", async (_, config, length, pattern, extra) => {
    const { state } = await h.create("random_string", config);
    const result = str(state, "result");
    expect([...result]).toHaveLength(length);
    expect(result).toMatch(pattern);
    expect(extra(result)).toBe(true);
    expect(str(state, "id")).toBe(result);
    expect(attr(state, "keepers").isNull).toBe(true);
  });

  it("random_password: id none and a bcrypt hash ($2a$, cost 10) of the result", async () => {
    const { state } = await h.create("random_password", { length: 16, keepers: { k: "v" } });
    const result = str(state, "result");
    expect(result).toHaveLength(16);
    expect(str(state, "id")).toBe("none");
    expect(str(state, "bcrypt_hash")).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
    expect(bcrypt.compareSync(result, str(state, "bcrypt_hash"))).toBe(true);
    expect(json(attr(state, "keepers"))).toEqual({ k: "v" });
  });

  it("random_password: the hash of a result longer than 72 bytes covers its first 72", async () => {
    const { state } = await h.create("random_password", { length: 80 });
    expect(bcrypt.compareSync(str(state, "result").slice(0, 72), str(state, "bcrypt_hash"))).toBe(true);
  });
});

function hasEach(n: number): (s: string) => boolean {
  const count = (s: string, re: RegExp) => [...s].filter((c) => re.test(c)).length;
  return (s) => count(s, /[A-Z]/) >= n && count(s, /[a-z]/) >= n && count(s, /[0-9]/) >= n && count(s, only(SPECIAL)) >= n;
}

describe("random_id, random_uuid, random_bytes results", () => {
  it("random_id presents the same bytes in every encoding, after the prefix", async () => {
    const { state } = await h.create("random_id", { byte_length: 8, prefix: "p-" });
    const id = str(state, "id");
    expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    const bytes = Buffer.from(id, "base64url");
    expect(str(state, "b64_url")).toBe(`p-${id}`);
    expect(str(state, "b64_std")).toBe(`p-${bytes.toString("base64")}`);
    expect(str(state, "hex")).toBe(`p-${bytes.toString("hex")}`);
    expect(str(state, "dec")).toBe(`p-${BigInt(`0x${bytes.toString("hex")}`)}`);
    expect(json(attr(state, "byte_length"))).toBe(8);
  });

  it("random_uuid is 8-4-4-4-12 lower-case hex, also as id", async () => {
    const { state } = await h.create("random_uuid", {});
    expect(str(state, "result")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(str(state, "id")).toBe(str(state, "result"));
  });

  it("random_bytes gives base64 and hex of length bytes", async () => {
    const { state } = await h.create("random_bytes", { length: 32 });
    const bytes = Buffer.from(str(state, "base64"), "base64");
    expect(bytes).toHaveLength(32);
    expect(str(state, "hex")).toBe(bytes.toString("hex"));
  });
});

describe("random_pet results", () => {
  const cases: [Record<string, unknown>, RegExp, readonly (readonly string[])[]][] = [
    [{}, /^[a-z]+-[a-z]+$/, [PET_ADJECTIVES, PET_NAMES]],
    [{ length: 1 }, /^[a-z]+$/, [PET_NAMES]],
    [{ length: 4, separator: "_" }, /^[a-z]+(_[a-z]+){3}$/, [PET_ADVERBS, PET_ADVERBS, PET_ADJECTIVES, PET_NAMES]],
    [{ length: 0 }, /^[a-z]+-[a-z]+$/, [PET_ADJECTIVES, PET_NAMES]],
  ];

  it.each(cases)("%j gives words from the petname lists", async (config, pattern, lists) => {
    const { state } = await h.create("random_pet", config);
    const id = str(state, "id");
    expect(id).toMatch(pattern);
    id.split(/[-_]/).forEach((w, i) => expect(lists[i]).toContain(w));
  });

  it("puts the prefix first, separated like the words", async () => {
    const { state } = await h.create("random_pet", { prefix: "web", separator: "." });
    expect(str(state, "id")).toMatch(/^web\.[a-z]+\.[a-z]+$/);
    expect(str(state, "prefix")).toBe("web");
  });

  it("uses the word lists of golang-petname", () => {
    expect([PET_ADJECTIVES.length, PET_ADVERBS.length, PET_NAMES.length]).toEqual([449, 261, 455]);
    expect(PET_NAMES.slice(0, 3)).toEqual(["ox", "ant", "ape"]);
    expect(PET_NAMES).not.toContain("jackass");
  });
});

describe("random resources after create", () => {
  it("store the plan on update, and remove the object on delete", async () => {
    const { state } = await h.create("random_id", { byte_length: 4 });
    const config = await h.config("random_id", { byte_length: 4, keepers: { a: null } });
    const plan = await h.plan("random_id", state, config);
    const updated = await h.provider.applyResourceChange({ typeName: "random_id", priorState: state, plannedState: plan.plannedState, config });
    expect(valueEquals(updated.newState, plan.plannedState)).toBe(true);
    const nothing = await h.nullState("random_id");
    const deleted = await h.provider.applyResourceChange({ typeName: "random_id", priorState: state, plannedState: nothing, config: nothing });
    expect(deleted.newState.isNull).toBe(true);
  });

  it("keep the object on refresh", async () => {
    const { state } = await h.create("random_password", { length: 10 });
    const read = await h.provider.readResource({ typeName: "random_password", currentState: state });
    expect(read.diagnostics).toEqual([]);
    expect(valueEquals(read.newState, state)).toBe(true);
  });

  it("report a create that the settings make impossible", async () => {
    const config = await h.config("random_integer", { min: 5, max: 1 });
    const prior = await h.nullState("random_integer");
    const plan = await h.plan("random_integer", prior, config);
    const applied = await h.provider.applyResourceChange({ typeName: "random_integer", priorState: prior, plannedState: plan.plannedState, config });
    expect(applied.diagnostics).toEqual([
      {
        severity: "error",
        summary: "Create Random Integer Error",
        detail: "The minimum (min) value needs to be smaller than or equal to maximum (max) value.",
      },
    ]);
    expect(applied.newState.isNull).toBe(true);
  });
});
