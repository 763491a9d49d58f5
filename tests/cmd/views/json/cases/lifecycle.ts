import { Value } from "../../../../../lang/values/value.js";
import { change, planOf, stateOf, tdObject, tdPlanned, type StateEntry } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/lifecycle: a `moved` block renames terraform_data.old (previous_address), an
// `import` block brings in terraform_data.imported (importing), `terraform taint` and
// `-replace=` make two replacements with their reasons; the state on disk shows the taint.

const NEW_ID = "a004d48c-84e6-f532-c970-79873e9b69bd";
const moved = tdObject({ id: NEW_ID, input: Value.string("moved") });
const requested = tdObject({ id: "718f733d-f24c-1c9f-f2f5-c9fb2529c9b4", input: Value.string("r") });
const tainted = tdObject({ id: "8a699a19-4ccb-c464-1d1e-4ce249e14d36", input: Value.string("t") });
const imported = tdObject({ id: "imported-id" });

const onDisk: StateEntry[] = [
  { addr: "terraform_data.old", value: moved },
  { addr: "terraform_data.requested", value: requested },
  { addr: "terraform_data.tainted", value: tainted, status: "tainted" },
];

/** The moved, imported, tainted and replace-requested case. */
export const lifecycle: JsonCase = {
  name: "lifecycle",
  priorState: () => stateOf(onDisk),
  plan: () => {
    const importing = { ...change("terraform_data.imported", "no-op", imported, imported), importing: { id: "imported-id" } };
    return planOf({
      // Moves are applied and the import is read before the changes are planned.
      priorState: stateOf([
        { addr: "terraform_data.imported", value: imported },
        { addr: "terraform_data.new", value: moved },
        ...onDisk.slice(1),
      ]),
      changes: [
        change("terraform_data.tainted", "delete-then-create", tainted, tdPlanned(Value.string("t")), { reason: "replace-because-tainted" }),
        change("terraform_data.new", "no-op", moved, moved, { prev: "terraform_data.old" }),
        importing,
        change("terraform_data.requested", "delete-then-create", requested, tdPlanned(Value.string("r")), { reason: "replace-by-request" }),
      ],
    });
  },
};
