import { describe, expect, it } from "vitest";
import { typeExprString } from "../../../../lang/types/type.js";
import { randomProvider } from "../../../../providers/builtin/random/index.js";
import { attributeType, type SchemaAttribute } from "../../../../providers/schema.js";

// The schemas of the random provider 3.7: resource types, schema versions, and for every attribute its
// type and flags (R required, O optional, C computed, S sensitive, D deprecated).

function flags(a: SchemaAttribute): string {
  return [a.required && "R", a.optional && "O", a.computed && "C", a.sensitive && "S", a.deprecated && "D"].filter(Boolean).join("");
}

const STRING_SETTINGS = {
  keepers: "map(string) O",
  length: "number R",
  special: "bool OC",
  upper: "bool OC",
  lower: "bool OC",
  number: "bool OCD",
  numeric: "bool OC",
  min_numeric: "number OC",
  min_upper: "number OC",
  min_lower: "number OC",
  min_special: "number OC",
  override_special: "string O",
};

const cases: [string, number, Record<string, string>][] = [
  ["random_bytes", 0, { keepers: "map(string) O", length: "number R", base64: "string CS", hex: "string CS" }],
  [
    "random_id",
    0,
    {
      keepers: "map(string) O",
      byte_length: "number R",
      prefix: "string O",
      b64_url: "string C",
      b64_std: "string C",
      hex: "string C",
      dec: "string C",
      id: "string C",
    },
  ],
  [
    "random_integer",
    0,
    { keepers: "map(string) O", min: "number R", max: "number R", seed: "string O", result: "number C", id: "string C" },
  ],
  ["random_password", 3, { ...STRING_SETTINGS, result: "string CS", bcrypt_hash: "string CS", id: "string C" }],
  ["random_pet", 0, { keepers: "map(string) O", length: "number OC", prefix: "string O", separator: "string OC", id: "string C" }],
  [
    "random_shuffle",
    0,
    {
      keepers: "map(string) O",
      seed: "string O",
      input: "list(string) R",
      result_count: "number O",
      result: "list(string) C",
      id: "string C",
    },
  ],
  ["random_string", 2, { ...STRING_SETTINGS, result: "string C", id: "string C" }],
  ["random_uuid", 0, { keepers: "map(string) O", result: "string C", id: "string C" }],
];

describe("random provider schemas", () => {
  it("has exactly the resource types of random 3.7, no data sources and an empty provider block", async () => {
    const s = await randomProvider().getProviderSchema();
    expect(Object.keys(s.resourceTypes).sort()).toEqual(cases.map((c) => c[0]));
    expect(s.dataSources).toEqual({});
    expect(s.provider.block.attributes).toEqual({});
  });

  it.each(cases)("%s has schema version %i and its attributes", async (type, version, attrs) => {
    const schema = (await randomProvider().getProviderSchema()).resourceTypes[type]!;
    expect(schema.version).toBe(version);
    const actual = Object.fromEntries(
      Object.entries(schema.block.attributes).map(([n, a]) => [n, `${typeExprString(attributeType(a))} ${flags(a)}`]),
    );
    expect(actual).toEqual(attrs);
  });
});
