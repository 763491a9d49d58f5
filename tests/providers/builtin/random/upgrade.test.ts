import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { randomProvider } from "../../../../providers/builtin/random/index.js";
import { attr, json, replaceNames, ResourceHarness, str } from "./harness.js";

// State written by older versions of the random provider (schema versions below the current ones), as
// their state files hold it, read and upgraded as random 3.7 does.

const h = new ResourceHarness(randomProvider());

const SETTINGS = { keepers: null, length: 12, lower: true, min_lower: 0, min_numeric: 0, min_special: 0, min_upper: 0, number: true, special: true, upper: true };
// What providers up to 3.3.1 stored for an imported object: every setting null.
const IMPORTED_SETTINGS = {
  keepers: null,
  length: null,
  lower: null,
  min_lower: null,
  min_numeric: null,
  min_special: null,
  min_upper: null,
  number: null,
  special: null,
  upper: null,
};
const RESULT = "Z=:cbrJE?Ltg";

async function upgrade(typeName: string, version: number, state: Record<string, unknown>) {
  return h.provider.upgradeResourceState({ typeName, version, rawStateJson: JSON.stringify(state) });
}

describe("random_string state upgrades", () => {
  const cases: [string, Record<string, unknown>][] = [
    ["written by 3.2 (SDK, schema 1)", { ...SETTINGS, id: RESULT, result: RESULT, override_special: null }],
    ["imported by 3.1 (nulls)", { ...IMPORTED_SETTINGS, id: RESULT, result: RESULT, override_special: null }],
  ];

  it.each(cases)("version 1, %s, gets defaults and numeric", async (_, stored) => {
    const r = await upgrade("random_string", 1, stored);
    expect(r.diagnostics).toEqual([]);
    expect(json(r.upgradedState)).toEqual({ ...SETTINGS, numeric: true, override_special: null, id: RESULT, result: RESULT });
    const plan = await h.update("random_string", r.upgradedState, { length: 12 });
    expect(replaceNames(plan)).toEqual([]);
  });

  it("reads version 2 (3.3 and later) as it is", async () => {
    const stored = { ...SETTINGS, numeric: true, override_special: "", id: RESULT, result: RESULT };
    const r = await upgrade("random_string", 2, stored);
    expect(r.diagnostics).toEqual([]);
    expect(json(r.upgradedState)).toEqual(stored);
  });

  it("refuses version 0 with the framework's message", async () => {
    const r = await upgrade("random_string", 0, { ...SETTINGS, id: RESULT, result: RESULT });
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        summary: "Unable to Upgrade Resource State",
        detail:
          "This resource was implemented with an UpgradeState() method, however Terraform was expecting an implementation for version 0 upgrade.\n\n" +
          "This is always an issue with the Terraform Provider and should be reported to the provider developer.",
      },
    ]);
  });

  it("says when stored JSON does not fit the prior schema", async () => {
    const r = await upgrade("random_string", 1, { ...SETTINGS, length: "twelve", id: RESULT, result: RESULT });
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Unable to Read Previously Saved State for UpgradeResourceState"]);
  });
});

describe("random_password state upgrades", () => {
  const goodHash = bcrypt.hashSync(RESULT, 4);
  const otherHash = bcrypt.hashSync("something else", 4);

  it("version 0 (3.1) gets a bcrypt hash of its result", async () => {
    const r = await upgrade("random_password", 0, { ...IMPORTED_SETTINGS, id: "none", result: RESULT, override_special: null });
    expect(r.diagnostics).toEqual([]);
    expect(json(r.upgradedState)).toMatchObject({ ...SETTINGS, numeric: true, id: "none", result: RESULT });
    expect(bcrypt.compareSync(RESULT, str(r.upgradedState, "bcrypt_hash"))).toBe(true);
  });

  it("version 1 (3.2) keeps its hash", async () => {
    const r = await upgrade("random_password", 1, { ...SETTINGS, id: "none", result: RESULT, override_special: null, bcrypt_hash: otherHash });
    expect(r.diagnostics).toEqual([]);
    expect(str(r.upgradedState, "bcrypt_hash")).toBe(otherHash);
  });

  it("version 2 keeps a hash that matches its result", async () => {
    const stored = { ...SETTINGS, numeric: true, id: "none", result: RESULT, override_special: "", bcrypt_hash: goodHash };
    const r = await upgrade("random_password", 2, stored);
    expect(r.diagnostics).toEqual([]);
    expect(json(r.upgradedState)).toEqual(stored);
  });

  it("version 2 (3.4.0 to 3.4.2) gets a new hash when its hash does not match", async () => {
    const r = await upgrade("random_password", 2, { ...SETTINGS, numeric: true, id: "none", result: RESULT, override_special: null, bcrypt_hash: otherHash });
    expect(r.diagnostics).toEqual([]);
    const hash = str(r.upgradedState, "bcrypt_hash");
    expect(hash).toMatch(/^\$2a\$10\$/);
    expect(bcrypt.compareSync(RESULT, hash)).toBe(true);
  });

  it("version 2 takes numeric from number, as the provider does", async () => {
    const r = await upgrade("random_password", 2, { ...SETTINGS, number: false, numeric: true, id: "none", result: RESULT, bcrypt_hash: goodHash });
    expect([json(attr(r.upgradedState, "number")), json(attr(r.upgradedState, "numeric"))]).toEqual([false, false]);
  });

  it("version 2 with a malformed hash is an error, with the state kept", async () => {
    const r = await upgrade("random_password", 2, { ...SETTINGS, numeric: true, id: "none", result: RESULT, bcrypt_hash: "" });
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        summary: "Version 3 State Upgrade Error",
        detail:
          "An unexpected error occurred when comparing the state version 2 password and bcrypt hash. This is always an issue in the provider " +
          "and should be reported to the provider developers.\n\nOriginal Error: crypto/bcrypt: hashedSecret too short to be a bcrypted password",
      },
    ]);
    expect(str(r.upgradedState, "result")).toBe(RESULT);
  });
});

describe("resources without upgraders", () => {
  it("refuse an older version with the framework's message", async () => {
    const r = await upgrade("random_id", 1, { id: "AAE" });
    expect(r.diagnostics.map((d) => d.detail)).toEqual([
      "This resource was implemented without an UpgradeState() method, however Terraform was expecting an implementation for version 1 upgrade.\n\n" +
        "This is always an issue with the Terraform Provider and should be reported to the provider developer.",
    ]);
  });

  it("read the current version as stored", async () => {
    const stored = { id: "3", keepers: { a: "b" }, max: 3, min: 1, result: 3, seed: "12345" };
    const r = await upgrade("random_integer", 0, stored);
    expect(r.diagnostics).toEqual([]);
    expect(json(r.upgradedState)).toEqual(stored);
  });
});
