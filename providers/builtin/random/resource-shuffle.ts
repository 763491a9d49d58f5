import { listOf, NumberType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema } from "../../schema.js";
import { providerError, type ManagedResourceType } from "../kit/index.js";
import { frameworkResource, KEEPERS_ATTRIBUTE, type CreateResult } from "./framework-resource.js";
import { newSeededRand } from "./go-rand.js";
import { int64Conversion, int64Of } from "./validators.js";

// random_shuffle: `result_count` elements of `input` (all of them by default) in random order, drawn as
// successive Go rand.Perm permutations of the input until enough elements are out, with Go's math/rand
// seeded from `seed` (so a seed gives the same order as under Terraform). Not importable.

const SCHEMA: Schema = {
  version: 0,
  block: {
    description: "The resource `random_shuffle` generates a random permutation of a list of strings given as an argument.",
    attributes: {
      keepers: KEEPERS_ATTRIBUTE,
      seed: {
        type: StringType,
        optional: true,
        description:
          "Arbitrary string with which to seed the random number generator, in order to produce less-volatile permutations of the list.\n\n" +
          "**Important:** Even with an identical seed, it is not guaranteed that the same permutation will be produced across different versions " +
          "of Terraform. This argument causes the result to be *less volatile*, but not fixed for all time.",
      },
      input: { type: listOf(StringType), required: true, description: "The list of strings to shuffle." },
      result_count: {
        type: NumberType,
        optional: true,
        description:
          "The number of results to return. Defaults to the number of items in the `input` list. If fewer items are requested, some elements " +
          "will be excluded from the result. If more items are requested, items will be repeated in the result but not more frequently than " +
          "the number of items in the input list.",
      },
      result: {
        type: listOf(StringType),
        computed: true,
        description:
          "Random permutation of the list of strings given in `input`. The number of elements is determined by `result_count` if set, " +
          "or the number of elements in `input`.",
      },
      id: {
        type: StringType,
        computed: true,
        description: "A static value used internally by Terraform, this should not be referenced in configurations.",
      },
    },
  },
};

/** The random_shuffle resource type. */
export function randomShuffleResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_shuffle",
    schema: SCHEMA,
    rules: {
      useStateForUnknown: ["result", "id"],
      replace: { keepers: "if-values-not-null", seed: "always", input: "always", result_count: "always" },
    },
    validate: (config) => int64Conversion(config, ["result_count"]),
    create,
  });
}

function create(planned: Value): CreateResult {
  const attrs = planned.entries();
  const input = attrs.get("input")!.elements();
  const count = attrs.get("result_count")!.isNull ? BigInt(input.length) : int64Of(planned, "result_count")!;
  if (count < 0n) return { diagnostics: [providerError("Invalid Attribute Value", `Attribute result_count value must be at least 0, got: ${count}`, "result_count")] };
  const seedValue = attrs.get("seed")!;
  const result = count === 0n || input.length === 0 ? [] : shuffle(input, Number(count), seedValue.isNull ? "" : seedValue.asString());
  return { attributes: { ...Object.fromEntries(attrs), id: Value.string("-"), result: Value.list(result, StringType) }, diagnostics: [] };
}

function shuffle(input: readonly Value[], count: number, seed: string): Value[] {
  const rand = newSeededRand(seed);
  const out: Value[] = [];
  for (;;) {
    for (const i of rand.perm(input.length)) {
      out.push(input[i]!);
      if (out.length >= count) return out;
    }
  }
}
