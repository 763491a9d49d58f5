import { describe, expect, it } from "vitest";
import { goString, plannedDataResourceObject, proposedNew, proposedNewDestroy } from "../../../core/objchange/index.js";
import { rawEquals, type Value } from "../../../lang/values/value.js";
import type { BlockSchema } from "../../../providers/schema.js";
import {
  D,
  EmptyObjectVal,
  N,
  S,
  block,
  comp,
  list,
  listEmpty,
  listT,
  map,
  mapT,
  nb,
  nested,
  nul,
  num,
  obj,
  objT,
  opt,
  optComp,
  req,
  str,
  tuple,
  unk,
} from "./builders.js";

// Terraform's TestProposedNew (objchange_test.go), first half: attributes, single, list and map
// nesting; the set-related rows are in proposed-new-sets.test.ts.

function expectValue(got: Value, want: Value): void {
  expect(goString(got)).toBe(goString(want));
  expect(rawEquals(got, want)).toBe(true);
}

const bloopSingle = nested("single", { blop: req(S) }, { computed: true });

describe("proposedNew (objchange.ProposedNew)", () => {
  it.each<[string, BlockSchema, Value, Value, Value]>([
    ["empty", block(), EmptyObjectVal, EmptyObjectVal, EmptyObjectVal],
    [
      "no prior",
      block({ foo: opt(S), bar: comp(S), bloop: bloopSingle }, { baz: nb("single", block({ boz: optComp(S), biz: optComp(S) })) }),
      nul(D),
      obj({ foo: str("hello"), bloop: nul(objT({ blop: S })), bar: nul(S), baz: obj({ boz: str("world"), biz: unk(S) }) }),
      obj({ foo: str("hello"), bar: nul(S), bloop: nul(objT({ blop: S })), baz: obj({ boz: str("world"), biz: unk(S) }) }),
    ],
    [
      "null block remains null",
      block({ foo: opt(S), bloop: bloopSingle }, { baz: nb("single", block({ boz: optComp(S) })) }),
      nul(D),
      obj({ foo: str("bar"), bloop: nul(objT({ blop: S })), baz: nul(objT({ boz: S })) }),
      obj({ foo: str("bar"), bloop: nul(objT({ blop: S })), baz: nul(objT({ boz: S })) }),
    ],
    [
      "prior attributes",
      block({ foo: opt(S), bar: comp(S), baz: optComp(S), boz: optComp(S), bloop: nested("single", { blop: req(S) }, { optional: true }) }),
      obj({
        foo: str("bonjour"),
        bar: str("petit dejeuner"),
        baz: str("grande dejeuner"),
        boz: str("a la monde"),
        bloop: obj({ blop: str("glub") }),
      }),
      obj({ foo: str("hello"), bar: nul(S), baz: nul(S), boz: str("world"), bloop: obj({ blop: str("bleep") }) }),
      obj({
        foo: str("hello"),
        bar: str("petit dejeuner"),
        baz: str("grande dejeuner"),
        boz: str("world"),
        bloop: obj({ blop: str("bleep") }),
      }),
    ],
    [
      "prior nested single",
      block(
        { bloop: nested("single", { blop: req(S), bleep: opt(S) }, { optional: true }) },
        { foo: nb("single", block({ bar: optComp(S), baz: optComp(S) })) },
      ),
      obj({ foo: obj({ bar: str("beep"), baz: str("boop") }), bloop: obj({ blop: str("glub"), bleep: nul(S) }) }),
      obj({ foo: obj({ bar: str("bap"), baz: nul(S) }), bloop: obj({ blop: str("glub"), bleep: str("beep") }) }),
      obj({ foo: obj({ bar: str("bap"), baz: str("boop") }), bloop: obj({ blop: str("glub"), bleep: str("beep") }) }),
    ],
    [
      "prior nested single to null",
      block(
        { bloop: nested("single", { blop: req(S), bleep: opt(S) }, { optional: true }) },
        { foo: nb("single", block({ bar: optComp(S), baz: optComp(S) })) },
      ),
      obj({ foo: obj({ bar: str("beep"), baz: str("boop") }), bloop: obj({ blop: str("glub"), bleep: nul(S) }) }),
      obj({ foo: nul(objT({ bar: S, baz: S })), bloop: nul(objT({ blop: S, bleep: S })) }),
      obj({ foo: nul(objT({ bar: S, baz: S })), bloop: nul(objT({ blop: S, bleep: S })) }),
    ],
    [
      "prior optional computed nested single to null",
      block({ bloop: nested("single", { blop: req(S), bleep: opt(S) }, { optional: true, computed: true }) }),
      obj({ bloop: obj({ blop: str("glub"), bleep: nul(S) }) }),
      obj({ bloop: nul(objT({ blop: S, bleep: S })) }),
      obj({ bloop: nul(objT({ blop: S, bleep: S })) }),
    ],
    [
      "prior nested list",
      block(
        { bloop: nested("list", { blop: req(S) }, { optional: true }) },
        { foo: nb("list", block({ bar: optComp(S), baz: optComp(S) })) },
      ),
      obj({
        foo: list([obj({ bar: str("beep"), baz: str("boop") })]),
        bloop: list([obj({ blop: str("bar") }), obj({ blop: str("baz") })]),
      }),
      obj({
        foo: list([obj({ bar: str("bap"), baz: nul(S) }), obj({ bar: str("blep"), baz: nul(S) })]),
        bloop: list([obj({ blop: str("bar") }), obj({ blop: str("baz") })]),
      }),
      obj({
        foo: list([obj({ bar: str("bap"), baz: str("boop") }), obj({ bar: str("blep"), baz: nul(S) })]),
        bloop: list([obj({ blop: str("bar") }), obj({ blop: str("baz") })]),
      }),
    ],
    [
      "prior nested list with dynamic",
      block(
        { bloop: nested("list", { blop: req(D), blub: opt(D) }, { optional: true }) },
        { foo: nb("list", block({ bar: optComp(S), baz: optComp(D) })) },
      ),
      obj({
        foo: tuple([obj({ bar: str("beep"), baz: str("boop") })]),
        bloop: list([obj({ blop: str("bar"), blub: str("glub") }), obj({ blop: str("baz"), blub: nul(S) })]),
      }),
      obj({
        foo: tuple([obj({ bar: str("bap"), baz: nul(S) }), obj({ bar: str("blep"), baz: nul(S) })]),
        bloop: list([obj({ blop: str("bar"), blub: nul(S) })]),
      }),
      obj({
        foo: tuple([obj({ bar: str("bap"), baz: str("boop") }), obj({ bar: str("blep"), baz: nul(S) })]),
        bloop: list([obj({ blop: str("bar"), blub: nul(S) })]),
      }),
    ],
    [
      "prior nested map",
      block({ bloop: nested("map", { blop: req(S) }, { optional: true }) }, { foo: nb("map", block({ bar: optComp(S), baz: optComp(S) })) }),
      obj({
        foo: map({ a: obj({ bar: str("beep"), baz: str("boop") }), b: obj({ bar: str("blep"), baz: str("boot") }) }),
        bloop: map({ a: obj({ blop: str("glub") }), b: obj({ blop: str("blub") }) }),
      }),
      obj({
        foo: map({ a: obj({ bar: str("bap"), baz: nul(S) }), c: obj({ bar: str("bosh"), baz: nul(S) }) }),
        bloop: map({ a: obj({ blop: str("glub") }), c: obj({ blop: str("blub") }) }),
      }),
      obj({
        foo: map({ a: obj({ bar: str("bap"), baz: str("boop") }), c: obj({ bar: str("bosh"), baz: nul(S) }) }),
        bloop: map({ a: obj({ blop: str("glub") }), c: obj({ blop: str("blub") }) }),
      }),
    ],
    [
      "prior optional computed nested map elem to null",
      block({ bloop: nested("map", { blop: opt(S), bleep: optComp(S) }, { optional: true }) }),
      obj({
        bloop: map({
          a: obj({ blop: str("glub"), bleep: str("computed") }),
          b: obj({ blop: str("blub"), bleep: str("computed") }),
        }),
      }),
      obj({ bloop: map({ a: nul(objT({ blop: S, bleep: S })), c: obj({ blop: str("blub"), bleep: nul(S) }) }) }),
      obj({ bloop: map({ a: nul(objT({ blop: S, bleep: S })), c: obj({ blop: str("blub"), bleep: nul(S) }) }) }),
    ],
    [
      "prior optional computed nested map to null",
      block({ bloop: nested("map", { blop: opt(S), bleep: optComp(S) }, { optional: true, computed: true }) }),
      obj({
        bloop: map({
          a: obj({ blop: str("glub"), bleep: str("computed") }),
          b: obj({ blop: str("blub"), bleep: str("computed") }),
        }),
      }),
      obj({ bloop: nul(mapT(objT({ blop: S, bleep: S }))) }),
      obj({ bloop: nul(mapT(objT({ blop: S, bleep: S }))) }),
    ],
    [
      "prior nested map with dynamic",
      block({ bloop: nested("map", { blop: req(D) }, { optional: true }) }, { foo: nb("map", block({ bar: optComp(S), baz: optComp(D) })) }),
      obj({
        foo: obj({ a: obj({ bar: str("beep"), baz: str("boop") }), b: obj({ bar: str("blep"), baz: list([str("boot")]) }) }),
        bloop: obj({ a: obj({ blop: str("glub") }), b: obj({ blop: num(13) }) }),
      }),
      obj({
        foo: obj({ a: obj({ bar: str("bap"), baz: nul(S) }), c: obj({ bar: str("bosh"), baz: nul(listT(S)) }) }),
        bloop: obj({ a: obj({ blop: str("blep") }), c: obj({ blop: num(13) }) }),
      }),
      obj({
        foo: obj({ a: obj({ bar: str("bap"), baz: str("boop") }), c: obj({ bar: str("bosh"), baz: nul(listT(S)) }) }),
        bloop: obj({ a: obj({ blop: str("blep") }), c: obj({ blop: num(13) }) }),
      }),
    ],
    [
      "prior null nested objects",
      block({
        single: nested("single", { list: nested("list", { foo: { type: S } }, { optional: true }) }, { optional: true }),
        map: nested("map", { map: nested("list", { foo: { type: S } }, { optional: true }) }, { optional: true }),
      }),
      nul(objT({ single: objT({ list: listT(objT({ foo: S })) }), map: mapT(objT({ list: listT(objT({ foo: S })) })) })),
      obj({
        single: obj({ list: list([obj({ foo: str("a") }), obj({ foo: str("b") })]) }),
        map: map({ one: obj({ list: list([obj({ foo: str("a") }), obj({ foo: str("b") })]) }) }),
      }),
      obj({
        single: obj({ list: list([obj({ foo: str("a") }), obj({ foo: str("b") })]) }),
        map: map({ one: obj({ list: list([obj({ foo: str("a") }), obj({ foo: str("b") })]) }) }),
      }),
    ],
    [
      "unknown prior nested objects",
      block({ list: nested("list", { list: nested("list", { foo: { type: S } }, { computed: true }) }, { computed: true }) }),
      unk(objT({ list: listT(objT({ list: listT(objT({ foo: S })) })) })),
      nul(objT({ list: listT(objT({ list: listT(objT({ foo: S })) })) })),
      unk(objT({ list: listT(objT({ list: listT(objT({ foo: S })) })) })),
    ],
    [
      "config within optional+computed",
      block({ list_obj: nested("list", { obj: nested("single", { optional: opt(S), computed: comp(S) }, { optional: true }) }, { optional: true, computed: true }) }),
      obj({ list_obj: list([obj({ obj: obj({ optional: str("prior"), computed: str("prior computed") }) })]) }),
      obj({ list_obj: list([obj({ obj: obj({ optional: str("prior"), computed: nul(S) }) })]) }),
      obj({ list_obj: list([obj({ obj: obj({ optional: str("prior"), computed: str("prior computed") }) })]) }),
    ],
    [
      "computed within optional+computed",
      block({ list_obj: nested("list", { obj: nested("single", { optional: opt(S), computed: comp(S) }, { optional: true }) }, { optional: true, computed: true }) }),
      obj({ list_obj: list([obj({ obj: obj({ optional: str("prior"), computed: str("prior computed") }) })]) }),
      obj({ list_obj: nul(listT(objT({ obj: objT({ optional: S, computed: S }) }))) }),
      obj({ list_obj: nul(listT(objT({ obj: objT({ optional: S, computed: S }) }))) }),
    ],
  ])("%s", (_name, schema, prior, config, want) => {
    expectValue(proposedNew(schema, prior, config), want);
  });
});

