import { describe, expect, it } from "vitest";
import { encodingFunctions } from "../../../../lang/funcs/encoding/index.js";
import { BYTE_TABLES } from "../../../../lang/funcs/encoding/charset-tables.js";
import { checkRow, rowName, sensitive, unknownString, type Row } from "./call-table.js";
import { UNKNOWN } from "../../../helpers/values.js";

// base64encode/decode, base64gzip, urlencode, textencodebase64/textdecodebase64; expected values and
// errors are what Terraform 1.11.4 printed.

const ctx = { baseDir: "." };
const row = (fn: string, args: unknown[], want: unknown): Row => ({ fn, args, want });
const err = (fn: string, args: unknown[], error: string, argIndex?: number): Row => ({ fn, args, error, argIndex });

const ROWS: Row[] = [
  row("base64decode", ["aGVsbG8="], "hello"),
  row("base64decode", [""], ""),
  row("base64decode", ["aGk=\n"], "hi"),
  err("base64decode", ["!!"], 'failed to decode base64 data "!!"'),
  err("base64decode", ["aGk"], 'failed to decode base64 data "aGk"'),
  err("base64decode", ["aGVs bG8="], 'failed to decode base64 data "aGVs bG8="'),
  err("base64decode", ["/w=="], "the result of decoding the provided string is not valid UTF-8"),
  err("base64decode", [sensitive("!!")], "failed to decode base64 data (sensitive value)"),
  row("base64decode", [sensitive("aGk=")], { sensitive: "hi" }),
  row("base64decode", [unknownString()], UNKNOWN),
  row("base64encode", ["héllo"], "aMOpbGxv"),
  row("base64encode", [""], ""),
  row("base64encode", [sensitive("hi")], { sensitive: "aGk=" }),
  row("base64encode", [unknownString()], UNKNOWN),
  row("base64gzip", ["test"], "H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA"),
  row("base64gzip", [""], "H4sIAAAAAAAA/wAAAP//AQAA//8AAAAAAAAAAA=="),
  row("base64gzip", [sensitive("test")], { sensitive: "H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA" }),
  row("base64gzip", [unknownString()], UNKNOWN),
  row("urlencode", ["Hello World!"], "Hello+World%21"),
  row("urlencode", ["a/b?c=d&e=f~g_h.i-j*k'l(m)n"], "a%2Fb%3Fc%3Dd%26e%3Df~g_h.i-j%2Ak%27l%28m%29n"),
  row("urlencode", ["日本"], "%E6%97%A5%E6%9C%AC"),
  row("urlencode", [""], ""),
  row("urlencode", [sensitive("a b")], { sensitive: "a+b" }),
  row("urlencode", [unknownString()], UNKNOWN),
  row("textencodebase64", ["Hello World", "UTF-16LE"], "SABlAGwAbABvACAAVwBvAHIAbABkAA=="),
  row("textencodebase64", ["Hello", "utf-16"], "/v8ASABlAGwAbABv"),
  row("textencodebase64", ["😀x", "UTF-16"], "/v/YPd4AAHg="),
  row("textencodebase64", ["😀x", "UTF-16LE"], "PdgA3ngA"),
  row("textencodebase64", ["héllo", "latin1"], "aOlsbG8="),
  row("textencodebase64", ["é", "l1"], "6Q=="),
  row("textencodebase64", ["héllo", "windows-1252"], "aOlsbG8="),
  row("textencodebase64", ["日本", "Shift_JIS"], "k/qWew=="),
  row("textencodebase64", ["日本語テキストｱｲｳ①№～￢∥－", "Shift_JIS"], "k/qWe4zqg2WDTINYg2exsrOHQIeCgWCByoFhgXw="),
  row("textencodebase64", ["日本語テキストｱｲｳ①№～￢∥－", "EUC-JP"], "xvzL3LjspcalraW5pciOsY6yjrOtoa3iocGizKHCod0="),
  row("textencodebase64", ["日本語テキスト", "ISO-2022-JP"], "GyRCRnxLXDhsJUYlLSU5JUgbKEI="),
  row("textencodebase64", ["aｱb", "ISO-2022-JP"], "YRsoSTEbKEJi"),
  row("textencodebase64", ["한국어 텍스트 똠", "EUC-KR"], "x9Gxub7uIMXYvbrGriCMYw=="),
  row("textencodebase64", ["中文文本€𠀀", "GB18030"], "1tDOxM7Esb6i45UygjY="),
  row("textencodebase64", ["😀", "GB18030"], "lDn8Ng=="),
  row("textencodebase64", ["ÿ", "GB18030"], "gTCLNw=="),
  row("textencodebase64", ["中文文本€", "GBK"], "1tDOxM7Esb6A"),
  row("textencodebase64", ["中文文本", "HZ-GB-2312"], "fntWUE5ETkQxPg=="),
  row("textencodebase64", ["中文文本∥", "Big5"], "pKSk5aTlpbuh/A=="),
  row("textencodebase64", ["ⅰ", "Shift_JIS"], "7u8="),
  row("textencodebase64", ["纊", "Shift_JIS"], "7UA="),
  row("textencodebase64", ["①№", "EUC-JP"], "raGt4g=="),
  row("textencodebase64", ["═╞╡╪兀嗀", "Big5"], "+fn56fnr+eqkYdzR"),
  row("textdecodebase64", ["+kA=", "Shift_JIS"], "ⅰ"),
  row("textdecodebase64", ["7e8=", "Shift_JIS"], "瀅"),
  err("textencodebase64", ["∵≒¬", "Shift_JIS"], "the given string contains characters that cannot be represented in Shift_JIS", 0),
  err("textencodebase64", ["−", "Shift_JIS"], "the given string contains characters that cannot be represented in Shift_JIS", 0),
  err("textencodebase64", ["∵≒¬", "EUC-JP"], "the given string contains characters that cannot be represented in Extended_UNIX_Code_Packed_Format_for_Japanese", 0),
  row("textencodebase64", ["abc", "US-ASCII"], "YWJj"),
  row("textencodebase64", ["a", " utf-8 "], "YQ=="),
  row("textencodebase64", ["a", "csUTF8"], "YQ=="),
  row("textencodebase64", ["a", "ms_kanji"], "YQ=="),
  row("textencodebase64", ["a", "IBM037"], "gQ=="),
  row("textencodebase64", ["€", "IBM00858"], "1Q=="),
  row("textencodebase64", ["\ufffd", "UTF-8"], "77+9"),
  err("textencodebase64", ["Hello", "nope"], '"nope" is not a supported IANA encoding name or alias in this Terraform version', 1),
  err("textencodebase64", ["a", "UTF8"], '"UTF8" is not a supported IANA encoding name or alias in this Terraform version', 1),
  err("textencodebase64", ["a", "UTF-32"], '"UTF-32" is not a supported IANA encoding name or alias in this Terraform version', 1),
  err("textencodebase64", ["日本", "ISO-8859-1"], "the given string contains characters that cannot be represented in ISO_8859-1:1987", 0),
  err("textencodebase64", ["é", "US-ASCII"], "the given string contains characters that cannot be represented in US-ASCII", 0),
  err("textencodebase64", ["😀", "GBK"], "the given string contains characters that cannot be represented in GBK", 0),
  row("textencodebase64", [sensitive("a"), "UTF-8"], { sensitive: "YQ==" }),
  row("textencodebase64", [unknownString(), "UTF-8"], UNKNOWN),
  row("textdecodebase64", ["SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE"], "Hello World"),
  row("textdecodebase64", ["PNgA3g==", "UTF-16LE"], "🈀"),
  row("textdecodebase64", ["/w==", "ISO-8859-1"], "ÿ"),
  row("textdecodebase64", ["6Q==", "windows-1252"], "é"),
  row("textdecodebase64", ["//4=", "UTF-16"], ""),
  row("textdecodebase64", ["AGg=", "UTF-16"], "h"),
  row("textdecodebase64", ["/v8AaA==", "UTF-16"], "h"),
  row("textdecodebase64", ["/v8AaA==", "UTF-16BE"], "\ufeffh"),
  row("textdecodebase64", ["", "UTF-8"], ""),
  err("textdecodebase64", ["aGk=", "nope"], '"nope" is not a supported IANA encoding name or alias in this Terraform version', 1),
  err("textdecodebase64", ["a!b", "UTF-8"], "the given value is has an invalid base64 symbol at offset 1", 0),
  err("textdecodebase64", ["aGk", "UTF-8"], "the given value is has an invalid base64 symbol at offset 0", 0),
  err("textdecodebase64", ["/w==", "UTF-8"], "the given string contains symbols that are not defined for UTF-8", 0),
  err("textdecodebase64", ["77+9", "UTF-8"], "the given string contains symbols that are not defined for UTF-8", 0),
  err("textdecodebase64", ["gA==", "US-ASCII"], "the given string contains symbols that are not defined for US-ASCII", 0),
  err("textdecodebase64", ["gQ==", "windows-1252"], "the given string contains symbols that are not defined for windows-1252", 0),
  err("textdecodebase64", ["PNg=", "UTF-16LE"], "the given string contains symbols that are not defined for UTF-16LE", 0),
  err("textdecodebase64", ["AGgA", "UTF-16BE"], "the given string contains symbols that are not defined for UTF-16BE", 0),
  row("textdecodebase64", [sensitive("YQ=="), "UTF-8"], { sensitive: "a" }),
  row("textdecodebase64", [unknownString(), "UTF-8"], UNKNOWN),
];

describe("base64, url and text encoding functions", () => {
  it.each(ROWS.map((r) => [rowName(r), r] as const))("%s", (_n, r) => void checkRow(encodingFunctions, r, ctx));

  it("has complete single-byte tables", () => {
    for (const [name, table] of BYTE_TABLES) expect([name, table.length]).toEqual([name, 256]);
  });
});
