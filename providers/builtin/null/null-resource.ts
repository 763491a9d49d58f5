import { randomBytes } from "node:crypto";
import { mapOf, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema } from "../../schema.js";
import type { ManagedResourceType } from "../kit/index.js";
import { frameworkResource } from "../random/framework-resource.js";

// null_resource: an object with no behaviour of its own, replaced when a non-null value of `triggers`
// changes (so that its provisioners run again). Its id is Go's rand.Int() in decimal, a random
// non-negative 63-bit integer. It cannot be imported.

const SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "The `null_resource` resource implements the standard resource lifecycle but takes no further action. On Terraform 1.4 and later, " +
      "use the [terraform_data resource type](https://developer.hashicorp.com/terraform/language/resources/terraform-data) instead.\n\n" +
      "The `triggers` argument allows specifying an arbitrary set of values that, when changed, will cause the resource to be replaced.",
    attributes: {
      triggers: {
        type: mapOf(StringType),
        optional: true,
        description: "A map of arbitrary strings that, when changed, will force the null resource to be replaced, re-running any associated provisioners.",
      },
      id: { type: StringType, computed: true, description: "This is set to a random value at create time." },
    },
  },
};

/** The null_resource resource type. */
export function nullResourceType(): ManagedResourceType {
  return frameworkResource({
    typeName: "null_resource",
    schema: SCHEMA,
    rules: { useStateForUnknown: ["id"], replace: { triggers: "if-values-not-null" } },
    create: (planned) => ({ attributes: { triggers: planned.entries().get("triggers")!, id: Value.string(goRandInt()) }, diagnostics: [] }),
  });
}

/** Go's rand.Int() on a 64-bit platform, in decimal: a uniformly random integer in [0, 2^63). */
export function goRandInt(): string {
  return BigInt.asUintN(63, randomBytes(8).readBigUInt64BE()).toString();
}