describe("plannedDataResourceObject (objchange.PlannedDataResourceObject)", () => {
  const schema = block(
    { id: comp(S), name: req(S), tags: optComp(mapT(S)), filter: nested("single", { value: opt(S), match: comp(S) }, { optional: true }) },
    { rule: nb("list", block({ key: req(S), out: comp(N) })), one: nb("single", block({ x: comp(S) })) },
  );
  const ruleT = objT({ key: S, out: N });
  it.each<[string, Value, Value]>([
    [
      "computed attributes left null become unknown",
      obj({ id: nul(S), name: str("a"), tags: nul(mapT(S)), filter: nul(objT({ value: S, match: S })), rule: listEmpty(ruleT), one: nul(objT({ x: S })) }),
      obj({ id: unk(S), name: str("a"), tags: unk(mapT(S)), filter: nul(objT({ value: S, match: S })), rule: listEmpty(ruleT), one: nul(objT({ x: S })) }),
    ],
    [
      "configured values stay, nested computed values become unknown",
      obj({
        id: nul(S),
        name: str("a"),
        tags: map({ k: str("v") }),
        filter: obj({ value: str("x"), match: nul(S) }),
        rule: list([obj({ key: str("k"), out: nul(N) })]),
        one: obj({ x: nul(S) }),
      }),
      obj({
        id: unk(S),
        name: str("a"),
        tags: map({ k: str("v") }),
        filter: obj({ value: str("x"), match: unk(S) }),
        rule: list([obj({ key: str("k"), out: unk(N) })]),
        one: obj({ x: unk(S) }),
      }),
    ],
  ])("%s", (_name, config, want) => {
    expectValue(plannedDataResourceObject(schema, config), want);
  });
});

describe("proposedNewDestroy", () => {
  it.each<[string, Value, Value]>([
    ["null of the prior's type", obj({ id: str("x") }), nul(objT({ id: S }))],
    ["the implied type when the prior's type is unknown", nul(D), nul(objT({ id: S }))],
  ])("%s", (_name, prior, want) => {
    expectValue(proposedNewDestroy(block({ id: comp(S) }), prior), want);
  });
});
