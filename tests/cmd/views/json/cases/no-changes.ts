import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, outputChange, planOf, stateOf, tdObject } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/no-changes: the configuration applied unchanged; every change is a no-op.

const a = tdObject({ id: "e197d9e1-7087-73df-c437-039a4b66c871", input: Value.string("same") });
const b = tdObject({ id: "adeb7df8-c46c-69b2-ca61-ee0834c608a1", input: js([1, 2, 3]) });

const prior = () => stateOf([{ addr: "terraform_data.a", value: a }, { addr: "terraform_data.b", value: b }], { a: { value: Value.string("same") } });

/** The no-changes case. */
export const noChanges: JsonCase = {
  name: "no-changes",
  priorState: prior,
  plan: () =>
    planOf({
      priorState: prior(),
      changes: [change("terraform_data.a", "no-op", a, a), change("terraform_data.b", "no-op", b, b)],
      outputChanges: [outputChange("a", "no-op", Value.string("same"), Value.string("same"))],
      variables: new Map([["word", Value.string("same")]]),
      applyable: false,
    }),
};
