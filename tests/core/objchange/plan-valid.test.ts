import { describe, expect, it } from "vitest";
import { assertPlannedValueValid, assertPlanValid, assertPlanValidPaths, formatPathErrorPrefixed } from "../../../core/objchange/index.js";
import type { Value } from "../../../lang/values/value.js";
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
  mapEmpty,
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
  set,
  setEmpty,
  setT,
  str,
  unk,
} from "./builders.js";

// Terraform's TestAssertPlanValid (plan_valid_test.go), one row per case, plus rows for the messages
// its table does not reach. Errors are compared as sets, as Terraform's test does.

const abSchema = (sensitive = false): BlockSchema =>
  block({ a: opt(S) }, { b: nb("list", block({ c: opt(S, { sensitive }) })) });
const abValue = (a: Value, c: Value): Value => obj({ a, b: list([obj({ c })]) });
const abNull = nul(objT({ a: S, b: listT(objT({ c: S })) }));
const cBlock = (nesting: "list" | "set" | "map"): BlockSchema => block({}, { b: nb(nesting, block({ c: opt(S) })) });
const cT = objT({ c: S });
const nestedList = (sensitive = false): BlockSchema => block({ a: nested("list", { b: opt(S, { sensitive }) }, { optional: true }) });
const aList = (b: string): Value => obj({ a: list([obj({ b: str(b) })]) });
const aNull = nul(objT({ a: listT(objT({ b: S })) }));
const blop = (v: string): Value => obj({ blop: str(v) });
const nameT = objT({ name: S });
const fc = obj({ name: str("from_config") });

