import { describe, expect, it } from "vitest";
import { goString, proposedNew } from "../../../core/objchange/index.js";
import { rawEquals, type Value } from "../../../lang/values/value.js";
import type { BlockSchema } from "../../../providers/schema.js";
import {
  D,
  EmptyObjectT,
  S,
  block,
  list,
  listEmpty,
  listT,
  map,
  mapEmpty,
  mapT,
  nb,
  nested,
  nul,
  obj,
  objT,
  opt,
  optComp,
  plain,
  req,
  set,
  setEmpty,
  setT,
  str,
  testAttributes,
  tuple,
  unk,
} from "./builders.js";

// Terraform's TestProposedNew (objchange_test.go), second half: set blocks and nested set attributes,
// whose elements are paired with prior ones by what the configuration could have produced, and
// deeply nested attribute types.

const oc = (opt_: Value, oc_: Value): Value => obj({ opt: opt_, oc: oc_ });
const objOpt = (optional: string, computed: Value): Value => obj({ obj: obj({ optional: str(optional), computed }) });
const four = (v: string | Value): Value => {
  const x = typeof v === "string" ? str(v) : v;
  return obj({ optional: x, computed: x, optional_computed: x, required: x });
};
const testT = objT({ optional: S, computed: S, optional_computed: S, required: S });
const objInObj = nested("single", { optional: opt(S), computed: optComp(S) }, { optional: true });

