import { randomInt } from "node:crypto";
import { NumberType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema } from "../../schema.js";
import type { ManagedResourceType } from "../kit/index.js";
import { frameworkResource, KEEPERS_ATTRIBUTE, type CreateResult } from "./framework-resource.js";
import { PET_ADJECTIVES } from "./pet-adjectives.js";
import { PET_ADVERBS } from "./pet-adverbs.js";
import { PET_NAMES } from "./pet-names.js";
import { int64Conversion, int64Of } from "./validators.js";

// random_pet: a name of `length` words from the petname library's lists (golang-petname's Generate:
// one word is an animal, two an adjective and an animal, more put adverbs first), lowercased, joined by
// `separator`, after `prefix` when there is one. Not importable.

const SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "The resource `random_pet` generates random pet names that are intended to be used as unique identifiers for other resources.\n\n" +
      "This resource can be used in conjunction with resources that have the `create_before_destroy` lifecycle flag set, to avoid conflicts " +
      "with unique names during the brief period where both the old and new resources exist concurrently.",
    attributes: {
      keepers: KEEPERS_ATTRIBUTE,
      length: { type: NumberType, optional: true, computed: true, description: "The length (in words) of the pet name. Defaults to 2" },
      prefix: { type: StringType, optional: true, description: "A string to prefix the name with." },
      separator: {
        type: StringType,
        optional: true,
        computed: true,
        description: 'The character to separate words in the pet name. Defaults to "-"',
      },
      id: { type: StringType, computed: true, description: "The random pet name." },
    },
  },
};

/** The random_pet resource type. */
export function randomPetResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_pet",
    schema: SCHEMA,
    rules: {
      defaults: { length: Value.numberFrom(2), separator: Value.string("-") },
      useStateForUnknown: ["id"],
      replace: { keepers: "if-values-not-null", length: "always", prefix: "always", separator: "always" },
    },
    validate: (config) => int64Conversion(config, ["length"]),
    create,
  });
}

function create(planned: Value): CreateResult {
  const attrs = planned.entries();
  const length = int64Of(planned, "length") ?? 2n;
  const separator = attrs.get("separator")!.asString();
  const prefixValue = attrs.get("prefix")!;
  const prefix = prefixValue.isNull ? "" : prefixValue.asString();
  const pet = generatePetName(length, separator).toLowerCase();
  return {
    attributes: {
      keepers: attrs.get("keepers")!,
      length: Value.numberFrom(length),
      separator: Value.string(separator),
      prefix: prefix === "" ? Value.null(StringType) : Value.string(prefix),
      id: Value.string(prefix === "" ? pet : `${prefix}${separator}${pet}`),
    },
    diagnostics: [],
  };
}

/** golang-petname's Generate: a name, an adjective and a name, or adverbs then an adjective and a name. */
export function generatePetName(words: bigint, separator: string): string {
  if (words === 1n) return pick(PET_NAMES);
  if (words === 2n) return pick(PET_ADJECTIVES) + separator + pick(PET_NAMES);
  const parts: string[] = [];
  for (let i = 0n; i < words - 2n; i++) parts.push(pick(PET_ADVERBS));
  parts.push(pick(PET_ADJECTIVES), pick(PET_NAMES));
  return parts.join(separator);
}

function pick(words: readonly string[]): string {
  return words[randomInt(words.length)]!;
}
