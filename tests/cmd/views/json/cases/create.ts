import { State } from "../../../../../core/states/state.js";
import { StringType } from "../../../../../lang/types/type.js";
import { Value } from "../../../../../lang/values/value.js";
import { js } from "../../../../helpers/values.js";
import { change, NULL, outputChange, planOf, ri, stateOf, tdObject, tdPlanned } from "../builders.js";
import type { JsonCase } from "./case.js";

// fixtures/json-format/create: three new terraform_data objects, one with an input of every kind of
// value (exact big numbers, collections, a set, an object with optional attributes, typed nulls,
// HTML characters and non-ASCII text), root variables with defaults, and outputs known and unknown.
// The plan is then applied: applied-state.json.

const input = Value.object({
  str: Value.string("web"),
  number: Value.numberFrom(1.5),
  big: Value.numberFrom(12345678901234567890n),
  negative: Value.numberFrom(-3),
  bool: Value.bool(true),
  list: Value.list([js(80), js(443)]),
  map: Value.map({ env: Value.string("dev"), team: Value.string("core") }),
  set: Value.set([Value.string("b"), Value.string("a")]),
  object: Value.object({ enabled: Value.bool(true), label: Value.null(StringType), size: js(2) }),
  null: Value.null(StringType),
  tuple: js(["a", 1, false]),
  html: Value.string("<a> & b"),
  unicode: Value.string("héllo 日本"),
  req: Value.string("given"),
});
const literal = js({ a: [1, 2], b: "x" });

const EMPTY_ID = "1f3f7d4c-c85d-bfe1-d805-eb74329478f1";

/** The create case. */
export const create: JsonCase = {
  name: "create",
  priorState: () => new State(),
  plan: () =>
    planOf({
      // The plan's prior state holds the outputs the plan could already work out.
      priorState: stateOf([], { literal: { value: literal }, plain: { value: Value.string("hello") } }),
      changes: [
        change("terraform_data.plain", "create", NULL, tdPlanned(Value.string("hello"))),
        change("terraform_data.example", "create", NULL, tdPlanned(input)),
        change("terraform_data.empty", "create", NULL, tdPlanned(undefined)),
      ],
      outputChanges: [
        outputChange("plain", "create", NULL, Value.string("hello")),
        outputChange("literal", "create", NULL, literal),
        outputChange("computed", "create", NULL, Value.unknown(input.type)),
        outputChange("partly", "create", NULL, Value.tuple([Value.unknown(StringType), Value.string("known")])),
      ],
      // Only the variable given on the command line: the others show their defaults from the configuration.
      variables: new Map([["required", Value.string("given")]]),
    }),
  relevantAttributes: () => [
    { resource: ri("terraform_data.empty"), attr: [{ attr: "id" }] },
    { resource: ri("terraform_data.plain"), attr: [{ attr: "input" }] },
    { resource: ri("terraform_data.example"), attr: [{ attr: "output" }] },
  ],
  appliedState: () =>
    stateOf(
      [
        { addr: "terraform_data.empty", value: tdObject({ id: EMPTY_ID }) },
        { addr: "terraform_data.example", value: tdObject({ id: "d834860a-8877-1ca4-613b-aa63fb9baf2e", input }) },
        { addr: "terraform_data.plain", value: tdObject({ id: "a80e571b-99fc-b3b1-2eda-e391b92c0045", input: Value.string("hello") }) },
      ],
      {
        computed: { value: input },
        literal: { value: literal },
        partly: { value: js([EMPTY_ID, "known"]) },
        plain: { value: Value.string("hello") },
      },
    ),
};

