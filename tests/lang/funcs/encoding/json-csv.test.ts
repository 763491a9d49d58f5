import { describe, it } from "vitest";
import { encodingFunctions } from "../../../../lang/funcs/encoding/index.js";
import { BigNum } from "../../../../lang/values/number.js";
import { Value } from "../../../../lang/values/value.js";
import { DynamicPseudoType, StringType, listOf } from "../../../../lang/types/type.js";
import { checkRow, rowName, sensitive, unknownString, type Row } from "./call-table.js";
import { UNKNOWN } from "../../../helpers/values.js";

// jsonencode, jsondecode and csvdecode; expected values and errors are what Terraform 1.11.4 printed.

const ctx = { baseDir: "." };
const n = (text: string): Value => Value.number(BigNum.parse(text)!);
const jenc = (arg: unknown, want: string, note?: string): Row => ({ fn: "jsonencode", args: [arg], want, note });
const jdec = (src: string, want: unknown, type?: string): Row => ({ fn: "jsondecode", args: [src], want, type });
const jerr = (src: string, error: string): Row => ({ fn: "jsondecode", args: [src], error });
const csv = (src: string, want: unknown, type?: string): Row => ({ fn: "csvdecode", args: [src], want, type });
const cerr = (src: string, error: string): Row => ({ fn: "csvdecode", args: [src], error });

const JSON_ROWS: Row[] = [
  jenc({ b: 1, a: "x", c: [true, null] }, '{"a":"x","b":1,"c":[true,null]}', "keys sorted"),
  jenc("<a href='x'>&amp;</a>", '"\\u003ca href=\'x\'\\u003e\\u0026amp;\\u003c/a\\u003e"', "HTML-safe escaping"),
  jenc("\u2028\u2029", '"\\u2028\\u2029"'),
  jenc("tab\there\nnl \u0001 \u007f é 😀", '"tab\\there\\nnl \\u0001 \u007f é 😀"'),
  jenc("\b\f\u000b\u001f", '"\\b\\f\\u000b\\u001f"'),
  jenc(null, "null"),
  jenc([], "[]"),
  jenc({}, "{}"),
  jenc(n("1e30"), '"1000000000000000000000000000000"'.slice(1, -1)),
  jenc(n("0.1"), "0.1"),
  jenc(n("1.5e-7"), "0.00000015"),
  jenc(n("-0"), "-0"),
  jenc(n("123456789012345678901234567890"), "123456789012345678901234567890"),
  jenc(n("2e-20"), "0.00000000000000000002"),
  jenc(n("1.0"), "1"),
  jenc(-1.25, "-1.25"),
  jenc(Value.list([n("1"), n("2")]), "[1,2]"),
  jenc(Value.set([Value.string("b"), Value.string("a")]), '["a","b"]'),
  jenc(Value.map({ z: n("1"), a: n("2") }), '{"a":2,"z":1}'),
  jenc({ "a b": "<>" }, '{"a b":"\\u003c\\u003e"}'),
  jenc([null, "a"], '[null,"a"]'),
  jenc(Value.list([Value.null(DynamicPseudoType)]), "[null]"),
  jenc([Value.list([], StringType), Value.map({}, StringType), Value.set([], StringType)], "[[],{},[]]"),
  jenc({ a: null, b: Value.null(listOf(StringType)) }, '{"a":null,"b":null}'),
  { fn: "jsonencode", args: [sensitive("x")], want: { sensitive: '"x"' } },
  { fn: "jsonencode", args: [{ a: sensitive("x") }], want: { sensitive: '{"a":"x"}' }, note: "nested marks move to the result" },
  { fn: "jsonencode", args: [unknownString()], want: UNKNOWN },
  { fn: "jsonencode", args: [Value.number(BigNum.POS_INF)], error: "cannot serialize infinity as JSON" },
  { fn: "jsonencode", args: [{ a: [Value.number(BigNum.NEG_INF)] }], error: "cannot serialize infinity as JSON" },
  { fn: "jsonencode", args: [[unknownString()]], want: UNKNOWN },
  jdec('{"b":1,"a":[1,"x",null,true]}', { a: [1, "x", null, true], b: 1 }, "object({a=tuple([number,string,dynamic,bool]),b=number})"),
  jdec('{"a":[1,"x",null]}', { a: [1, "x", null] }, "object({a=tuple([number,string,dynamic])})"),
  jdec("1.000000000000000000000000000001", "1.000000000000000000000000000001"),
  jdec("12345678901234567890123456789", "12345678901234567890123456789"),
  jdec("1e400", "1" + "0".repeat(400)),
  jdec("-0", -0),
  jdec("1E2", 100),
  jdec("null", null, "dynamic"),
  jdec('"abc"', "abc", "string"),
  jdec("[]", [], "tuple([])"),
  jdec("{}", {}, "object({})"),
  jdec("1]", 1),
  jdec("[1]]", [1]),
  jdec("{}}", {}),
  jdec('"\\ud800"', "\ufffd"),
  jdec('"\\ud83d\\ude00"', "😀"),
  jdec('"\\u00e9"', "é"),
  jdec('{"a":1,"a":2}', { a: 2 }),
  jdec('{"a":1,"a":"x"}', { a: "x" }, "object({a=string})"),
  { fn: "jsondecode", args: [sensitive('{"a":1}')], want: { sensitive: { a: 1 } } },
  { fn: "jsondecode", args: [unknownString()], want: UNKNOWN, type: "dynamic" },
  { fn: "jsondecode", args: [unknownString('"')], want: UNKNOWN, type: "string", note: "type from a known prefix" },
  { fn: "jsondecode", args: [unknownString("  t")], want: UNKNOWN, type: "bool" },
  { fn: "jsondecode", args: [unknownString("-1")], want: UNKNOWN, type: "number" },
  { fn: "jsondecode", args: [unknownString("[")], want: UNKNOWN, type: "dynamic" },
  { fn: "jsondecode", args: [unknownString("a")], error: "a JSON document cannot begin with the character 'a'", argIndex: 0 },
  jerr("", "EOF"),
  jerr("   ", "EOF"),
  jerr("{", "EOF"),
  jerr("[1", "EOF"),
  jerr("[1,2", "EOF"),
  jerr('{"a"', "EOF"),
  jerr('{"a":', "EOF"),
  jerr("[1,]", "invalid character ']' looking for beginning of value"),
  jerr("[1 2]", "invalid character '2' after array element"),
  jerr('{"a":1,}', "invalid character '}' looking for beginning of object key string"),
  jerr('{"a" 1}', "invalid character '1' after object key"),
  jerr('{"a":1 "b":2}', "invalid character '\"' after object key:value pair"),
  jerr("{1:2}", "invalid character '1'"),
  jerr("{,}", "invalid character ','"),
  jerr("tru", "unexpected EOF"),
  jerr("trux", "invalid character 'x' in literal true (expecting 'e')"),
  jerr("nope", "invalid character 'o' in literal null (expecting 'u')"),
  jerr("aaaa", "invalid character 'a' looking for beginning of value"),
  jerr("1 2", "extraneous data after JSON object"),
  jerr("01", "extraneous data after JSON object"),
  jerr("[01]", "invalid character '1' after array element"),
  jerr("1.", "unexpected EOF"),
  jerr("1.x", "invalid character 'x' after decimal point in numeric literal"),
  jerr("-x", "invalid character 'x' in numeric literal"),
  jerr("1e", "unexpected EOF"),
  jerr("1ex", "invalid character 'x' in exponent of numeric literal"),
  jerr('"abc', "unexpected EOF"),
  jerr('"a\tb"', "invalid character '\\t' in string literal"),
  jerr('"\\x"', "invalid character 'x' in string escape code"),
  jerr('"\\u12G4"', "invalid character 'G' in \\u hexadecimal character escape"),
  jerr("é", "invalid character 'Ã' looking for beginning of value"),
  jerr(",", "invalid character ',' looking for beginning of value"),
  jerr("]", "invalid character ']' looking for beginning of value"),
  jerr("}", "invalid character '}' looking for beginning of value"),
  jerr(":", "invalid character ':' looking for beginning of value"),
  jerr("[:]", "invalid character ':' looking for beginning of value"),
  jerr('{"a":1:}', "invalid character ':' after object key:value pair"),
  jerr('["a":1]', "invalid character ':' after array element"),
];

