import { mapOf, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import { impliedType, type Schema } from "../../schema.js";
import type { DataSourceType } from "../kit/index.js";
import { goRandInt } from "./null-resource.js";

// null_data_source (deprecated): reading it copies `inputs` to `outputs`, sets `random` to a random
// integer, `has_computed_default` to "default" unless configured, and `id` to "static".

const ID_DEPRECATION =
  "This attribute is only present for some legacy compatibility issues and should not be used. It will be removed in a future version.";

const SCHEMA: Schema = {
  version: 0,
  block: {
    deprecated: true,
    description:
      "The `null_data_source` data source implements the standard data source lifecycle but does not\ninteract with any external APIs.\n\n" +
      "Historically, the `null_data_source` was typically used to construct intermediate values to re-use elsewhere in configuration. The\n" +
      "same can now be achieved using [locals](https://developer.hashicorp.com/terraform/language/values/locals) or the " +
      "[terraform_data resource type](https://developer.hashicorp.com/terraform/language/resources/terraform-data) in Terraform 1.4 and later.",
    attributes: {
      inputs: {
        type: mapOf(StringType),
        optional: true,
        description: "A map of arbitrary strings that is copied into the `outputs` attribute, and accessible directly for interpolation.",
      },
      outputs: { type: mapOf(StringType), computed: true, description: 'After the data source is "read", a copy of the `inputs` map.' },
      random: {
        type: StringType,
        computed: true,
        description:
          "A random value. This is primarily for testing and has little practical use; prefer the " +
          "[hashicorp/random provider](https://registry.terraform.io/providers/hashicorp/random) for more practical random number use-cases.",
      },
      has_computed_default: {
        type: StringType,
        optional: true,
        computed: true,
        description:
          'If set, its literal value will be stored and returned. If not, its value defaults to `"default"`. This argument exists primarily for testing and has little practical use.',
      },
      id: { type: StringType, computed: true, deprecated: true, description: ID_DEPRECATION },
    },
  },
};

/** The null_data_source data source. */
export function nullDataSourceType(): DataSourceType {
  return {
    schema: SCHEMA,
    read: (config) => {
      const a = config.entries();
      const hasDefault = a.get("has_computed_default")!;
      const state = Value.of(
        impliedType(SCHEMA.block),
        new Map([
          ["inputs", a.get("inputs")!],
          ["outputs", a.get("inputs")!],
          ["random", Value.string(goRandInt())],
          ["has_computed_default", hasDefault.isNull ? Value.string("default") : hasDefault],
          ["id", Value.string("static")],
        ]),
      );
      return { state, diagnostics: [] };
    },
  };
}
