import { randomBytes } from "node:crypto";
import { NumberType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema } from "../../schema.js";
import { providerError, type ManagedResourceType } from "../kit/index.js";
import { frameworkResource, KEEPERS_ATTRIBUTE, RETRY_MSG, type CreateResult } from "./framework-resource.js";
import { Base64Error, decodeBase64, encodeBase64, RAW_URL_ENCODING, STD_ENCODING } from "../../../lang/text/go-base64.js";
import { int64Conversion, int64Of } from "./validators.js";

// random_id: `byte_length` random bytes from the system's cryptographic source, presented as URL-safe
// base64 (`id`, `b64_url`), standard base64, hex and decimal, the last four after `prefix`. Import takes
// the URL-safe base64 id, optionally after "prefix,".

const computed = (description: string) => ({ type: StringType, computed: true, description });

const SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "\nThe resource `random_id` generates random numbers that are intended to be\nused as unique identifiers for other resources.\n\n" +
      "This resource *does* use a cryptographic random number generator in order\nto minimize the chance of collisions, making the results of this resource\n" +
      "when a 16-byte identifier is requested of equivalent uniqueness to a\ntype-4 UUID.\n\n" +
      "This resource can be used in conjunction with resources that have\nthe `create_before_destroy` lifecycle flag set to avoid conflicts with\n" +
      "unique names during the brief period where both the old and new resources\nexist concurrently.\n",
    attributes: {
      keepers: KEEPERS_ATTRIBUTE,
      byte_length: {
        type: NumberType,
        required: true,
        description: "The number of random bytes to produce. The minimum value is 1, which produces eight bits of randomness.",
      },
      prefix: {
        type: StringType,
        optional: true,
        description:
          "Arbitrary string to prefix the output value with. This string is supplied as-is, meaning it is not guaranteed to be URL-safe or base64 encoded.",
      },
      b64_url: computed("The generated id presented in base64, using the URL-friendly character set: case-sensitive letters, digits and the characters `_` and `-`."),
      b64_std: computed("The generated id presented in base64 without additional transformations."),
      hex: computed("The generated id presented in padded hexadecimal digits. This result will always be twice as long as the requested byte length."),
      dec: computed("The generated id presented in non-padded decimal digits."),
      id: computed("The generated id presented in base64 without additional transformations or prefix."),
    },
  },
};

/** The random_id resource type. */
export function randomIdResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_id",
    schema: SCHEMA,
    rules: {
      useStateForUnknown: ["b64_url", "b64_std", "hex", "dec", "id"],
      replace: { keepers: "if-values-not-null", byte_length: "always", prefix: "always" },
    },
    validate: (config) => int64Conversion(config, ["byte_length"]),
    create,
    import: importId,
  });
}

function create(planned: Value): CreateResult {
  const length = int64Of(planned, "byte_length") ?? 0n;
  if (length < 0n) {
    return { diagnostics: [providerError("Invalid Attribute Value", `Attribute byte_length value must be at least 0, got: ${length}`, "byte_length")] };
  }
  const prefixValue = planned.entries().get("prefix")!;
  const prefix = prefixValue.isNull ? "" : prefixValue.asString();
  const bytes = randomBytes(Number(length));
  const id = encodeBase64(bytes, RAW_URL_ENCODING);
  return { attributes: { ...encodings(bytes, prefix, id), keepers: planned.entries().get("keepers")!, byte_length: Value.numberFrom(length), prefix: prefixValue }, diagnostics: [] };
}

function importId(importId: string): CreateResult {
  const sep = importId.lastIndexOf(",");
  const prefix = sep === -1 ? "" : importId.slice(0, sep);
  const id = sep === -1 ? importId : importId.slice(sep + 1);
  const bytes = decodeBase64(id, RAW_URL_ENCODING);
  if (bytes instanceof Base64Error) {
    const detail = `While attempting to import a random id there was a decoding error.\n\n+${RETRY_MSG}Original Error: ${bytes.message}`;
    return { diagnostics: [{ severity: "error", summary: "Import Random ID Error", detail }] };
  }
  const attributes = {
    ...encodings(bytes, prefix, id),
    byte_length: Value.numberFrom(bytes.length),
    prefix: prefix === "" ? Value.null(StringType) : Value.string(prefix),
  };
  return { attributes, diagnostics: [] };
}

function encodings(bytes: Uint8Array, prefix: string, id: string): Record<string, Value> {
  const hex = Buffer.from(bytes).toString("hex");
  const dec = bytes.length === 0 ? "0" : BigInt(`0x${hex}`).toString();
  return {
    id: Value.string(id),
    b64_url: Value.string(prefix + id),
    b64_std: Value.string(prefix + encodeBase64(bytes, STD_ENCODING)),
    hex: Value.string(prefix + hex),
    dec: Value.string(prefix + dec),
  };
}
