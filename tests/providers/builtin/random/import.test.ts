import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { randomProvider } from "../../../../providers/builtin/random/index.js";
import type { ProviderDiagnostic } from "../../../../providers/provider.js";
import { attr, json, replaceNames, ResourceHarness, str } from "./harness.js";

// Import of every random resource that supports it, with the real provider's id formats, the state it
// builds (defaults assumed, keepers null) and its errors.

const h = new ResourceHarness(randomProvider());
const RETRY =
  "Retry the Terraform operation. If the error still occurs or happens regularly, please contact the provider developer " +
  "with hardware and operating system information.\n\n";

async function importOne(typeName: string, id: string): Promise<{ state: Record<string, unknown>; diagnostics: readonly ProviderDiagnostic[] }> {
  const r = await h.provider.importResourceState({ typeName, id });
  if (r.importedResources.length === 0) return { state: {}, diagnostics: r.diagnostics };
  expect(r.importedResources.map((i) => i.typeName)).toEqual([typeName]);
  return { state: json(r.importedResources[0]!.state) as Record<string, unknown>, diagnostics: r.diagnostics };
}

describe("random provider import", () => {
  const cases: [string, string, Record<string, unknown>][] = [
    [
      "random_id",
      "p-,8NVV7g",
      { id: "8NVV7g", b64_url: "p-8NVV7g", b64_std: "p-8NVV7g==", hex: "p-f0d555ee", dec: "p-4040513006", byte_length: 4, prefix: "p-", keepers: null },
    ],
    ["random_id", "AAE", { id: "AAE", b64_std: "AAE=", hex: "0001", dec: "1", byte_length: 2, prefix: null }],
    ["random_integer", "3,1,3,12345", { id: "3", result: 3, min: 1, max: 3, seed: "12345", keepers: null }],
    ["random_integer", "-7,-10,0", { id: "-7", result: -7, min: -10, max: 0, seed: null }],
    ["random_uuid", "6A0B2C3D-1111-2222-3333-444455556666", { id: "6a0b2c3d-1111-2222-3333-444455556666", result: "6a0b2c3d-1111-2222-3333-444455556666" }],
    ["random_bytes", "AQID", { base64: "AQID", hex: "010203", length: 3, keepers: null }],
    [
      "random_string",
      "Z=:cbrJE?Ltg",
      {
        id: "Z=:cbrJE?Ltg",
        result: "Z=:cbrJE?Ltg",
        length: 12,
        special: true,
        upper: true,
        lower: true,
        number: true,
        numeric: true,
        min_special: 0,
        min_upper: 0,
        min_lower: 0,
        min_numeric: 0,
        override_special: null,
        keepers: null,
      },
    ],
  ];

  it.each(cases)("%s %s", async (type, id, expected) => {
    const { state, diagnostics } = await importOne(type, id);
    expect(diagnostics).toEqual([]);
    expect(state).toMatchObject(expected);
  });

  it("random_password: id none, the result, and a bcrypt hash of it", async () => {
    const { state } = await importOne("random_password", "Z=:cbrJE?Ltg");
    expect(state).toMatchObject({ id: "none", result: "Z=:cbrJE?Ltg", length: 12, numeric: true, keepers: null });
    expect(bcrypt.compareSync("Z=:cbrJE?Ltg", state["bcrypt_hash"] as string)).toBe(true);
  });

  it("an imported string matches a configuration of its length and the defaults", async () => {
    const r = await h.provider.importResourceState({ typeName: "random_string", id: "abcdef" });
    const imported = r.importedResources[0]!.state;
    const same = await h.update("random_string", imported, { length: 6 });
    expect(replaceNames(same)).toEqual([]);
    expect(str(same.plannedState, "result")).toBe("abcdef");
    const other = await h.update("random_string", imported, { length: 6, lower: false });
    expect(replaceNames(other)).toEqual(["lower"]);
    expect(attr(imported, "keepers").isNull).toBe(true);
  });

  const errors: [string, string, string, string][] = [
    ["random_id", "a,b*c", "Import Random ID Error", `While attempting to import a random id there was a decoding error.\n\n+${RETRY}Original Error: illegal base64 data at input byte 1`],
    ["random_id", "AAE=", "Import Random ID Error", `While attempting to import a random id there was a decoding error.\n\n+${RETRY}Original Error: illegal base64 data at input byte 3`],
    ["random_integer", "1,2", "Import Random Integer Error", "Invalid import usage: expecting {result},{min},{max} or {result},{min},{max},{seed}"],
    [
      "random_integer",
      "1,x,3",
      "Import Random Integer Error",
      'The min value supplied could not be parsed as an integer.\n\nOriginal Error: strconv.ParseInt: parsing "x": invalid syntax',
    ],
    ["random_uuid", "not-a-uuid", "Import Random UUID Error", `There was an error during the parsing of the UUID.\n\n${RETRY}Original Error: uuid string is wrong length`],
    [
      "random_uuid",
      "6a0b2c3d-1111-2222-3333-44445555666g",
      "Import Random UUID Error",
      `There was an error during the parsing of the UUID.\n\n${RETRY}Original Error: encoding/hex: invalid byte: U+0067 'g'`,
    ],
    ["random_bytes", "AQI", "Import Random bytes Error", `There was an error during the parsing of the base64 string.\n\n${RETRY}Original Error: illegal base64 data at input byte 0`],
    ["random_pet", "x", "Resource Import Not Implemented", "This resource does not support import. Please contact the provider developer for additional information."],
    ["random_shuffle", "x", "Resource Import Not Implemented", "This resource does not support import. Please contact the provider developer for additional information."],
  ];

  it.each(errors)("%s refuses %s", async (type, id, summary, detail) => {
    const { diagnostics } = await importOne(type, id);
    expect(diagnostics).toEqual([{ severity: "error", summary, detail }]);
  });
});
