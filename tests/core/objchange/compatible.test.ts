import { describe, expect, it } from "vitest";
import { assertObjectCompatible } from "../../../core/objchange/index.js";
import type { Value } from "../../../lang/values/value.js";
import type { BlockSchema } from "../../../providers/schema.js";
import {
  D,
  DynamicVal,
  EmptyObjectT,
  EmptyObjectVal,
  N,
  S,
  block,
  bool,
  bound,
  comp,
  list,
  listT,
  map,
  mapEmpty,
  mapT,
  nb,
  nul,
  num,
  obj,
  objT,
  opt,
  plain,
  req,
  sensitive,
  set,
  setEmpty,
  setT,
  str,
  tuple,
  unk,
} from "./builders.js";

// Terraform's TestAssertObjectCompatible (compatible_test.go), one row per case, plus rows for the
// messages its table does not reach. Errors are compared as sets, as Terraform's test does.

const idName = (sensitiveName = false): BlockSchema => block({ id: comp(S), name: req(S, { sensitive: sensitiveName }) });
const idAnd = (attr: string, type: BlockSchema["attributes"][string]): BlockSchema => block({ id: comp(S), [attr]: type });
const withId = (attr: string, v: Value): Value => obj({ id: unk(S), [attr]: v });
const schemaWithFoo = block({ foo: opt(S) });
const schemaWithFooBar = block({ foo: opt(S), bar: opt(S) });
const foo = (v: string | Value): Value => obj({ foo: typeof v === "string" ? str(v) : v });
const fooBar = obj({ foo: str("bar"), bar: nul(S) });
const fooT = objT({ foo: S });
const blocks = (nesting: "single" | "list" | "set", name: string, inner: BlockSchema = schemaWithFoo): BlockSchema =>
  block({}, { [name]: nb(nesting, inner) });

