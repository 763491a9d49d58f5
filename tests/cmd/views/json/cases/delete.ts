import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, outputChange, planOf, stateOf, tdObject } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/delete: terraform_data.b is gone from the configuration, terraform_data.c's
// count went from 2 to 1, and the output that read b is gone too.

const a = tdObject({ id: "301daf03-4bba-cdcd-b5c2-b673911e7dfa", input: Value.string("keep") });
const b = tdObject({ id: "ed0d387a-b801-3f63-d1c1-098fc2f11652", input: js({ gone: true }) });
const c0 = tdObject({ id: "417d79a4-c26d-5c9c-5875-3a397b3a29c0", input: js(0) });
const c1 = tdObject({ id: "b85411e4-dd9a-6f37-7f92-980a7ff5ca90", input: js(1) });

const prior = () =>
  stateOf(
    [
      { addr: "terraform_data.a", value: a },
      { addr: "terraform_data.b", value: b },
      { addr: "terraform_data.c[0]", value: c0 },
      { addr: "terraform_data.c[1]", value: c1 },
    ],
    { gone: { value: js({ gone: true }) }, kept: { value: Value.string("keep") } },
  );

/** The delete case. */
export const deleteCase: JsonCase = {
  name: "delete",
  priorState: prior,
  plan: () =>
    planOf({
      priorState: prior(),
      changes: [
        change("terraform_data.c[1]", "delete", c1, Value.null(c1.type), { reason: "delete-because-count-index" }),
        change("terraform_data.a", "no-op", a, a),
        change("terraform_data.b", "delete", b, Value.null(b.type), { reason: "delete-because-no-resource-config" }),
        change("terraform_data.c[0]", "no-op", c0, c0),
      ],
      outputChanges: [outputChange("kept", "no-op", Value.string("keep"), Value.string("keep")), outputChange("gone", "delete", js({ gone: true }), NULL)],
    }),
};
