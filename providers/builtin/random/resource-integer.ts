import { NumberType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema } from "../../schema.js";
import type { ManagedResourceType } from "../kit/index.js";
import { frameworkResource, KEEPERS_ATTRIBUTE, type CreateResult } from "./framework-resource.js";
import { newSeededRand } from "./go-rand.js";
import { int64Conversion, int64Of } from "./validators.js";

// random_integer: a number from min to max inclusive, drawn with Go's math/rand seeded from `seed` (so
// a seed gives the same result as under Terraform) or from fresh randomness. Import takes
// "result,min,max" or "result,min,max,seed".

const SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "The resource `random_integer` generates random values from a given range, described by the `min` and `max` attributes of a given resource.\n\n" +
      "This resource can be used in conjunction with resources that have the `create_before_destroy` lifecycle flag set, to avoid conflicts with " +
      "unique names during the brief period where both the old and new resources exist concurrently.",
    attributes: {
      keepers: KEEPERS_ATTRIBUTE,
      min: { type: NumberType, required: true, description: "The minimum inclusive value of the range." },
      max: { type: NumberType, required: true, description: "The maximum inclusive value of the range." },
      seed: { type: StringType, optional: true, description: "A custom seed to always produce the same value." },
      result: { type: NumberType, computed: true, description: "The random integer result." },
      id: { type: StringType, computed: true, description: "The string representation of the integer result." },
    },
  },
};

/** The random_integer resource type. */
export function randomIntegerResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_integer",
    schema: SCHEMA,
    rules: {
      useStateForUnknown: ["result", "id"],
      replace: { keepers: "if-values-not-null", min: "always", max: "always", seed: "always" },
    },
    validate: (config) => int64Conversion(config, ["min", "max"]),
    create,
    import: importInteger,
  });
}

function create(planned: Value): CreateResult {
  const min = int64Of(planned, "min") ?? 0n;
  const max = int64Of(planned, "max") ?? 0n;
  if (max < min) {
    const detail = "The minimum (min) value needs to be smaller than or equal to maximum (max) value.";
    return { diagnostics: [{ severity: "error", summary: "Create Random Integer Error", detail }] };
  }
  const seedValue = planned.entries().get("seed")!;
  const seed = seedValue.isNull ? "" : seedValue.asString();
  // Go computes (max+1)-min in int64; a range wider than int64 wraps to a non-positive Intn argument.
  const span = BigInt.asIntN(64, max + 1n - min);
  if (span <= 0n) {
    const detail = `The range from ${min} to ${max} is too wide: it must hold at most 9223372036854775807 values.`;
    return { diagnostics: [{ severity: "error", summary: "Create Random Integer Error", detail }] };
  }
  const result = BigInt.asIntN(64, newSeededRand(seed).intn(span) + min);
  return {
    attributes: {
      id: Value.string(result.toString()),
      keepers: planned.entries().get("keepers")!,
      min: Value.numberFrom(min),
      max: Value.numberFrom(max),
      result: Value.numberFrom(result),
      seed: seed === "" ? Value.null(StringType) : Value.string(seed),
    },
    diagnostics: [],
  };
}

function importInteger(id: string): CreateResult {
  const parts = id.split(",");
  if (parts.length !== 3 && parts.length !== 4) {
    return importError("Invalid import usage: expecting {result},{min},{max} or {result},{min},{max},{seed}");
  }
  const labels = ["The value", "The min value", "The max value"];
  const numbers: bigint[] = [];
  for (const [i, label] of labels.entries()) {
    const n = parseGoInt64(parts[i]!);
    if (typeof n === "string") return importError(`${label} supplied could not be parsed as an integer.\n\nOriginal Error: ${n}`);
    numbers.push(n);
  }
  const [result, min, max] = numbers as [bigint, bigint, bigint];
  const attributes: Record<string, Value> = {
    id: Value.string(parts[0]!),
    result: Value.numberFrom(result),
    min: Value.numberFrom(min),
    max: Value.numberFrom(max),
  };
  if (parts.length === 4) attributes["seed"] = Value.string(parts[3]!);
  return { attributes, diagnostics: [] };
}

function importError(detail: string): CreateResult {
  return { diagnostics: [{ severity: "error", summary: "Import Random Integer Error", detail }] };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64): the value, or the error text Go gives. */
function parseGoInt64(s: string): bigint | string {
  if (!/^[+-]?\d+$/.test(s)) return `strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax`;
  const n = BigInt(s);
  if (n < INT64_MIN || n > INT64_MAX) return `strconv.ParseInt: parsing ${JSON.stringify(s)}: value out of range`;
  return n;
}