describe("proposedNew with sets (objchange.ProposedNew)", () => {
  it.each<[string, BlockSchema, Value, Value, Value]>([
    [
      "no prior with set",
      block({ bloop: nested("set", { blop: req(S) }, { computed: true, optional: true }) }, { baz: nb("set", block({ boz: optComp(S) })) }),
      nul(D),
      obj({ baz: set([obj({ boz: str("world") })]), bloop: set([obj({ blop: str("blub") })]) }),
      obj({ baz: set([obj({ boz: str("world") })]), bloop: set([obj({ blop: str("blub") })]) }),
    ],
    [
      "prior nested set",
      block({ bloop: nested("set", { blop: req(S), bleep: opt(S) }, { optional: true }) }, { foo: nb("set", block({ bar: opt(S), baz: optComp(S) })) }),
      obj({
        foo: set([obj({ bar: str("beep"), baz: str("boop") }), obj({ bar: str("blep"), baz: str("boot") })]),
        bloop: set([obj({ blop: str("glubglub"), bleep: nul(S) }), obj({ blop: str("glubglub"), bleep: str("beep") })]),
      }),
      obj({
        foo: set([obj({ bar: str("beep"), baz: nul(S) }), obj({ bar: str("bosh"), baz: nul(S) })]),
        bloop: set([obj({ blop: str("glubglub"), bleep: nul(S) }), obj({ blop: str("glub"), bleep: nul(S) })]),
      }),
      obj({
        foo: set([obj({ bar: str("beep"), baz: str("boop") }), obj({ bar: str("bosh"), baz: nul(S) })]),
        bloop: set([obj({ blop: str("glubglub"), bleep: nul(S) }), obj({ blop: str("glub"), bleep: nul(S) })]),
      }),
    ],
    [
      "set with partial optional computed change",
      block({}, { multi: nb("set", block({ opt: opt(S), cmp: optComp(S) })) }),
      obj({ multi: set([obj({ opt: str("one"), cmp: str("OK") }), obj({ opt: str("two"), cmp: str("OK") })]) }),
      obj({ multi: set([obj({ opt: str("one"), cmp: nul(S) }), obj({ opt: str("replaced"), cmp: nul(S) })]) }),
      obj({ multi: set([obj({ opt: str("one"), cmp: str("OK") }), obj({ opt: str("replaced"), cmp: nul(S) })]) }),
    ],
    [
      "set without partial optional computed change",
      block({}, { multi: nb("set", block({ opt: optComp(S), req: req(S) })) }),
      obj({ multi: set([obj({ opt: str("one"), req: str("one") }), obj({ opt: str("two"), req: str("two") })]) }),
      obj({ multi: set([obj({ opt: nul(S), req: str("one") }), obj({ opt: nul(S), req: str("two") })]) }),
      obj({ multi: set([obj({ opt: str("one"), req: str("one") }), obj({ opt: str("two"), req: str("two") })]) }),
    ],
    [
      "sets differing only by unknown",
      block({ bloop: nested("set", { blop: req(S) }, { optional: true }) }, { multi: nb("set", block({ optional: optComp(S) })) }),
      nul(D),
      obj({
        multi: set([obj({ optional: unk(S) }), obj({ optional: unk(S) })]),
        bloop: set([obj({ blop: unk(S) }), obj({ blop: unk(S) })]),
      }),
      obj({
        multi: set([obj({ optional: unk(S) }), obj({ optional: unk(S) })]),
        bloop: set([obj({ blop: unk(S) }), obj({ blop: unk(S) })]),
      }),
    ],
    [
      "nested list in set",
      block({}, { foo: nb("set", block({}, { bar: nb("list", block({ baz: plain(S), qux: optComp(S) })) })) }),
      obj({ foo: set([obj({ bar: list([obj({ baz: str("beep"), qux: str("boop") })]) })]) }),
      obj({ foo: set([obj({ bar: list([obj({ baz: str("beep"), qux: nul(S) })]) })]) }),
      obj({ foo: set([obj({ bar: list([obj({ baz: str("beep"), qux: str("boop") })]) })]) }),
    ],
    [
      "empty nested list in set",
      block({}, { foo: nb("set", block({}, { bar: nb("list") })) }),
      obj({ foo: set([obj({ bar: listEmpty(EmptyObjectT) })]) }),
      obj({ foo: set([obj({ bar: listEmpty(EmptyObjectT) })]) }),
      obj({ foo: set([obj({ bar: listEmpty(EmptyObjectT) })]) }),
    ],
    [
      "nested list with dynamic in set",
      block({}, { foo: nb("set", block({}, { bar: nb("list", block({ baz: plain(D) })) })) }),
      obj({ foo: set([obj({ bar: tuple([obj({ baz: str("true") }), obj({ baz: list([str("true")]) })]) })]) }),
      obj({ foo: set([obj({ bar: tuple([obj({ baz: str("true") }), obj({ baz: list([str("true")]) })]) })]) }),
      obj({ foo: set([obj({ bar: tuple([obj({ baz: str("true") }), obj({ baz: list([str("true")]) })]) })]) }),
    ],
    [
      "nested map with dynamic in set",
      block({}, { foo: nb("set", block({}, { bar: nb("map", block({ baz: opt(D) })) })) }),
      obj({ foo: set([obj({ bar: obj({ bing: obj({ baz: str("true") }), bang: obj({ baz: list([str("true")]) }) }) })]) }),
      obj({ foo: set([obj({ bar: obj({ bing: obj({ baz: list([str("true")]) }) }) })]) }),
      obj({ foo: set([obj({ bar: obj({ bing: obj({ baz: list([str("true")]) }) }) })]) }),
    ],
    [
      "empty nested map in set",
      block({}, { foo: nb("set", block({}, { bar: nb("map", block({ baz: opt(S) })) })) }),
      obj({ foo: set([obj({ bar: mapEmpty(objT({ baz: S })) })]) }),
      obj({ foo: set([obj({ bar: map({ bing: obj({ baz: str("true") }) }) })]) }),
      obj({ foo: set([obj({ bar: map({ bing: obj({ baz: str("true") }) }) })]) }),
    ],
    [
      "deeply NestedType",
      block({
        foo: nested(
          "single",
          { bar: nested("single", testAttributes, { required: true }), baz: nested("single", testAttributes, { optional: true }) },
          { optional: true },
        ),
      }),
      obj({
        foo: obj({
          bar: nul(D),
          baz: obj({ optional: nul(S), computed: str("hello"), optional_computed: str("prior"), required: str("present") }),
        }),
      }),
      obj({
        foo: obj({
          bar: unk(testT),
          baz: obj({ optional: nul(S), computed: nul(S), optional_computed: str("hello"), required: str("present") }),
        }),
      }),
      obj({
        foo: obj({
          bar: unk(testT),
          baz: obj({ optional: nul(S), computed: str("hello"), optional_computed: str("hello"), required: str("present") }),
        }),
      }),
    ],
    [
      "deeply nested set",
      block({ foo: nested("set", { bar: nested("set", testAttributes, { required: true }) }, { optional: true }) }),
      obj({ foo: set([obj({ bar: set([four("prior")]) }), obj({ bar: set([four("other_prior")]) })]) }),
      obj({
        foo: set([
          obj({ bar: set([obj({ optional: str("configured"), computed: nul(S), optional_computed: str("configured"), required: str("configured") })]) }),
          obj({ bar: set([obj({ optional: nul(S), computed: nul(S), optional_computed: str("other_configured"), required: str("other_configured") })]) }),
        ]),
      }),
      obj({
        foo: set([
          obj({ bar: set([obj({ optional: str("configured"), computed: nul(S), optional_computed: str("configured"), required: str("configured") })]) }),
          obj({ bar: set([obj({ optional: nul(S), computed: nul(S), optional_computed: str("other_configured"), required: str("other_configured") })]) }),
        ]),
      }),
    ],
    [
      "expected null NestedTypes",
      block({
        single: nested("single", { bar: plain(S) }, { optional: true }),
        list: nested("list", { bar: plain(S) }, { optional: true }),
        set: nested("set", { bar: plain(S) }, { optional: true }),
        map: nested("map", { bar: plain(S) }, { optional: true }),
        nested_map: nested("map", { inner: nested("single", testAttributes) }, { optional: true }),
      }),
      obj({
        single: obj({ bar: str("baz") }),
        list: list([obj({ bar: str("baz") })]),
        map: map({ map_entry: obj({ bar: str("baz") }) }),
        set: set([obj({ bar: str("baz") })]),
        nested_map: map({ a: obj({ inner: four("foo") }) }),
      }),
      obj({
        single: nul(objT({ bar: S })),
        list: nul(listT(objT({ bar: S }))),
        map: nul(mapT(objT({ bar: S }))),
        set: nul(setT(objT({ bar: S }))),
        nested_map: nul(mapT(objT({ inner: testT }))),
      }),
      obj({
        single: nul(objT({ bar: S })),
        list: nul(listT(objT({ bar: S }))),
        map: nul(mapT(objT({ bar: S }))),
        set: nul(setT(objT({ bar: S }))),
        nested_map: nul(mapT(objT({ inner: testT }))),
      }),
    ],
    [
      "expected empty NestedTypes",
      block({ set: nested("set", { bar: plain(S) }, { optional: true }), map: nested("map", { bar: plain(S) }, { optional: true }) }),
      obj({ map: mapEmpty(objT({ bar: S })), set: setEmpty(objT({ bar: S })) }),
      obj({ map: mapEmpty(objT({ bar: S })), set: setEmpty(objT({ bar: S })) }),
      obj({ map: mapEmpty(objT({ bar: S })), set: setEmpty(objT({ bar: S })) }),
    ],
    [
      "optional types set replacement",
      block({ set: nested("set", { bar: req(S) }, { optional: true }) }),
      obj({ set: set([obj({ bar: str("old") })]) }),
      obj({ set: set([obj({ bar: str("new") })]) }),
      obj({ set: set([obj({ bar: str("new") })]) }),
    ],
    [
      "config add within optional+computed set",
      block({ set_obj: nested("set", { obj: nested("single", { optional: opt(S), computed: { type: S, computed: true } }, { optional: true }) }, { optional: true, computed: true }) }),
      obj({ set_obj: set([objOpt("first", str("first computed")), objOpt("second", str("second computed"))]) }),
      obj({ set_obj: set([objOpt("first", nul(S)), objOpt("second", nul(S)), objOpt("third", nul(S))]) }),
      obj({ set_obj: set([objOpt("first", str("first computed")), objOpt("second", str("second computed")), objOpt("third", nul(S))]) }),
    ],
    [
      "config add within set block",
      block({}, { set_obj: nb("set", block({ obj: objInObj })) }),
      obj({ set_obj: set([objOpt("first", str("first computed")), objOpt("second", str("second from config"))]) }),
      obj({ set_obj: set([objOpt("first", nul(S)), objOpt("second", str("second from config")), objOpt("third", nul(S))]) }),
      obj({ set_obj: set([objOpt("first", str("first computed")), objOpt("second", str("second from config")), objOpt("third", nul(S))]) }),
    ],
    [
      "config change within set block",
      block({}, { set_obj: nb("set", block({ obj: objInObj })) }),
      obj({ set_obj: set([objOpt("first", str("first computed")), objOpt("second", str("second computed"))]) }),
      obj({ set_obj: set([objOpt("first", nul(S)), objOpt("changed", nul(S))]) }),
      obj({ set_obj: set([objOpt("first", str("first computed")), objOpt("changed", nul(S))]) }),
    ],
    [
      "set attr with partial optional computed change",
      block({ multi: nested("set", { opt: opt(S), oc: optComp(S) }, { optional: true }) }),
      obj({ multi: set([oc(str("one"), str("OK")), oc(str("two"), str("OK"))]) }),
      obj({ multi: set([oc(str("one"), nul(S)), oc(str("replaced"), nul(S))]) }),
      obj({ multi: set([oc(str("one"), str("OK")), oc(str("replaced"), nul(S))]) }),
    ],
    [
      "set attr without optional computed change",
      block({ multi: nested("set", { opt: opt(S), oc: optComp(S) }, { optional: true }) }),
      obj({ multi: set([oc(str("one"), str("OK")), oc(str("two"), str("OK"))]) }),
      obj({ multi: set([oc(str("one"), nul(S)), oc(str("two"), nul(S))]) }),
      obj({ multi: set([oc(str("one"), str("OK")), oc(str("two"), str("OK"))]) }),
    ],
    [
      "set attr with all optional computed",
      block({ multi: nested("set", { opt: optComp(S), oc: optComp(S) }, { optional: true }) }),
      obj({ multi: set([oc(str("one"), str("OK")), oc(str("two"), str("OK"))]) }),
      obj({ multi: set([oc(str("one"), nul(S)), oc(str("two"), nul(S))]) }),
      obj({ multi: set([oc(str("one"), str("OK")), oc(str("two"), str("OK"))]) }),
    ],
    [
      "set block with all optional computed and nested object types",
      block({}, { multi: nb("set", block({ opt: optComp(S), oc: optComp(S), attr: nested("set", { opt: optComp(S), oc: optComp(S) }, { optional: true }) })) }),
      obj({
        multi: set([
          obj({ opt: str("one"), oc: str("OK"), attr: set([oc(str("one"), str("OK"))]) }),
          obj({ opt: str("two"), oc: str("OK"), attr: set([oc(str("two"), str("OK"))]) }),
        ]),
      }),
      obj({
        multi: set([
          obj({ opt: str("one"), oc: nul(S), attr: set([oc(str("one"), str("OK"))]) }),
          obj({ opt: str("two"), oc: str("OK"), attr: set([oc(str("two"), nul(S))]) }),
          obj({ opt: str("three"), oc: nul(S), attr: nul(setT(objT({ opt: S, oc: S }))) }),
        ]),
      }),
      obj({
        multi: set([
          obj({ opt: str("one"), oc: str("OK"), attr: set([oc(str("one"), str("OK"))]) }),
          obj({ opt: str("two"), oc: str("OK"), attr: set([oc(str("two"), nul(S))]) }),
          obj({ opt: str("three"), oc: nul(S), attr: nul(setT(objT({ opt: S, oc: S }))) }),
        ]),
      }),
    ],
  ])("%s", (_name, schema, prior, config, want) => {
    const got = proposedNew(schema, prior, config);
    expect(goString(got)).toBe(goString(want));
    expect(rawEquals(got, want)).toBe(true);
  });
});
