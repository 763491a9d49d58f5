import { describe, expect } from "vitest";
import { collectionFunctions } from "../../../../lang/funcs/collection/index.js";
import { listOf, tupleOf } from "../../../../lang/types/type.js";
import type { Value } from "../../../../lang/values/value.js";
import { UNKNOWN as U } from "../../../helpers/values.js";
import { list, num, runTable, sens, set, T, unk, type Row } from "./function-table.js";

// range, reverse, setintersection, setunion, setsubtract, setproduct, slice, sort, sum and the removed
// list and map, with results and messages from Terraform 1.11's console.

const us = unk(T.str);
const ul = unk(tupleOf([T.str, T.str]));
const WHOLE = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const TOO_MANY =
  "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step";
const COMPATIBLE = "given sets must all have compatible element types";
const NOT_NUMBERS = "argument must be list, set, or tuple of number values";
// Terraform's 512-bit binary arithmetic, as its console prints the accumulated steps.
const P07 = "0.70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006";
const P08 = "0.8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001";
const P09 = "0.9000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001";
const M04 = "0.39999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999997";
const M01 = "0.099999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999955";

const rows: Row[] = [
  { fn: "range", args: [3], want: [0, 1, 2], type: "list(number)" },
  { fn: "range", args: [-3], want: [0, -1, -2] },
  { fn: "range", args: [1, 4], want: [1, 2, 3] },
  { fn: "range", args: [4, 1], want: [4, 3, 2] },
  { fn: "range", args: [0, 1, num("0.25")], want: [0, 0.25, 0.5, 0.75] },
  { fn: "range", args: [1, 0, num("-0.25")], want: [1, 0.75, 0.5, 0.25] },
  { fn: "range", args: [num("0.5")], want: [0] },
  { fn: "range", args: [1, num("2.5")], want: [1, 2] },
  { fn: "range", args: [0], want: [], type: "list(number)" },
  { fn: "range", args: [1, 1], want: [] },
  { fn: "range", args: [5, 5, 0], want: [] },
  { fn: "range", args: [0, 1, num("0.1")], want: [0, "0.1", "0.2", "0.3", "0.4", 0.5, "0.6", P07, P08, P09] },
  { fn: "range", args: [1, 0, num("-0.3")], want: [1, "0.7", M04, M01] },
  { fn: "range", args: [0, 1024], check: (v: Value) => expect(v.length).toBe(1024) },
  { fn: "range", args: [unk(T.num)], want: U, refinement: { notNull: true } },
  { fn: "range", args: [sens(2)], want: { sensitive: [0, 1] } },
  { fn: "range", args: [0, 10, 0], err: TOO_MANY },
  { fn: "range", args: [2000], err: TOO_MANY },
  { fn: "range", args: [0, 1025], err: TOO_MANY },
  { fn: "range", args: [0, 10, -1], err: "end must be less than start when step is negative", argIndex: 1 },
  { fn: "range", args: [10, 0, 1], err: "end must be greater than start when step is positive", argIndex: 1 },
  { fn: "range", args: [1, 0, 0], err: "end must be greater than start when step is positive", argIndex: 1 },
  { fn: "range", args: [], err: "must have one, two, or three arguments" },
  { fn: "range", args: [1, 2, 3, 4], err: "must have one, two, or three arguments" },
  { fn: "range", args: ["a"], err: "a number is required", argIndex: 0 },
  { fn: "range", args: [null], err: "argument must not be null", argIndex: 0 },

  { fn: "reverse", args: [[1, "a"]], want: ["a", 1], type: "tuple([string,number])" },
  { fn: "reverse", args: [list([1, 2])], want: [2, 1], type: "list(number)" },
  { fn: "reverse", args: [set(["b", "a"])], want: ["b", "a"], type: "list(string)" },
  { fn: "reverse", args: [[]], want: [], type: "tuple([])" },
  { fn: "reverse", args: [list([], T.str)], want: [], type: "list(string)" },
  { fn: "reverse", args: [["a", us]], want: [U, "a"] },
  { fn: "reverse", args: [ul], want: U, type: "tuple([string,string])" },
  { fn: "reverse", args: [unk(listOf(T.str))], want: U, refinement: { notNull: true } },
  { fn: "reverse", args: [sens(["a", "b"])], want: { sensitive: ["b", "a"] } },
  { fn: "reverse", args: [[sens("a"), "b"]], want: ["b", { sensitive: "a" }] },
  { fn: "reverse", args: ["ab"], err: "can only reverse list or tuple values, not string", argIndex: 0 },
  { fn: "reverse", args: [{ a: 1 }], err: "can only reverse list or tuple values, not object", argIndex: 0 },
  { fn: "reverse", args: [null], err: "argument must not be null", argIndex: 0 },

  { fn: "setintersection", args: [["a", "b"], ["b", "c"]], want: ["b"], type: "set(string)" },
  { fn: "setintersection", args: [set(["a", "b"]), ["b", "c"], ["b"]], want: ["b"] },
  { fn: "setintersection", args: [["a"], [1]], want: [], type: "set(string)" },
  { fn: "setintersection", args: [[]], want: [], type: "set(dynamic)" },
  { fn: "setintersection", args: [[], ["a"]], want: [], type: "set(string)" },
  { fn: "setintersection", args: [["a", us], ["a"]], want: U, refinement: { notNull: true } },
  { fn: "setintersection", args: [ul, ["a"]], want: U },
  { fn: "setintersection", args: [sens(["a"]), ["a"]], want: { sensitive: ["a"] } },
  { fn: "setintersection", args: [[1], [true]], err: COMPATIBLE },
  { fn: "setintersection", args: [["a"], [["a"]]], err: COMPATIBLE },
  { fn: "setintersection", args: ["a", ["a"]], err: "set of any single type required", argIndex: 0 },
  { fn: "setintersection", args: [null, ["a"]], err: "argument must not be null", argIndex: 0 },
  { fn: "setintersection", args: [["a"], null], err: "argument must not be null", argIndex: 1 },
  { fn: "setunion", args: [["a", "b"], ["b", "c"]], want: ["a", "b", "c"], type: "set(string)" },
  { fn: "setunion", args: [["a"], [1]], want: ["1", "a"] },
  { fn: "setunion", args: [[], []], want: [], type: "set(dynamic)" },
  { fn: "setunion", args: [["a", us], ["a"]], want: ["a", U] },
  { fn: "setunion", args: [["a"], [us]], want: ["a", U] },
  { fn: "setunion", args: [ul, ["a"]], want: U },
  { fn: "setunion", args: [sens(["a"]), ["b"]], want: { sensitive: ["a", "b"] } },
  { fn: "setunion", args: [[sens("a")], ["b"]], want: { sensitive: ["a", "b"] } },
  { fn: "setsubtract", args: [["a", "b", "c"], ["b"]], want: ["a", "c"], type: "set(string)" },
  { fn: "setsubtract", args: [["a"], []], want: ["a"] },
  { fn: "setsubtract", args: [[], ["a"]], want: [] },
  { fn: "setsubtract", args: [["a", us], ["a"]], want: U },
  { fn: "setsubtract", args: [["a"], [us]], want: U },
  { fn: "setsubtract", args: [sens(["a", "b"]), ["a"]], want: { sensitive: ["b"] } },
  { fn: "setsubtract", args: [["a"], [[1]]], err: COMPATIBLE },
  { fn: "setsubtract", args: [["a"]], err: 'Function "setsubtract" expects 2 argument(s). Missing value for "b".' },
  { fn: "setsubtract", args: [["a"], ["b"], ["c"]], err: 'Function "setsubtract" expects only 2 argument(s).' },

  { fn: "setproduct", args: [["a", "b"], [1, 2]], want: [["a", 1], ["a", 2], ["b", 1], ["b", 2]], type: "list(tuple([string,number]))" },
  { fn: "setproduct", args: [set(["a", "b"]), [1, 2]], want: [["a", 1], ["a", 2], ["b", 1], ["b", 2]], type: "set(tuple([string,number]))" },
  { fn: "setproduct", args: [["a"], []], want: [], type: "list(tuple([string,dynamic]))" },
  { fn: "setproduct", args: [list([], T.any), set([], T.any)], want: [], type: "set(tuple([dynamic,dynamic]))" },
  { fn: "setproduct", args: [["a"], [1, "x"]], want: [["a", "1"], ["a", "x"]] },
  { fn: "setproduct", args: [["a"], ["b", us]], want: [["a", "b"], ["a", U]] },
  { fn: "setproduct", args: [["a"], ul], want: U, refinement: { notNull: true, lengthLower: 1, lengthUpper: 2 } },
  { fn: "setproduct", args: [list(["a"]), unk(listOf(T.str))], want: U, refinement: { notNull: true } },
  { fn: "setproduct", args: [sens(["a"]), ["b"]], want: { sensitive: [["a", "b"]] } },
  { fn: "setproduct", args: [["a"]], err: "at least two arguments are required" },
  { fn: "setproduct", args: [["a"], [1, ["x"]]], err: "all elements must be of the same type", argIndex: 1 },
  { fn: "setproduct", args: [["a"], "b"], err: "a set or a list is required", argIndex: 1 },
  { fn: "setproduct", args: [["a"], { a: 1 }], err: "a set or a list is required", argIndex: 1 },
  { fn: "setproduct", args: [["a"], null], err: "argument must not be null", argIndex: 1 },

  { fn: "slice", args: [["a", "b", "c"], 1, 3], want: ["b", "c"], type: "tuple([string,string])" },
  { fn: "slice", args: [["a", 1, "c"], 1, 3], type: "tuple([number,string])" },
  { fn: "slice", args: [list(["a", "b", "c"]), 0, 0], want: [], type: "list(string)" },
  { fn: "slice", args: [["a", "b", "c"], 0, 0], want: [], type: "tuple([])" },
  { fn: "slice", args: [["a", "b"], unk(T.num), 2], want: U, type: "dynamic" },
  { fn: "slice", args: [list(["a", "b"]), unk(T.num), 2], want: U, type: "list(string)" },
  { fn: "slice", args: [ul, 0, 1], want: U, type: "tuple([string])" },
  { fn: "slice", args: [unk(listOf(T.str)), 0, 5], want: U },
  { fn: "slice", args: [sens(["a", "b"]), 0, 1], want: { sensitive: ["a"] } },
  { fn: "slice", args: [["a", "b"], sens(0), 1], want: { sensitive: ["a"] } },
  { fn: "slice", args: [["a"], 2, 2], err: "start index must not be greater than the length of the list", argIndex: 1 },
  { fn: "slice", args: [["a"], 0, 2], err: "end index must not be greater than the length of the list", argIndex: 2 },
  { fn: "slice", args: [["a", "b"], unk(T.num), 5], err: "end index must not be greater than the length of the list", argIndex: 2 },
  { fn: "slice", args: [["a", "b"], 2, 1], err: "start index must not be greater than end index", argIndex: 1 },
  { fn: "slice", args: [unk(listOf(T.str)), 2, 1], err: "start index must not be greater than end index", argIndex: 1 },
  { fn: "slice", args: [["a"], -1, 1], err: "start index must not be less than zero", argIndex: 1 },
  { fn: "slice", args: [["a"], 0, -1], err: "end index must not be less than zero", argIndex: 2 },
  { fn: "slice", args: [["a"], 0.5, 1], err: `invalid start index: ${WHOLE}`, argIndex: 1 },
  { fn: "slice", args: [["a"], 0, 1.5], err: `invalid end index: ${WHOLE}`, argIndex: 2 },
  {
    fn: "slice",
    args: [set(["a"]), 0, 1],
    err: "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important",
    argIndex: 0,
  },
  { fn: "slice", args: ["abc", 0, 1], err: "must be a list or tuple value", argIndex: 0 },
  { fn: "slice", args: [null, 0, 1], err: "argument must not be null", argIndex: 0 },

  { fn: "sort", args: [["b", "a", "10", "9"]], want: ["10", "9", "a", "b"], type: "list(string)" },
  { fn: "sort", args: [[3, 1, 20]], want: ["1", "20", "3"] },
  { fn: "sort", args: [[true, false]], want: ["false", "true"] },
  { fn: "sort", args: [[]], want: [] },
  { fn: "sort", args: [set(["b", "a"])], want: ["a", "b"] },
  { fn: "sort", args: [["é", "e", "z", "Z"]], want: ["Z", "e", "z", "é"] },
  { fn: "sort", args: [["😀", "\ue000", "a"]], want: ["a", "\ue000", "😀"] },
  { fn: "sort", args: [["a", us]], want: [U, U] },
  { fn: "sort", args: [ul], want: [U, U] },
  { fn: "sort", args: [unk(listOf(T.str))], want: U, refinement: { notNull: true } },
  { fn: "sort", args: [sens(["b", "a"])], want: { sensitive: ["a", "b"] } },
  { fn: "sort", args: [["b", sens("a")]], want: { sensitive: ["a", "b"] } },
  { fn: "sort", args: [[null, "a"]], err: "given list element 0 is null; a null string cannot be sorted" },
  { fn: "sort", args: [[["a"]]], err: "element 0: string required", argIndex: 0 },
  { fn: "sort", args: ["a"], err: "list of string required", argIndex: 0 },

  { fn: "sum", args: [[1, 2, num("3.5")]], want: 6.5, type: "number" },
  { fn: "sum", args: [["1", 2]], want: 3 },
  { fn: "sum", args: [[-1, num("0.5")]], want: -0.5 },
  { fn: "sum", args: [set([1, 2, 2])], want: 3 },
  { fn: "sum", args: [[num("0.1"), num("0.2")]], want: "0.3" },
  { fn: "sum", args: [[num("1e308"), num("1e308")]], want: `2${"0".repeat(308)}` },
  { fn: "sum", args: [[1, unk(T.num)]], want: U, refinement: { notNull: true } },
  { fn: "sum", args: [ul], want: U },
  { fn: "sum", args: [sens([1, 2])], want: { sensitive: 3 } },
  { fn: "sum", args: [[sens(1), 2]], want: { sensitive: 3 } },
  { fn: "sum", args: [[]], err: "cannot sum an empty list", argIndex: 0 },
  { fn: "sum", args: [list([], T.num)], err: "cannot sum an empty list", argIndex: 0 },
  { fn: "sum", args: [{}], err: "cannot sum an empty list", argIndex: 0 },
  { fn: "sum", args: [["a"]], err: NOT_NUMBERS, argIndex: 0 },
  { fn: "sum", args: [[1, "x"]], err: NOT_NUMBERS, argIndex: 0 },
  { fn: "sum", args: [[true]], err: NOT_NUMBERS, argIndex: 0 },
  { fn: "sum", args: [[null]], err: NOT_NUMBERS, argIndex: 0 },
  { fn: "sum", args: [[1, null]], err: NOT_NUMBERS, argIndex: 0 },
  { fn: "sum", args: [{ a: 1 }], err: "argument must be list, set, or tuple. Received object", argIndex: 0 },
  { fn: "sum", args: ["a"], err: "cannot sum noniterable", argIndex: 0 },
  { fn: "sum", args: [null], err: "argument must not be null", argIndex: 0 },

  {
    fn: "list",
    args: [1, 2],
    err: 'the "list" function was deprecated in Terraform v0.12 and is no longer available; use tolist([ ... ]) syntax to write a literal list',
  },
  {
    fn: "list",
    args: [],
    err: 'the "list" function was deprecated in Terraform v0.12 and is no longer available; use tolist([ ... ]) syntax to write a literal list',
  },
  {
    fn: "map",
    args: ["a", 1],
    err: 'the "map" function was deprecated in Terraform v0.12 and is no longer available; use tomap({ ... }) syntax to write a literal map',
  },
];

describe("collection functions over sets, numbers and slices", () => runTable(collectionFunctions, rows));
