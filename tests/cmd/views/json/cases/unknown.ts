import { State } from "../../../../../core/states/state.js";
import { listOf, StringType } from "../../../../../lang/types/type.js";
import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, outputChange, planOf, ri, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/unknown: terraform_data.b's input is built from terraform_data.a's attributes,
// which are known only after apply: unknown leaves, an unknown tuple element, an unknown nested
// attribute, and a whole unknown list (`maybe`, from a conditional on an unknown).

const unknownString = Value.unknown(StringType);
const bInput = Value.object({
  id: unknownString,
  list: Value.tuple([unknownString, Value.string("known")]),
  nested: js({ out: unknownString, fixed: 1 }),
  maybe: Value.unknown(listOf(StringType)),
});

/** The unknown-values case. */
export const unknown: JsonCase = {
  name: "unknown",
  priorState: () => new State(),
  plan: () =>
    planOf({
      priorState: new State(),
      changes: [
        change("terraform_data.b", "create", NULL, tdPlanned(bInput, { triggers_replace: Value.tuple([unknownString]) })),
        change("terraform_data.a", "create", NULL, tdPlanned(Value.string("x"))),
      ],
      outputChanges: [outputChange("b_input", "create", NULL, bInput), outputChange("b_out", "create", NULL, Value.unknown(bInput.type))],
    }),
  relevantAttributes: () => [
    { resource: ri("terraform_data.b"), attr: [{ attr: "input" }] },
    { resource: ri("terraform_data.a"), attr: [{ attr: "id" }] },
    { resource: ri("terraform_data.b"), attr: [{ attr: "output" }] },
    { resource: ri("terraform_data.a"), attr: [{ attr: "output" }] },
  ],
};
