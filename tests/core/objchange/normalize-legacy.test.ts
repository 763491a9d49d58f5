import { describe, expect, it } from "vitest";
import { goString, normalizeObjectFromLegacySDK } from "../../../core/objchange/index.js";
import { rawEquals, type Value } from "../../../lang/values/value.js";
import type { BlockSchema } from "../../../providers/schema.js";
import {
  D,
  EmptyObjectT,
  EmptyObjectVal,
  S,
  block,
  bool,
  list,
  listEmpty,
  listT,
  map,
  nb,
  nul,
  obj,
  objT,
  opt,
  req,
  sensitive,
  set,
  setEmpty,
  setT,
  str,
  tuple,
  unk,
} from "./builders.js";

// Terraform's TestNormalizeObjectFromLegacySDK (normalize_obj_test.go), plus a row for marks.

const bBlock = (nesting: "single" | "group" | "list" | "set" | "map", extra: BlockSchema["blocks"] = {}): BlockSchema =>
  block({}, { a: nb(nesting, block({ b: opt(S) }, extra)) });
const withC = { c: nb("single") };
const bcT = objT({ b: S, c: EmptyObjectT });

describe("normalizeObjectFromLegacySDK (objchange.NormalizeObjectFromLegacySDK)", () => {
  it.each<[string, BlockSchema, Value, Value]>([
    ["empty", block(), EmptyObjectVal, EmptyObjectVal],
    [
      "attributes only",
      block({ a: req(S), b: opt(S) }),
      obj({ a: str("a value"), b: str("b value") }),
      obj({ a: str("a value"), b: str("b value") }),
    ],
    ["null block single", bBlock("single"), obj({ a: nul(objT({ b: S })) }), obj({ a: nul(objT({ b: S })) })],
    ["unknown block single", bBlock("single", withC), obj({ a: unk(bcT) }), obj({ a: obj({ b: unk(S), c: EmptyObjectVal }) })],
    ["null block group", bBlock("group"), obj({ a: nul(objT({ b: S })) }), obj({ a: obj({ b: nul(S) }) })],
    ["null block list", bBlock("list", withC), obj({ a: nul(listT(bcT)) }), obj({ a: listEmpty(bcT) })],
    ["unknown block list", bBlock("list"), obj({ a: unk(listT(objT({ b: S }))) }), obj({ a: list([obj({ b: unk(S) })]) })],
    ["null block set", bBlock("set"), obj({ a: nul(setT(objT({ b: S }))) }), obj({ a: setEmpty(objT({ b: S })) })],
    ["unknown block set", bBlock("set"), obj({ a: unk(setT(objT({ b: S }))) }), obj({ a: set([obj({ b: unk(S) })]) })],
    ["map block passes through", bBlock("map"), obj({ a: map({ foo: obj({ b: str("b value") }) }) }), obj({ a: map({ foo: obj({ b: str("b value") }) }) })],
    [
      "block list with dynamic type",
      block({}, { a: nb("list", block({ b: opt(D) })) }),
      obj({ a: tuple([obj({ b: str("hello") }), obj({ b: bool(true) })]) }),
      obj({ a: tuple([obj({ b: str("hello") }), obj({ b: bool(true) })]) }),
    ],
    [
      "block map with dynamic type",
      block({}, { a: nb("map", block({ b: opt(D) })) }),
      obj({ a: obj({ one: obj({ b: str("hello") }), another: obj({ b: bool(true) }) }) }),
      obj({ a: obj({ one: obj({ b: str("hello") }), another: obj({ b: bool(true) }) }) }),
    ],
    [
      "marks are kept",
      block({ s: opt(S) }, { a: nb("list", block({ b: opt(S) })) }),
      obj({ s: sensitive(str("x")), a: nul(listT(objT({ b: S }))) }),
      obj({ s: sensitive(str("x")), a: listEmpty(objT({ b: S })) }),
    ],
  ])("%s", (_name, schema, input, want) => {
    const got = normalizeObjectFromLegacySDK(input, schema);
    expect(goString(got)).toBe(goString(want));
    expect(rawEquals(got, want)).toBe(true);
  });
});
