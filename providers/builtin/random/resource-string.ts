import { StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic } from "../../provider.js";
import type { Schema } from "../../schema.js";
import type { ManagedResourceType } from "../kit/index.js";
import { frameworkResource, objectOfSchema, RETRY_MSG } from "./framework-resource.js";
import { createRandomString, type StringParams } from "./string-generate.js";
import { STRING_SETTINGS_ATTRIBUTES, stringPlanRules, validateStringSettings } from "./string-schema.js";
import { priorStringSchema, upgradedStringAttributes } from "./string-upgrade.js";
import { int64Of } from "./validators.js";

// random_string: a random string whose `result` (and `id`) is shown in plans. Schema version 2; state of
// version 1 (provider 3.2 and earlier) is upgraded. Import takes the string itself and assumes the
// defaults for everything else, so a configuration that differs from them replaces it at the next apply.

const SCHEMA: Schema = {
  version: 2,
  block: {
    description:
      "The resource `random_string` generates a random permutation of alphanumeric characters and optionally special characters.\n\n" +
      "This resource *does* use a cryptographic random number generator.\n\n" +
      "Historically this resource's intended usage has been ambiguous as the original example used it in a password. For backwards " +
      "compatibility it will continue to exist. For unique ids please use [random_id](id.html), for sensitive random values please use " +
      "[random_password](password.html).",
    attributes: {
      ...STRING_SETTINGS_ATTRIBUTES,
      result: { type: StringType, computed: true, description: "The generated random string." },
      id: { type: StringType, computed: true, description: "The generated random string." },
    },
  },
};

/** The random_string resource type. */
export function randomStringResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_string",
    schema: SCHEMA,
    rules: stringPlanRules(["result", "id"]),
    validate: validateStringSettings,
    create: (planned) => {
      const result = generate(planned);
      if (result instanceof Error) return { diagnostics: [randomReadError(result.message)] };
      return { attributes: { ...Object.fromEntries(planned.entries()), id: Value.string(result), result: Value.string(result) }, diagnostics: [] };
    },
    import: (id) => ({ attributes: { ...importedDefaults(id), id: Value.string(id) }, diagnostics: [] }),
    upgraders: {
      1: {
        prior: priorStringSchema(1, { numeric: false, bcryptHash: false }),
        upgrade: (prior) => ({ upgradedState: objectOfSchema(SCHEMA, upgradedStringAttributes(prior)), diagnostics: [] }),
      },
    },
  });
}

/** A new string for the settings of a planned random_string or random_password. */
export function generate(planned: Value): string | Error {
  const a = planned.entries();
  const bool = (name: string) => a.get(name)!.isKnown && !a.get(name)!.isNull && a.get(name)!.asBool();
  const int = (name: string) => int64Of(planned, name) ?? 0n;
  const override = a.get("override_special")!;
  const params: StringParams = {
    length: int("length"),
    upper: bool("upper"),
    minUpper: int("min_upper"),
    lower: bool("lower"),
    minLower: int("min_lower"),
    numeric: bool("numeric"),
    minNumeric: int("min_numeric"),
    special: bool("special"),
    minSpecial: int("min_special"),
    overrideSpecial: override.isNull ? "" : override.asString(),
  };
  return createRandomString(params);
}

/** The attributes an import gives both resources: the string as `result`, its byte length, and the defaults. */
export function importedDefaults(result: string): Record<string, Value> {
  return {
    result: Value.string(result),
    length: Value.numberFrom(Buffer.byteLength(result, "utf8")),
    special: Value.bool(true),
    upper: Value.bool(true),
    lower: Value.bool(true),
    number: Value.bool(true),
    numeric: Value.bool(true),
    min_special: Value.numberFrom(0),
    min_upper: Value.numberFrom(0),
    min_lower: Value.numberFrom(0),
    min_numeric: Value.numberFrom(0),
  };
}

/** The provider's error for a failure of the random source. */
export function randomReadError(message: string): ProviderDiagnostic {
  const detail = `While attempting to generate a random value for this resource, a read error was generated.\n\n${RETRY_MSG}Original Error: ${message}`;
  return { severity: "error", summary: "Random Read Error", detail };
}