describe("assertObjectCompatible (objchange.AssertObjectCompatible)", () => {
  it.each<[string, BlockSchema, Value, Value, string[]]>([
    ["empty", block(), EmptyObjectVal, EmptyObjectVal, []],
    ["unknown id stays unknown", idName(), obj({ id: unk(S), name: str("thingy") }), obj({ id: unk(S), name: str("thingy") }), []],
    ["unknown name becomes known", idName(), obj({ id: unk(S), name: unk(S) }), obj({ id: unk(S), name: str("thingy") }), []],
    [
      "known name changes",
      idName(),
      obj({ id: unk(S), name: str("wotsit") }),
      obj({ id: unk(S), name: str("thingy") }),
      ['.name: was cty.StringVal("wotsit"), but now cty.StringVal("thingy")'],
    ],
    ["wrong final type", block({ name: req(S) }), obj({ name: unk(S) }), obj({ name: num(0) }), [".name: wrong final value type: string required"]],
    [
      "null where refined not null",
      block({ name: req(S) }),
      obj({ name: unk(S, { notNull: true }) }),
      obj({ name: nul(S) }),
      [".name: final value cty.NullVal(cty.String) does not conform to planning placeholder cty.UnknownVal(cty.String).RefineNotNull()"],
    ],
    [
      "outside the refined prefix",
      block({ name: req(S) }),
      obj({ name: unk(S, { stringPrefix: "boop:" }) }),
      obj({ name: str("thingy") }),
      ['.name: final value cty.StringVal("thingy") does not conform to planning placeholder cty.UnknownVal(cty.String).Refine().StringPrefixFull("boop:").NewValue()'],
    ],
    ["sensitive attribute", idName(true), obj({ id: unk(S), name: str("wotsit") }), obj({ id: unk(S), name: str("thingy") }), [".name: inconsistent values for sensitive attribute"]],
    ["sensitive planned value", idName(), obj({ id: unk(S), name: sensitive(str("wotsit")) }), obj({ id: unk(S), name: str("thingy") }), [".name: inconsistent values for sensitive attribute"]],
    ["sensitive actual value", idName(), obj({ id: unk(S), name: str("wotsit") }), obj({ id: unk(S), name: sensitive(str("thingy")) }), [".name: inconsistent values for sensitive attribute"]],
    [
      "sensitive set block inside a list block",
      block({}, { configuration: nb("list", block({}, { sensitive_fields: nb("set", schemaWithFoo) })) }),
      obj({ configuration: tuple([obj({ sensitive_fields: sensitive(set([foo("secret")])) })]) }),
      obj({ configuration: tuple([obj({ sensitive_fields: sensitive(set([foo("secret")])) })]) }),
      [],
    ],
    ["dynamic placeholder becomes a string", idAnd("stuff", req(D)), withId("stuff", DynamicVal), withId("stuff", str("thingy")), []],
    [
      "dynamic attribute of an object",
      block({ obj: plain(objT({ stuff: D })) }),
      obj({ obj: obj({ stuff: DynamicVal }) }),
      obj({ obj: obj({ stuff: num(3) }) }),
      [],
    ],
    ["dynamic attribute changes", idAnd("stuff", req(D)), withId("stuff", str("wotsit")), withId("stuff", str("thingy")), ['.stuff: was cty.StringVal("wotsit"), but now cty.StringVal("thingy")']],
    ["dynamic attribute changes type", idAnd("stuff", req(D)), withId("stuff", str("true")), withId("stuff", bool(true)), [".stuff: wrong final value type: string required"]],
    ["dynamic placeholder becomes an object", idAnd("stuff", req(D)), withId("stuff", DynamicVal), withId("stuff", EmptyObjectVal), []],
    [
      "object loses an attribute",
      idAnd("stuff", req(D)),
      withId("stuff", obj({ nonsense: str("yup") })),
      withId("stuff", EmptyObjectVal),
      ['.stuff: wrong final value type: attribute "nonsense" is required'],
    ],
    ["map unchanged", idAnd("tags", opt(mapT(S))), withId("tags", map({ Name: str("thingy") })), withId("tags", map({ Name: str("thingy") })), []],
    ["unknown map element becomes known", idAnd("tags", opt(mapT(S))), withId("tags", map({ Name: unk(S) })), withId("tags", map({ Name: str("thingy") })), []],
    [
      "map element changes",
      idAnd("tags", opt(mapT(S))),
      withId("tags", map({ Name: str("wotsit") })),
      withId("tags", map({ Name: str("thingy") })),
      ['.tags["Name"]: was cty.StringVal("wotsit"), but now cty.StringVal("thingy")'],
    ],
    [
      "map element appears",
      idAnd("tags", opt(mapT(S))),
      withId("tags", map({ Name: str("thingy") })),
      withId("tags", map({ Name: str("thingy"), Env: str("production") })),
      ['.tags: new element "Env" has appeared'],
    ],
    ["map element vanishes", idAnd("tags", opt(mapT(S))), withId("tags", map({ Name: str("thingy") })), withId("tags", mapEmpty(S)), ['.tags: element "Name" has vanished']],
    ["unknown map element becomes null", idAnd("tags", opt(mapT(S))), withId("tags", map({ Name: unk(S) })), withId("tags", map({ Name: nul(S) })), []],
    ["set unchanged", idAnd("zones", opt(setT(S))), withId("zones", set([str("thingy")])), withId("zones", set([str("thingy")])), []],
    [
      "set gains an element",
      idAnd("zones", opt(setT(S))),
      withId("zones", set([str("thingy")])),
      withId("zones", set([str("thingy"), str("wotsit")])),
      ['.zones: actual set element cty.StringVal("wotsit") does not correlate with any element in plan', ".zones: length changed from 1 to 2"],
    ],
    ["unknown set elements coalesce", idAnd("zones", opt(setT(S))), withId("zones", set([unk(S), unk(S)])), withId("zones", set([str("thingy")])), []],
    ["list unchanged", idAnd("names", opt(listT(S))), withId("names", list([str("thingy")])), withId("names", list([str("thingy")])), []],
    ["unknown list becomes known", idAnd("names", opt(listT(S))), withId("names", unk(listT(S))), withId("names", list([str("thingy")])), []],
    ["unknown list element becomes known", idAnd("names", opt(listT(S))), withId("names", list([unk(S)])), withId("names", list([str("thingy")])), []],
    ["second list element becomes known", idAnd("names", opt(listT(S))), withId("names", list([str("thingy"), unk(S)])), withId("names", list([str("thingy"), str("wotsit")])), []],
    [
      "known list element changes",
      idAnd("names", opt(listT(S))),
      withId("names", list([unk(S), str("thingy")])),
      withId("names", list([str("thingy"), str("wotsit")])),
      ['.names[1]: was cty.StringVal("thingy"), but now cty.StringVal("wotsit")'],
    ],
    ["list element appears", idAnd("names", opt(listT(S))), withId("names", list([unk(S)])), withId("names", list([str("thingy"), str("wotsit")])), [".names: new element 1 has appeared"]],
    ["single block, empty", blocks("single", "key", block()), obj({ key: EmptyObjectVal }), obj({ key: EmptyObjectVal }), []],
    ["single block, unknown", blocks("single", "key", block()), obj({ key: unk(EmptyObjectT) }), obj({ key: EmptyObjectVal }), []],
    ["single block appears", blocks("single", "key"), obj({ key: nul(fooT) }), obj({ key: foo("hello") }), [".key: was absent, but now present"]],
    ["single block vanishes", blocks("single", "key"), obj({ key: foo("hello") }), obj({ key: nul(fooT) }), [".key: was present, but now absent"]],
    ["unknown object, no single block", blocks("single", "key"), unk(objT({ key: fooT })), obj({ key: nul(fooT) }), []],
    ["list block unchanged", blocks("list", "key"), obj({ key: list([foo("bar")]) }), obj({ key: list([foo("bar")]) }), []],
    ["list block count shrinks", blocks("list", "key"), obj({ key: tuple([foo("bar"), foo("bar")]) }), obj({ key: tuple([foo("bar")]) }), [".key: block count changed from 2 to 1"]],
    ["list block count grows", blocks("list", "key"), obj({ key: tuple([]) }), obj({ key: tuple([foo("bar"), foo("bar")]) }), [".key: block count changed from 0 to 2"]],
    [
      "unknown object expands into list blocks",
      blocks("list", "key", schemaWithFooBar),
      unk(objT({ key: listT(fooBar.type) })),
      obj({ key: list([foo("hello"), foo("world")]) }),
      [],
    ],
    [
      "list blocks are not dynamic placeholders",
      blocks("list", "key", schemaWithFooBar),
      obj({ key: list([fooBar, obj({ foo: unk(S), bar: str("") })]) }),
      obj({ key: list([foo("bar"), foo("hello"), foo("world")]) }),
      [".key: block count changed from 2 to 3"],
    ],
    ["set blocks unchanged", blocks("set", "block"), obj({ block: set([foo("hello"), foo("world")]) }), obj({ block: set([foo("hello"), foo("world")]) }), []],
    ["unknown set blocks coalesce", blocks("set", "block"), obj({ block: set([foo(unk(S)), foo(unk(S))]) }), obj({ block: set([foo("hello")]) }), []],
    ["unknown set blocks become known", blocks("set", "block"), obj({ block: set([foo(unk(S)), foo(unk(S))]) }), obj({ block: set([foo("hello"), foo("world")]) }), []],
    ["unknown set of blocks expands", blocks("set", "block"), obj({ block: unk(setT(fooT)) }), obj({ block: set([foo("hello"), foo("world"), foo("nope")]) }), []],
    [
      "set block changes",
      blocks("set", "block"),
      obj({ block: set([foo("hello"), foo("world")]) }),
      obj({ block: set([foo("howdy"), foo("world")]) }),
      ['.block: planned set element cty.ObjectVal(map[string]cty.Value{"foo":cty.StringVal("hello")}) does not correlate with any element in actual'],
    ],
    ["set blocks become an unknown set", blocks("set", "block"), obj({ block: set([foo(unk(S)), foo(unk(S))]) }), obj({ block: unk(setT(fooT)) }), []],
    ["unknown set becomes two blocks", blocks("set", "block"), obj({ block: unk(setT(fooT)) }), obj({ block: set([foo("a"), foo("b")]) }), []],
    ["unknown set becomes no blocks", blocks("set", "block2"), obj({ block2: unk(setT(fooT)) }), obj({ block2: setEmpty(fooT) }), []],
    ["partly known set shrinks", blocks("set", "block3"), obj({ block3: set([foo("a"), foo(unk(S))]) }), obj({ block3: set([foo("a")]) }), []],
    ["list block becomes unknown", block({}, { block: nb("list", block({ foo: req(S) })) }), obj({ block: EmptyObjectVal }), obj({ block: unk(listT(fooT)) }), []],
  ])("%s", (_name, schema, planned, actual, want) => {
    expect(assertObjectCompatible(schema, planned, actual).sort()).toEqual([...want].sort());
  });
});