const CSV_ROWS: Row[] = [
  csv("a,b\n1,2\n3,4", [{ a: "1", b: "2" }, { a: "3", b: "4" }], "list(object({a=string,b=string}))"),
  csv("a,b", [], "list(object({a=string,b=string}))"),
  csv('a,b\n"x,y","q""z"', [{ a: "x,y", b: 'q"z' }]),
  csv("a,b\r\n1,2\r\n", [{ a: "1", b: "2" }]),
  csv("a,b\n\n1,2\n\n", [{ a: "1", b: "2" }]),
  csv("a,b\n 1 , 2 ", [{ a: " 1 ", b: " 2 " }]),
  csv('a,b\n"multi\nline",2', [{ a: "multi\nline", b: "2" }]),
  csv("a;b\n1;2", [{ "a;b": "1;2" }]),
  csv("\na,b\n1,2", [{ a: "1", b: "2" }]),
  csv("a,b\n# comment,x", [{ a: "# comment", b: "x" }]),
  csv("a\r\nb\rc", [{ a: "b\rc" }]),
  csv('a\n"x\r\ny"', [{ a: "x\ny" }]),
  cerr("", "missing header line"),
  cerr("a,a\n1,2", 'duplicate column name "a"'),
  cerr(",\n,", 'duplicate column name ""'),
  cerr("a,b\n1,2,3", "CSV parse error on line 2: wrong number of fields"),
  cerr("a,b\n1", "CSV parse error on line 2: wrong number of fields"),
  cerr("a,b\n1,2\n3,4,5", "CSV parse error on line 3: wrong number of fields"),
  cerr("a,b\n1,2\n3", "CSV parse error on line 3: wrong number of fields"),
  cerr('a\n"unterminated', 'CSV parse error on line 2: extraneous or missing " in quoted-field'),
  cerr('a\nx"y', 'CSV parse error on line 2: bare " in non-quoted-field'),
  cerr('a\n"x"y', 'CSV parse error on line 2: extraneous or missing " in quoted-field'),
  cerr('a\n"x""', 'CSV parse error on line 2: extraneous or missing " in quoted-field'),
  cerr('a,b\n1,"2', 'CSV parse error on line 2: extraneous or missing " in quoted-field'),
  { fn: "csvdecode", args: [sensitive("a\n1")], want: { sensitive: [{ a: "1" }] } },
  { fn: "csvdecode", args: [unknownString()], want: UNKNOWN, type: "dynamic" },
];



describe("jsonencode and jsondecode", () => {
  it.each(JSON_ROWS.map((r) => [rowName(r), r] as const))("%s", (_n, r) => void checkRow(encodingFunctions, r, ctx));
});

describe("csvdecode", () => {
  it.each(CSV_ROWS.map((r) => [rowName(r), r] as const))("%s", (_n, r) => void checkRow(encodingFunctions, r, ctx));
});
