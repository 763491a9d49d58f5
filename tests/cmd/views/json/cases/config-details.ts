import { State } from "../../../../../core/states/state.js";
import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, outputChange, planOf, ri, secret, stateOf, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/config-details: what the configuration part shows beyond plain resources: a
// module called with count and one with depends_on, provider configurations that only child modules
// use, a provisioner, a sensitive variable with a description, an optional attribute's default,
// sensitive outputs with depends_on, and references through indexes and keys.

const words = (w: string) => Value.tuple([Value.string(`${w}-1`), Value.string(`${w}-2`)]);
const create = (addr: string, input: Value) => change(addr, "create", NULL, tdPlanned(input));

/** The configuration details case. */
export const configDetails: JsonCase = {
  name: "config-details",
  priorState: () => new State(),
  plan: () =>
    planOf({
      priorState: stateOf([], { first_b: { value: js(5) } }),
      changes: [
        create("module.b.terraform_data.y", Value.tuple([secret("S-1"), secret("S-2")])),
        create("module.a[1].terraform_data.y", words("w1-x")),
        create("module.a[0].terraform_data.y", words("w0-x")),
      ],
      outputChanges: [outputChange("word", "create", NULL, Value.unknown(Value.string("").type), true), outputChange("first_b", "create", NULL, js(5))],
      variables: new Map([
        ["secret", secret("s")],
        ["items", Value.list([js({ a: "x", b: 5 })])],
      ]),
    }),
  relevantAttributes: () =>
    ["module.a[0].terraform_data.y", "module.a[1].terraform_data.y", "module.b.terraform_data.y"].map((a) => ({
      resource: ri(a),
      attr: [{ attr: "output" }, { index: 1 }],
    })),
};