// Messages Terraform's own table does not exercise, written from compatible.go.
describe("assertObjectCompatible: the remaining messages", () => {
  const mapBlocks = (inner: BlockSchema = schemaWithFoo): BlockSchema => block({}, { m: nb("map", inner) });
  const dynBlock = block({ v: opt(D) });
  it.each<[string, BlockSchema, Value, Value, string[]]>([
    ["root object vanishes", schemaWithFoo, foo("a"), nul(fooT), ["Root object was present, but now absent"]],
    ["root object appears", schemaWithFoo, nul(fooT), foo("a"), ["Root object was absent, but now present"]],
    ["null becomes a value", schemaWithFoo, foo(nul(S)), foo("a"), ['.foo: was null, but now cty.StringVal("a")']],
    ["a value becomes null", schemaWithFoo, foo("a"), foo(nul(S)), ['.foo: was cty.StringVal("a"), but now null']],
    ["known becomes unknown", schemaWithFoo, foo("a"), foo(unk(S)), [".foo: was known, but now unknown"]],
    [
      "number outside the planned bounds",
      block({ n: comp(N) }),
      obj({ n: unk(N, { numberLower: bound(1), numberUpper: bound(5, false) }) }),
      obj({ n: num(5) }),
      [".n: final value cty.NumberIntVal(5) does not conform to planning placeholder cty.UnknownVal(cty.Number).Refine().NumberLowerBound(cty.NumberIntVal(1), true).NumberUpperBound(cty.NumberIntVal(5), false).NewValue()"],
    ],
    [
      "list longer than its planned length bound",
      block({ l: comp(listT(S)) }),
      obj({ l: unk(listT(S), { notNull: true, lengthUpper: 1 }) }),
      obj({ l: list([str("a"), str("b")]) }),
      ['.l: final value cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}) does not conform to planning placeholder cty.UnknownVal(cty.List(cty.String)).Refine().NotNull().CollectionLengthUpperBound(cty.NumberIntVal(1), true).NewValue()'],
    ],
    ["list element vanishes", block({ l: opt(listT(S)) }), obj({ l: list([str("a"), str("b")]) }), obj({ l: list([str("a")]) }), [".l: element 1 has vanished"]],
    ["map block count", mapBlocks(), obj({ m: map({ a: foo("x") }) }), obj({ m: map({ a: foo("x"), b: foo("y") }) }), [".m: block count changed from 1 to 2"]],
    ["map block value", mapBlocks(), obj({ m: map({ a: foo("x") }) }), obj({ m: map({ a: foo("y") }) }), ['.m["a"].foo: was cty.StringVal("x"), but now cty.StringVal("y")']],
    [
      "dynamic map block keys",
      mapBlocks(dynBlock),
      obj({ m: obj({ a: obj({ v: str("x") }) }) }),
      obj({ m: obj({ b: obj({ v: str("x") }) }) }),
      ['.m: block key "a" has vanished', '.m: new block key "b" has appeared'],
    ],
    ["dynamic map block value", mapBlocks(dynBlock), obj({ m: obj({ a: obj({ v: str("x") }) }) }), obj({ m: obj({ a: obj({ v: num(1) }) }) }), [".m.a.v: wrong final value type: string required"]],
    [
      "set block grows",
      blocks("set", "s"),
      obj({ s: set([foo(unk(S))]) }),
      obj({ s: set([foo("a"), foo("b")]) }),
      [".s: block set length changed from 1 to 2"],
    ],
  ])("%s", (_name, schema, planned, actual, want) => {
    expect(assertObjectCompatible(schema, planned, actual).sort()).toEqual([...want].sort());
  });
});