describe("assertPlanValid (objchange.AssertPlanValid)", () => {
  it.each<[string, BlockSchema, Value, Value, Value, string[]]>([
    ["all empty", block(), EmptyObjectVal, EmptyObjectVal, EmptyObjectVal, []],
    ["no computed, all match", abSchema(), abValue(str("a value"), str("c value")), abValue(str("a value"), str("c value")), abValue(str("a value"), str("c value")), []],
    ["no computed, plan matches, no prior", abSchema(), abNull, abValue(str("a value"), str("c value")), abValue(str("a value"), str("c value")), []],
    [
      "no computed, invalid change in plan",
      abSchema(),
      abNull,
      abValue(str("a value"), str("c value")),
      abValue(str("a value"), str("new c value")),
      ['.b[0].c: planned value cty.StringVal("new c value") does not match config value cty.StringVal("c value")'],
    ],
    [
      "no computed, invalid change in plan sensitive",
      abSchema(true),
      abNull,
      abValue(str("a value"), str("c value")),
      abValue(str("a value"), str("new c value")),
      [".b[0].c: sensitive planned value does not match config value"],
    ],
    [
      "no computed, diff suppression in plan",
      abSchema(),
      abValue(str("a value"), str("c value")),
      abValue(str("a value"), str("new c value")),
      abValue(str("a value"), str("c value")),
      [],
    ],
    ["no computed, all null", abSchema(), abValue(nul(S), nul(S)), abValue(nul(S), nul(S)), abValue(nul(S), nul(S)), []],
    [
      "nested map, normal update",
      cBlock("map"),
      obj({ b: map({ boop: obj({ c: str("hello") }) }) }),
      obj({ b: map({ boop: obj({ c: str("howdy") }) }) }),
      obj({ b: map({ boop: obj({ c: str("howdy") }) }) }),
      [],
    ],
    [
      "nested list, null in plan",
      cBlock("list"),
      nul(objT({ b: listT(cT) })),
      obj({ b: listEmpty(cT) }),
      obj({ b: nul(listT(cT)) }),
      [".b: attribute representing a list of nested blocks must be empty to indicate no blocks, not null"],
    ],
    ["nested list, null in config", cBlock("list"), obj({ b: listEmpty(cT) }), obj({ b: nul(listT(cT)) }), obj({ b: listEmpty(cT) }), []],
    [
      "nested list, unknown nested dynamic",
      block({}, { a: nb("list", block({}, { b: nb("list", block({ c: opt(S), computed: comp(S) })) })) }),
      obj({ a: list([obj({ computed: nul(S), b: list([obj({ c: str("x") })]) })]) }),
      obj({ a: list([obj({ b: unk(listT(objT({ c: S, computed: S }))) })]) }),
      obj({ a: list([obj({ b: unk(listT(objT({ c: S, computed: S }))) })]) }),
      [],
    ],
    [
      "nested set, unknown dynamic cannot be planned",
      block({ computed: comp(S) }, { b: nb("set", block({ c: opt(S) })) }),
      obj({ computed: nul(S), b: set([obj({ c: str("x") })]) }),
      obj({ computed: nul(S), b: unk(setT(cT)) }),
      obj({ computed: str("default"), b: set([obj({ c: str("oops") })]) }),
      ['.b: planned value cty.SetVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{"c":cty.StringVal("oops")})}) for unknown dynamic block'],
    ],
    [
      "nested set, null in plan",
      cBlock("set"),
      nul(objT({ b: setT(cT) })),
      obj({ b: setEmpty(cT) }),
      obj({ b: nul(setT(cT)) }),
      [".b: attribute representing a set of nested blocks must be empty to indicate no blocks, not null"],
    ],
    [
      "nested map, null in plan",
      cBlock("map"),
      nul(objT({ b: mapT(cT) })),
      obj({ b: mapEmpty(cT) }),
      obj({ b: nul(mapT(cT)) }),
      [".b: attribute representing a map of nested blocks must be empty to indicate no blocks, not null"],
    ],
    ["nested set, no computed, no changes", cBlock("set"), obj({ b: set([obj({ c: str("c value") })]) }), obj({ b: set([obj({ c: str("c value") })]) }), obj({ b: set([obj({ c: str("c value") })]) }), []],
    ["nested set, no computed, invalid change in plan", cBlock("set"), obj({ b: set([obj({ c: str("c value") })]) }), obj({ b: set([obj({ c: str("c value") })]) }), obj({ b: set([obj({ c: str("new c value") })]) }), []],
    ["nested set, no computed, diff suppressed", cBlock("set"), obj({ b: set([obj({ c: str("c value") })]) }), obj({ b: set([obj({ c: str("new c value") })]) }), obj({ b: set([obj({ c: str("c value") })]) }), []],
    ["NestedType attr, no computed, all match", nestedList(), aList("b value"), aList("b value"), aList("b value"), []],
    ["NestedType attr, no computed, plan matches, no prior", nestedList(), aNull, aList("c value"), aList("c value"), []],
    [
      "NestedType, no computed, invalid change in plan",
      nestedList(),
      aNull,
      aList("c value"),
      aList("new c value"),
      ['.a[0].b: planned value cty.StringVal("new c value") does not match config value cty.StringVal("c value")'],
    ],
    ["NestedType attr, no computed, invalid change in plan sensitive", nestedList(true), aNull, aList("b value"), aList("new b value"), [".a[0].b: sensitive planned value does not match config value"]],
    ["NestedType attr, no computed, diff suppression in plan", nestedList(), aList("b value"), aList("new b value"), aList("b value"), []],
    ["NestedType attr, no computed, all null", nestedList(), obj({ a: nul(D) }), obj({ a: nul(D) }), obj({ a: nul(D) }), []],
    ["NestedType attr, no computed, all zero value", nestedList(), obj({ a: nul(listT(objT({ b: S }))) }), obj({ a: nul(listT(objT({ b: S }))) }), obj({ a: nul(listT(objT({ b: S }))) }), []],
    [
      "NestedType NestingSet attribute to null",
      block({ bloop: nested("set", { blop: req(S) }, { optional: true }) }),
      obj({ bloop: set([blop("ok")]) }),
      obj({ bloop: nul(setT(objT({ blop: S }))) }),
      obj({ bloop: nul(setT(objT({ blop: S }))) }),
      [],
    ],
    [
      "NestedType deep nested optional set attribute to null",
      block({ bleep: nested("list", { bloop: nested("set", { blome: opt(S) }, { optional: true }) }, { optional: true }) }),
      obj({ bleep: list([obj({ bloop: set([obj({ blome: str("ok") })]) })]) }),
      obj({ bleep: list([obj({ bloop: nul(setT(objT({ blome: S }))) })]) }),
      obj({ bleep: list([obj({ bloop: nul(listT(objT({ blome: S }))) })]) }),
      [],
    ],
    [
      "NestedType deep nested set",
      block({ bleep: nested("list", { bloop: nested("set", { blome: opt(S) }, { optional: true }) }, { optional: true }) }),
      obj({ bleep: list([obj({ bloop: set([obj({ blome: str("ok") })]) })]) }),
      obj({ bleep: list([obj({ bloop: nul(setT(objT({ blome: S }))) })]) }),
      obj({ bleep: list([obj({ bloop: set([obj({ blome: str("ok") })]) })]) }),
      [],
    ],
    [
      "NestedType nested computed list attribute",
      block({ bloop: nested("list", { blop: opt(S) }, { computed: true }) }),
      obj({ bloop: list([blop("ok")]) }),
      obj({ bloop: nul(listT(objT({ blop: S }))) }),
      obj({ bloop: list([blop("ok")]) }),
      [],
    ],
    [
      "NestedType nested list attribute to null",
      block({ bloop: nested("list", { blop: opt(S) }, { optional: true }) }),
      obj({ bloop: list([blop("ok")]) }),
      obj({ bloop: nul(listT(objT({ blop: S }))) }),
      obj({ bloop: list([blop("ok")]) }),
      ['.bloop: planned value cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{"blop":cty.StringVal("ok")})}) for a non-computed attribute'],
    ],
    [
      "NestedType nested set attribute to null",
      block({ bloop: nested("set", { blop: opt(S) }, { optional: true }) }),
      obj({ bloop: set([blop("ok")]) }),
      obj({ bloop: nul(setT(objT({ blop: S }))) }),
      obj({ bloop: list([blop("ok")]) }),
      ['.bloop: planned value cty.ListVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{"blop":cty.StringVal("ok")})}) for a non-computed attribute'],
    ],
    [
      "computed within nested objects",
      block({
        map: nested("map", { name: comp(S) }),
        map_as_obj: nested("map", { name: comp(S) }),
        list: nested("list", { name: comp(S) }),
        set: nested("set", { name: comp(S) }),
        single: nested("single", { name: comp(D) }),
      }),
      nul(objT({ map: mapT(nameT), map_as_obj: mapT(objT({ name: D })), list: listT(nameT), set: setT(nameT), single: nameT })),
      obj({
        map: map({ one: obj({ name: nul(S) }) }),
        map_as_obj: map({ one: obj({ name: nul(D) }) }),
        list: list([obj({ name: nul(S) })]),
        set: set([obj({ name: nul(S) })]),
        single: obj({ name: nul(S) }),
      }),
      obj({
        map: map({ one: obj({ name: nul(S) }) }),
        map_as_obj: obj({ one: obj({ name: str("computed") }) }),
        list: list([obj({ name: nul(S) })]),
        set: set([obj({ name: nul(S) })]),
        single: obj({ name: nul(S) }),
      }),
      [],
    ],
    [
      "computed nested objects",
      block({
        map: nested("map", { name: { type: S } }, { computed: true }),
        list: nested("list", { name: { type: S } }, { computed: true }),
        set: nested("set", { name: { type: S } }, { optional: true, computed: true }),
        single: nested("single", { name: { type: D } }, { computed: true }),
      }),
      nul(objT({ map: mapT(nameT), list: listT(nameT), set: setT(nameT), single: nameT })),
      obj({ map: nul(mapT(nameT)), list: nul(listT(nameT)), set: set([fc]), single: nul(nameT) }),
      obj({ map: map({ one: unk(nameT) }), list: list([obj({ name: str("computed") })]), set: set([fc]), single: unk(nameT) }),
      [],
    ],
    [
      "optional computed within nested objects",
      block({
        map: nested("map", { name: comp(S) }),
        map_as_obj: nested("map", { name: optComp(S) }),
        list: nested("list", { name: optComp(S) }),
        set: nested("set", { name: optComp(S) }),
        single: nested("single", { name: optComp(D) }),
      }),
      nul(objT({ map: mapT(nameT), map_as_obj: mapT(objT({ name: D })), list: listT(nameT), set: setT(nameT), single: nameT })),
      obj({
        map: map({ one: fc }),
        map_as_obj: map({ one: obj({ name: nul(D) }) }),
        list: list([obj({ name: nul(S) })]),
        set: set([obj({ name: nul(S) })]),
        single: fc,
      }),
      obj({
        map: map({ one: fc }),
        map_as_obj: obj({ one: obj({ name: str("computed") }) }),
        list: list([obj({ name: str("computed") })]),
        set: set([obj({ name: nul(S) })]),
        single: fc,
      }),
      [],
    ],
    [
      "cannot replace config nested attr",
      block({ map: nested("map", { name: optComp(S) }) }),
      nul(objT({ map: mapT(nameT) })),
      obj({ map: map({ one: fc }) }),
      obj({ map: map({ one: obj({ name: str("from_provider") }) }) }),
      ['.map.one.name: planned value cty.StringVal("from_provider") does not match config value cty.StringVal("from_config")'],
    ],
    ["computed only value with config", block({ a: comp(S) }), obj({ a: str("old") }), obj({ a: str("old") }), obj({ a: unk(S) }), []],
    [
      "nested collection attrs planned unknown",
      block({
        set: nested("set", { name: optComp(S) }, { optional: true, computed: true }),
        list: nested("list", { name: optComp(S) }, { optional: true, computed: true }),
        map: nested("map", { name: optComp(S) }, { optional: true, computed: true }),
      }),
      obj({ set: set([fc]), list: set([fc]), map: map({ key: fc }) }),
      obj({ set: set([fc]), list: set([fc]), map: map({ key: fc }) }),
      obj({ set: unk(setT(nameT)), list: unk(setT(nameT)), map: unk(mapT(nameT)) }),
      [".set: planned unknown for configured value", ".list: planned unknown for configured value", ".map: planned unknown for configured value"],
    ],
    ["refined unknown values can become less refined", block({ a: req(S) }), obj({ a: str("old") }), obj({ a: unk(S, { notNull: true }) }), obj({ a: unk(S) }), []],
    [
      "refined unknown values in collection elements can become less refined",
      block({ m: { type: mapT(S) } }),
      nul(objT({ m: mapT(S) })),
      obj({ m: map({ key: unk(S, { notNull: true }) }) }),
      obj({ m: map({ key: unk(S) }) }),
      [],
    ],
    [
      "nested set values can contain computed unknown",
      block({ set: nested("set", { input: opt(S), computed: optComp(S) }, { optional: true }) }),
      obj({ set: set([obj({ input: str("a"), computed: nul(S) }), obj({ input: str("b"), computed: nul(S) })]) }),
      obj({ set: set([obj({ input: str("a"), computed: nul(S) }), obj({ input: str("b"), computed: nul(S) })]) }),
      obj({ set: set([obj({ input: str("a"), computed: unk(S) }), obj({ input: str("b"), computed: unk(S) })]) }),
      [],
    ],
  ])("%s", (_name, schema, prior, config, planned, want) => {
    expect(assertPlanValid(schema, prior, config, planned).sort()).toEqual([...want].sort());
  });
});

