import { StringType } from "../../../../../lang/types/type.js";
import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, outputChange, planOf, ri, stateOf, tdObject, tdPlanned, type StateEntry } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/module: a child module (with a module of its own) whose argument changes, the
// same module called with for_each, and a root resource that reads the child's output.

const CHILD_ID = "e8211b21-9956-f565-078d-e9d08058d1f8";
const ECHO_ID = "ce66bedf-a5d0-d7f7-76b4-b6ce3f148bd9";
const child = tdObject({ id: CHILD_ID, input: js({ name: "a", size: 1 }) });
const echo = tdObject({ id: ECHO_ID, input: Value.string("a") });

const entries: StateEntry[] = [
  { addr: "module.child.terraform_data.this", value: child },
  { addr: "module.child.module.inner.terraform_data.echo", value: echo },
];

const create = (addr: string, input: Value) => change(addr, "create", NULL, tdPlanned(input));
const relevant = (addr: string, attr: string) => ({ resource: ri(addr), attr: [{ attr }] });

/** The child module case. */
export const moduleCase: JsonCase = {
  name: "module",
  priorState: () => stateOf(entries),
  plan: () =>
    planOf({
      // The plan's prior state already holds the root output the plan could work out.
      priorState: stateOf(entries, { child_id: { value: Value.string(CHILD_ID) } }),
      changes: [
        create('module.multi["y"].module.inner.terraform_data.echo', Value.string("y")),
        create('module.multi["x"].terraform_data.this', js({ name: "x", size: 1 })),
        change("module.child.module.inner.terraform_data.echo", "no-op", echo, echo),
        create("terraform_data.root", Value.string(CHILD_ID)),
        change("module.child.terraform_data.this", "update", child, tdPlanned(js({ name: "a", size: 2 }), { id: CHILD_ID })),
        create('module.multi["x"].module.inner.terraform_data.echo', Value.string("x")),
        create('module.multi["y"].terraform_data.this', js({ name: "y", size: 1 })),
      ],
      outputChanges: [outputChange("inner", "create", NULL, Value.unknown(StringType)), outputChange("child_id", "create", NULL, Value.string(CHILD_ID))],
    }),
  relevantAttributes: () => [
    relevant("module.child.terraform_data.this", "id"),
    relevant('module.multi["x"].module.inner.terraform_data.echo', "output"),
    relevant('module.multi["x"].terraform_data.this', "id"),
    relevant('module.multi["y"].module.inner.terraform_data.echo', "output"),
    relevant("module.child.module.inner.terraform_data.echo", "output"),
    relevant('module.multi["y"].terraform_data.this', "id"),
  ],
};
