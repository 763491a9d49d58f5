import { StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic, UpgradeResourceStateResponse } from "../../provider.js";
import type { Schema } from "../../schema.js";
import { frameworkResource, objectOfSchema } from "./framework-resource.js";
import { providerError, type ManagedResourceType } from "../kit/index.js";
import { compareHashAndPassword, generateFromPassword, generateHash, generateHashSync } from "./password-hash.js";
import { generate, importedDefaults, randomReadError } from "./resource-string.js";
import { STRING_SETTINGS_ATTRIBUTES, stringPlanRules, validateStringSettings } from "./string-schema.js";
import { priorStringSchema, upgradedStringAttributes } from "./string-upgrade.js";

// random_password: random_string with a sensitive `result`, the constant id "none" and a sensitive
// `bcrypt_hash` of the result. Schema version 3: state of versions 0 and 1 (no `numeric`) and 2 is
// upgraded, and a version 2 hash that does not match its password (as 3.4.0 to 3.4.2 wrote them) is made again.

const SCHEMA: Schema = {
  version: 3,
  block: {
    description:
      "Identical to [random_string](string.html) with the exception that the result is treated as sensitive and, thus, _not_ displayed in " +
      "console output. Read more about sensitive data handling in the " +
      "[Terraform documentation](https://www.terraform.io/docs/language/state/sensitive-data.html).\n\n" +
      "This resource *does* use a cryptographic random number generator.",
    attributes: {
      ...STRING_SETTINGS_ATTRIBUTES,
      result: { type: StringType, computed: true, sensitive: true, description: "The generated random string." },
      bcrypt_hash: {
        type: StringType,
        computed: true,
        sensitive: true,
        description:
          "A bcrypt hash of the generated random string. **NOTE**: If the generated random string is greater than 72 bytes in length, " +
          "`bcrypt_hash` will contain a hash of the first 72 bytes.",
      },
      id: {
        type: StringType,
        computed: true,
        description: "A static value used internally by Terraform, this should not be referenced in configurations.",
      },
    },
  },
};

/** The random_password resource type. */
export function randomPasswordResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_password",
    schema: SCHEMA,
    rules: stringPlanRules(["result", "bcrypt_hash", "id"]),
    validate: validateStringSettings,
    create: async (planned) => {
      const result = generate(planned);
      if (result instanceof Error) return { diagnostics: [randomReadError(result.message)] };
      const hash = await generateHash(result);
      const attributes = { ...Object.fromEntries(planned.entries()), bcrypt_hash: Value.string(hash), id: Value.string("none"), result: Value.string(result) };
      return { attributes, diagnostics: [] };
    },
    import: async (id) => ({
      attributes: { ...importedDefaults(id), id: Value.string("none"), bcrypt_hash: Value.string(await generateHash(id)) },
      diagnostics: [],
    }),
    upgraders: {
      0: { prior: priorStringSchema(0, { numeric: false, bcryptHash: false }), upgrade: upgradeV0 },
      1: { prior: priorStringSchema(1, { numeric: false, bcryptHash: true }), upgrade: upgradeV1 },
      2: { prior: priorStringSchema(2, { numeric: true, bcryptHash: true }), upgrade: upgradeV2 },
    },
  });
}

// Version 0 had no bcrypt_hash: make one.
function upgradeV0(prior: Value): UpgradeResourceStateResponse {
  const attributes = upgradedStringAttributes(prior);
  const hash = generateHashSync(stringOf(attributes["result"]!));
  return done({ ...attributes, bcrypt_hash: Value.string(hash) });
}

function upgradeV1(prior: Value): UpgradeResourceStateResponse {
  return done({ ...upgradedStringAttributes(prior), bcrypt_hash: prior.entries().get("bcrypt_hash")! });
}

// Version 2 is version 3, except that its bcrypt_hash may not verify against its result.
function upgradeV2(prior: Value): UpgradeResourceStateResponse {
  const stored = prior.entries().get("bcrypt_hash")!;
  const attributes = { ...upgradedStringAttributes(prior), bcrypt_hash: stored };
  const password = stringOf(prior.entries().get("result")!);
  const check = compareHashAndPassword(stringOf(stored), password);
  if (check === "match") return done(attributes);
  if (check instanceof Error) {
    const detail =
      "An unexpected error occurred when comparing the state version 2 password and bcrypt hash. " +
      `This is always an issue in the provider and should be reported to the provider developers.\n\nOriginal Error: ${check.message}`;
    return done(attributes, [providerError("Version 3 State Upgrade Error", detail)]);
  }
  const hash = generateFromPassword(password);
  if (hash instanceof Error) {
    const detail =
      "An unexpected error occurred when generating a new password bcrypt hash. " +
      `Check the error below and ensure the system executing Terraform can properly generate randomness.\n\nOriginal Error: ${hash.message}`;
    return done(attributes, [providerError("Version 3 State Upgrade Error", detail)]);
  }
  return done({ ...attributes, bcrypt_hash: Value.string(hash) });
}

function done(attributes: Record<string, Value>, diagnostics: readonly ProviderDiagnostic[] = []): UpgradeResourceStateResponse {
  return { upgradedState: objectOfSchema(SCHEMA, attributes), diagnostics };
}

// types.String's ValueString: "" for null.
function stringOf(v: Value): string {
  return v.isNull ? "" : v.asString();
}
