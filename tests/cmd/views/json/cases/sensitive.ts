import { StringType } from "../../../../../lang/types/type.js";
import { unmarkDeep } from "../../../../../lang/values/deep-marks.js";
import { Value } from "../../../../../lang/values/value.js";
import { change, NULL, outputChange, planOf, ri, secret, stateOf, tdObject, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/sensitive: a sensitive variable's new default flows into an object attribute,
// a tuple element and a whole input; a plain input becomes sensitive(); sensitive outputs change.

const credentials = (password: string) =>
  Value.object({ user: Value.string("admin"), password: secret(password), list: Value.tuple([Value.string("a"), secret(password)]) });

const PLAIN_ID = "3ed22149-2163-ce99-a728-0d4b8d552759";
const S_ID = "d4ba22d1-e39d-55ec-4bc3-fcb9e3ba480f";
const WHOLE_ID = "4a55cbe6-bbeb-e908-414a-0102018c6921";
// terraform_data's output does not keep the input's marks.
const plain = tdObject({ id: PLAIN_ID, input: Value.string("visible") });
const s = tdObject({ id: S_ID, input: credentials("old-secret"), output: unmarkDeep(credentials("old-secret")).value });
const whole = tdObject({ id: WHOLE_ID, input: secret("old-secret"), output: Value.string("old-secret") });

// The plan's prior state already holds the outputs' new values; the state on disk the old ones.
const prior = (secretOutput: string) => () =>
  stateOf(
    [
      { addr: "terraform_data.plain", value: plain },
      { addr: "terraform_data.s", value: s },
      { addr: "terraform_data.whole", value: whole },
    ],
    { secret: { value: Value.string(secretOutput), sensitive: true }, user: { value: Value.string("admin") } },
  );

/** The sensitive case. */
export const sensitive: JsonCase = {
  name: "sensitive",
  priorState: prior("old-secret"),
  plan: () =>
    planOf({
      priorState: prior("new-secret")(),
      changes: [
        change("terraform_data.whole", "update", whole, tdPlanned(secret("new-secret"), { id: WHOLE_ID })),
        change("terraform_data.s", "update", s, tdPlanned(credentials("new-secret"), { id: S_ID })),
        change("terraform_data.plain", "update", plain, tdPlanned(secret("now hidden"), { id: PLAIN_ID })),
      ],
      outputChanges: [
        outputChange("user", "no-op", Value.string("admin"), Value.string("admin")),
        outputChange("secret", "update", secret("old-secret"), secret("new-secret"), true),
        outputChange("hidden", "create", NULL, Value.unknown(StringType), true),
      ],
      variables: new Map([["secret", secret("new-secret")]]),
    }),
  relevantAttributes: () => [{ resource: ri("terraform_data.plain"), attr: [{ attr: "output" }] }],
};
