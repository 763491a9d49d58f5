import { State } from "../../../../../core/states/state.js";
import { change, NULL, planOf, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/providers: a provider block in the root and a child module that requires the
// same provider and inherits its configuration (its resources show the root's provider key).

/** The provider configurations case. */
export const providers: JsonCase = {
  name: "providers",
  priorState: () => new State(),
  plan: () =>
    planOf({
      priorState: new State(),
      changes: [change("module.a.terraform_data.y", "create", NULL, tdPlanned(undefined)), change("terraform_data.x", "create", NULL, tdPlanned(undefined))],
    }),
};
