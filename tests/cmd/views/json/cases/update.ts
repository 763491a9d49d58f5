import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, outputChange, planOf, ri, stateOf, tdObject } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/update: terraform_data.a's input changes in place (its output becomes unknown),
// terraform_data.b stays; the output that reads a's output becomes unknown.

const A_ID = "9ea59a03-6d34-c15f-fcde-1917f7f646b6";
const a = tdObject({ id: A_ID, input: Value.string("one") });
const b = tdObject({ id: "a9906d9f-bd1a-676e-0629-2688be9bc851", input: js(["same", 1]) });
const aAfter = tdObject({ id: A_ID, input: Value.string("two"), output: Value.unknown(Value.string("").type) });

const prior = () => stateOf([{ addr: "terraform_data.a", value: a }, { addr: "terraform_data.b", value: b }], { a: { value: Value.string("one") } });

/** The update case. */
export const update: JsonCase = {
  name: "update",
  priorState: prior,
  plan: () =>
    planOf({
      priorState: prior(),
      changes: [change("terraform_data.b", "no-op", b, b), change("terraform_data.a", "update", a, aAfter)],
      outputChanges: [outputChange("a", "update", Value.string("one"), Value.unknown(Value.string("").type))],
    }),
  relevantAttributes: () => [{ resource: ri("terraform_data.a"), attr: [{ attr: "output" }] }],
};
