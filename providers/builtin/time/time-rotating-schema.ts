import { StringType } from "../../../lang/types/type.js";
import type { Schema } from "../../schema.js";
import { componentAttributes, optionalNumber, triggersAttribute } from "./time-attributes.js";

// The time_rotating schema (hashicorp/time v0.12): the base timestamp, the rotation_ arguments of
// which at least one is needed, and the computed fields of the rotation time.

/** The whole-number rotation_ arguments. */
export const ROTATIONS = ["rotation_years", "rotation_months", "rotation_days", "rotation_hours", "rotation_minutes"];

const rotation = (unit: string) =>
  optionalNumber(
    `Number of ${unit} to add to the base timestamp to configure the rotation timestamp. When the current time has passed the rotation timestamp, the resource will trigger recreation. At least one of the 'rotation_' arguments must be configured.`,
  );

/** The time_rotating schema. */
export const TIME_ROTATING_SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "Manages a rotating time resource, which keeps a rotating UTC timestamp stored in the Terraform state and proposes resource recreation when the locally sourced current time is beyond the rotation time. This rotation only occurs when Terraform is executed, meaning there will be drift between the rotation timestamp and actual rotation. The new rotation timestamp offset includes this drift. This prevents perpetual differences caused by using the [`timestamp()` function](https://www.terraform.io/docs/configuration/functions/timestamp.html) by only forcing a new value on the set cadence.",
    attributes: {
      ...componentAttributes("timestamp"),
      rotation_days: rotation("days"),
      rotation_hours: rotation("hours"),
      rotation_minutes: rotation("minutes"),
      rotation_months: rotation("months"),
      rotation_rfc3339: {
        type: StringType,
        optional: true,
        computed: true,
        description:
          "Configure the rotation timestamp with an [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.8) format of the offset timestamp. When the current time has passed the rotation timestamp, the resource will trigger recreation. At least one of the 'rotation_' arguments must be configured.",
      },
      rotation_years: rotation("years"),
      triggers: triggersAttribute(
        "Arbitrary map of values that, when changed, will trigger a new base timestamp value to be saved. These conditions recreate the resource in addition to other rotation arguments. See [the main provider documentation](../index.md) for more information.",
      ),
      rfc3339: {
        type: StringType,
        optional: true,
        computed: true,
        description:
          "Base timestamp in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.8) format (see [RFC3339 time string](https://tools.ietf.org/html/rfc3339#section-5.8) e.g., `YYYY-MM-DDTHH:MM:SSZ`). Defaults to the current time.",
      },
      id: { type: StringType, computed: true, description: "RFC3339 format of the timestamp, e.g. `2020-02-12T06:36:13Z`." },
    },
  },
};