// Messages Terraform's own table does not exercise, written from plan_valid.go.
describe("assertPlanValid: the remaining messages", () => {
  const nameSchema = block({ name: opt(S), secret: opt(S, { sensitive: true }), token: opt(S, { writeOnly: true }) });
  const named = (name: Value, secret: Value = nul(S), token: Value = nul(S)): Value => obj({ name, secret, token });
  it.each<[string, BlockSchema, Value, Value, Value, string[]]>([
    ["planned null for a configured object", nameSchema, nul(D), named(str("a")), nul(objT({ name: S, secret: S, token: S })), ["planned for absence but config wants existence"]],
    ["planned an object for a null config", nameSchema, nul(D), nul(objT({ name: S, secret: S, token: S })), named(str("a")), ["planned for existence but config wants absence"]],
    [
      "a value matching neither config nor prior",
      nameSchema,
      named(str("old")),
      named(str("new")),
      named(str("other")),
      ['.name: planned value cty.StringVal("other") does not match config value cty.StringVal("new") nor prior value cty.StringVal("old")'],
    ],
    ["a sensitive value matching neither", nameSchema, named(nul(S), str("old")), named(nul(S), str("new")), named(nul(S), str("x")), [".secret: sensitive planned value does not match config value nor prior value"]],
    ["a sensitive value for a non-computed null", nameSchema, named(nul(S)), named(nul(S)), named(nul(S), str("x")), [".secret: sensitive planned value for a non-computed attribute"]],
    ['a planned value for a non-computed null', nameSchema, named(nul(S)), named(nul(S)), named(num(1)), ['.name: planned value cty.NumberIntVal(1) for a non-computed attribute']],
    ["a write-only attribute planned null", nameSchema, nul(D), named(str("a"), nul(S), str("t")), named(str("a")), []],
    [
      "a list block count",
      cBlock("list"),
      nul(D),
      obj({ b: list([obj({ c: str("x") })]) }),
      obj({ b: list([obj({ c: str("x") }), obj({ c: str("y") })]) }),
      [".b: block count in plan (2) disagrees with count in config (1)"],
    ],
    [
      "an unknown list block element",
      cBlock("list"),
      nul(D),
      obj({ b: list([obj({ c: str("x") })]) }),
      obj({ b: list([unk(cT)]) }),
      [".b[0]: element representing nested block must not be unknown itself; set nested attribute values to unknown instead"],
    ],
    ["an unknown block", cBlock("list"), nul(D), obj({ b: list([obj({ c: str("x") })]) }), obj({ b: unk(listT(cT)) }), [".b: attribute representing nested block must not be unknown itself; set nested attribute values to unknown instead"]],
    [
      "map block keys",
      cBlock("map"),
      nul(D),
      obj({ b: map({ a: obj({ c: str("x") }), b: obj({ c: str("y") }) }) }),
      obj({ b: map({ a: obj({ c: str("x") }), z: obj({ c: str("y") }) }) }),
      ['.b["z"]: block key "z" from plan is not present in config', '.b: block key "b" from config is not present in plan'],
    ],
    [
      "map block count",
      cBlock("map"),
      nul(D),
      obj({ b: map({ a: obj({ c: str("x") }) }) }),
      obj({ b: mapEmpty(cT) }),
      [".b: block count in plan (0) disagrees with count in config (1)"],
    ],
    [
      "nested map attribute keys",
      block({ m: nested("map", { c: opt(S) }, { optional: true }) }),
      nul(D),
      obj({ m: map({ a: obj({ c: str("x") }) }) }),
      obj({ m: map({ b: obj({ c: str("x") }) }) }),
      ['.m: map key "b" from plan is not present in config', '.m: map key "a" from config is not present in plan'],
    ],
    [
      "nested list attribute count",
      block({ l: nested("list", { c: opt(S) }, { optional: true }) }),
      nul(D),
      obj({ l: list([obj({ c: str("x") })]) }),
      obj({ l: listEmpty(cT) }),
      [".l: count in plan (cty.NumberIntVal(0)) disagrees with count in config (cty.NumberIntVal(1))"],
    ],
    [
      "nested set attribute count",
      block({ s: nested("set", { c: opt(S) }, { optional: true }) }),
      nul(D),
      obj({ s: set([obj({ c: str("x") })]) }),
      obj({ s: set([obj({ c: str("x") }), obj({ c: str("y") })]) }),
      [".s: count in plan (cty.NumberIntVal(2)) disagrees with count in config (cty.NumberIntVal(1))"],
    ],
    [
      "nested list attribute against an unknown config",
      block({ l: nested("list", { c: opt(S) }, { optional: true }) }),
      nul(D),
      obj({ l: unk(listT(cT)) }),
      obj({ l: list([obj({ c: str("x") })]) }),
      [".l: count in plan (cty.NumberIntVal(1)) disagrees with count in config (cty.UnknownVal(cty.Number).RefineNotNull())"],
    ],
  ])("%s", (_name, schema, prior, config, planned, want) => {
    expect(assertPlanValid(schema, prior, config, planned).sort()).toEqual([...want].sort());
  });

  it.each<[string, string]>([
    ["root", "aws_instance.a: planned for absence but config wants existence"],
    ["nested", 'aws_instance.a.name: planned value cty.StringVal("x") for a non-computed attribute'],
  ])("prefixes the %s path with an address (tfdiags.FormatErrorPrefixed)", (which, want) => {
    const schema = block({ name: opt(S) });
    const errs =
      which === "root"
        ? assertPlanValidPaths(schema, nul(D), obj({ name: nul(S) }), nul(objT({ name: S })))
        : assertPlanValidPaths(schema, nul(D), obj({ name: nul(S) }), obj({ name: str("x") }));
    expect(errs.map((e) => formatPathErrorPrefixed(e, "aws_instance.a"))).toEqual([want]);
  });

  it("checks one attribute on its own (assertPlannedValueValid)", () => {
    expect(assertPlannedValueValid(opt(N), nul(N), num(1), num(2), [{ attr: "n" }])).toEqual([
      ".n: planned value cty.NumberIntVal(2) does not match config value cty.NumberIntVal(1)",
    ]);
  });
});
