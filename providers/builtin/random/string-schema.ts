import { BoolType, NumberType, StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic } from "../../provider.js";
import type { SchemaAttribute } from "../../schema.js";
import type { FrameworkPlanRules, PlanAttributes } from "./framework-plan.js";
import { KEEPERS_ATTRIBUTE } from "./framework-resource.js";
import { atLeast, atLeastOneOfTrue, atLeastSumOf, deprecated, int64Conversion } from "./validators.js";

// The attributes random_string and random_password share, with their defaults, plan modifiers and
// validators: `length` and the four character classes with their minimums, `number` kept equal to its
// replacement `numeric`, and `override_special`, whose change from "" to null (left by 3.4.2) is not a
// replacement.

/** The deprecation message of `number`. */
export const NUMBER_DEPRECATION = "**NOTE**: This is deprecated, use `numeric` instead.";

const MIN_ATTRIBUTES = ["min_upper", "min_lower", "min_numeric", "min_special"] as const;

const optionalComputed = (type: typeof BoolType, description: string): SchemaAttribute => ({ type, optional: true, computed: true, description });

/** The configurable attributes of both resources' current schemas. */
export const STRING_SETTINGS_ATTRIBUTES: Readonly<Record<string, SchemaAttribute>> = {
  keepers: KEEPERS_ATTRIBUTE,
  length: {
    type: NumberType,
    required: true,
    description:
      "The length of the string desired. The minimum value for length is 1 and, length must also be >= (`min_upper` + `min_lower` + `min_numeric` + `min_special`).",
  },
  special: optionalComputed(BoolType, "Include special characters in the result. These are `!@#$%&*()-_=+[]{}<>:?`. Default value is `true`."),
  upper: optionalComputed(BoolType, "Include uppercase alphabet characters in the result. Default value is `true`."),
  lower: optionalComputed(BoolType, "Include lowercase alphabet characters in the result. Default value is `true`."),
  number: {
    ...optionalComputed(
      BoolType,
      "Include numeric characters in the result. Default value is `true`. If `number`, `upper`, `lower`, and `special` are all configured, " +
        `at least one of them must be set to \`true\`. ${NUMBER_DEPRECATION}`,
    ),
    deprecated: true,
  },
  numeric: optionalComputed(
    BoolType,
    "Include numeric characters in the result. Default value is `true`. If `numeric`, `upper`, `lower`, and `special` are all configured, " +
      "at least one of them must be set to `true`.",
  ),
  min_numeric: optionalComputed(NumberType, "Minimum number of numeric characters in the result. Default value is `0`."),
  min_upper: optionalComputed(NumberType, "Minimum number of uppercase alphabet characters in the result. Default value is `0`."),
  min_lower: optionalComputed(NumberType, "Minimum number of lowercase alphabet characters in the result. Default value is `0`."),
  min_special: optionalComputed(NumberType, "Minimum number of special characters in the result. Default value is `0`."),
  override_special: {
    type: StringType,
    optional: true,
    description:
      "Supply your own list of special characters to use for string generation.  This overrides the default character list in the special " +
      "argument.  The `special` argument must still be set to true for any overwritten characters to be used in generation.",
  },
};

/** The plan rules of both resources; `computed` lists their computed-only attributes, which keep their prior values. */
export function stringPlanRules(computed: readonly string[]): FrameworkPlanRules {
  const always = ["length", "special", "upper", "lower", "number", "numeric", ...MIN_ATTRIBUTES];
  return {
    defaults: {
      special: Value.bool(true),
      upper: Value.bool(true),
      lower: Value.bool(true),
      ...Object.fromEntries(MIN_ATTRIBUTES.map((n) => [n, Value.numberFrom(0)])),
    },
    useStateForUnknown: computed,
    replace: {
      keepers: "if-values-not-null",
      override_special: "unless-empty-string-to-null",
      ...Object.fromEntries(always.map((n) => [n, "always" as const])),
    },
    modify: syncNumberAndNumeric,
  };
}

// NumberNumericAttributePlanModifier, which both `number` and `numeric` have: each takes the other's
// configured value when it is not configured itself, and both default to true.
function syncNumberAndNumeric(attrs: PlanAttributes): readonly ProviderDiagnostic[] {
  const number = attrs.config.get("number")!;
  const numeric = attrs.config.get("numeric")!;
  if (!number.isNull && !numeric.isNull && goBool(number) !== goBool(numeric)) {
    return [{ severity: "error", summary: "Number and numeric are both configured with different values", detail: "Number is deprecated, use numeric instead" }];
  }
  if (number.isNull && numeric.isNull) {
    attrs.planned.set("number", Value.bool(true));
    attrs.planned.set("numeric", Value.bool(true));
  } else if (number.isNull) {
    attrs.planned.set("number", numeric);
  } else if (numeric.isNull) {
    attrs.planned.set("numeric", number);
  }
  return [];
}

// types.Bool's ValueBool: false for an unknown value.
function goBool(v: Value): boolean {
  return v.isKnown && v.asBool();
}

/** The validators of both resources' configurable attributes. */
export function validateStringSettings(config: Value): ProviderDiagnostic[] {
  return [
    ...int64Conversion(config, ["length", ...MIN_ATTRIBUTES]),
    ...atLeast(config, "length", 1n),
    ...atLeastSumOf(config, "length", MIN_ATTRIBUTES),
    ...atLeastOneOfTrue(config, "number", ["special", "upper", "lower"]),
    ...atLeastOneOfTrue(config, "numeric", ["special", "upper", "lower"]),
    ...deprecated(config, "number", NUMBER_DEPRECATION),
  ];
}
