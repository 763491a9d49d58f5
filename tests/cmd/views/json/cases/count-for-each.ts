import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, planOf, stateOf, tdObject, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/count-for-each: count grows from 1 to 3, a for_each set loses "b" and gains
// "x&y" (a key that JSON writes with an escape), and a for_each map makes two new instances.

const c0 = tdObject({ id: "947aed0a-8ec5-3e42-4f17-ad02eb714972", input: Value.string("c-0") });
const fa = tdObject({ id: "921ead6b-7fa2-6453-74e4-764530615eba", input: Value.string("a") });
const fb = tdObject({ id: "0301efac-a7dc-31a2-6947-e551ecd6e6b7", input: Value.string("b") });

const prior = () =>
  stateOf([
    { addr: "terraform_data.c[0]", value: c0 },
    { addr: 'terraform_data.f["a"]', value: fa },
    { addr: 'terraform_data.f["b"]', value: fb },
  ]);

const create = (addr: string, input: Value) => change(addr, "create", NULL, tdPlanned(input));

/** The count and for_each case. */
export const countForEach: JsonCase = {
  name: "count-for-each",
  priorState: prior,
  plan: () =>
    planOf({
      priorState: prior(),
      changes: [
        create('terraform_data.m["two"]', js(2)),
        create('terraform_data.f["x&y"]', Value.string("x&y")),
        change('terraform_data.f["b"]', "delete", fb, Value.null(fb.type), { reason: "delete-because-each-key" }),
        create("terraform_data.c[2]", Value.string("c-2")),
        create("terraform_data.c[1]", Value.string("c-1")),
        change('terraform_data.f["a"]', "no-op", fa, fa),
        create('terraform_data.m["one"]', js(1)),
        change("terraform_data.c[0]", "no-op", c0, c0),
      ],
    }),
};
