import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, planOf, stateOf, tdObject, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/replace: a changed triggers_replace replaces terraform_data.r (destroy first)
// and terraform_data.cbd (create first, by create_before_destroy); terraform_data.t is replaced
// because its replace_triggered_by names r.

const cbd = tdObject({ id: "5d5c31c5-0b0b-5977-9df0-491f651f7d0f", input: Value.string("y"), triggers_replace: Value.string("one") });
const r = tdObject({ id: "f1273e91-3e68-d4ee-a41b-47d5587d902b", input: Value.string("x"), triggers_replace: js({ version: "v1" }) });
const t = tdObject({ id: "db4537a0-842e-48bf-593d-e7ead22f7bc2", input: Value.string("z") });

const prior = () =>
  stateOf([
    { addr: "terraform_data.cbd", value: cbd },
    { addr: "terraform_data.r", value: r },
    { addr: "terraform_data.t", value: t, dependencies: ["terraform_data.r"] },
  ]);

const triggers = [[{ attr: "triggers_replace" }]];

/** The replace case. */
export const replace: JsonCase = {
  name: "replace",
  priorState: prior,
  plan: () =>
    planOf({
      priorState: prior(),
      changes: [
        change("terraform_data.r", "delete-then-create", r, tdPlanned(Value.string("x"), { triggers_replace: js({ version: "v2" }) }), {
          reason: "replace-because-cannot-update",
          replace: triggers,
        }),
        change("terraform_data.t", "delete-then-create", t, tdPlanned(Value.string("z")), { reason: "replace-by-triggers" }),
        change("terraform_data.cbd", "create-then-delete", cbd, tdPlanned(Value.string("y"), { triggers_replace: Value.string("two") }), {
          reason: "replace-because-cannot-update",
          replace: triggers,
        }),
      ],
    }),
};
