import { State } from "../../../../../core/states/state.js";
import { StringType } from "../../../../../lang/types/type.js";
import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, outputChange, planOf, ri, stateOf, tdObject, tdPlanned, type StateEntry } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/data-source: a terraform_remote_state data source (read during planning, so
// it is in the prior state but has no change) feeding a resource and an output; after apply the
// resource depends on the data source.

const other = Value.object({
  backend: Value.string("local"),
  config: js({ path: "remote.tfstate" }),
  defaults: js({ fallback: "x" }),
  outputs: js({ fallback: "x", greeting: "hello", list: [1, 2] }),
  workspace: Value.null(StringType),
});
const read: StateEntry = { addr: "data.terraform_remote_state.other", value: other };
const greeting = { greeting: { value: Value.string("hello") } };

/** The data source case. */
export const dataSource: JsonCase = {
  name: "data-source",
  priorState: () => new State(),
  plan: () =>
    planOf({
      priorState: stateOf([read], greeting),
      changes: [change("terraform_data.uses", "create", NULL, tdPlanned(Value.string("hello")))],
      outputChanges: [outputChange("greeting", "create", NULL, Value.string("hello"))],
    }),
  relevantAttributes: () => [{ resource: ri("data.terraform_remote_state.other"), attr: [{ attr: "outputs" }, { attr: "greeting" }] }],
  appliedState: () =>
    stateOf(
      [
        {
          addr: "terraform_data.uses",
          value: tdObject({ id: "8a1950b8-9952-6eac-ef57-5bb52dfef775", input: Value.string("hello") }),
          dependencies: [read.addr],
        },
        read,
      ],
      greeting,
    ),
};
