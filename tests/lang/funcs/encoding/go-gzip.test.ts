import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeBase64, STD_ENCODING } from "../../../../lang/text/go-base64.js";
import { goGzip } from "../../../../lang/funcs/encoding/go-gzip.js";

// Expected outputs are what Terraform 1.11's base64gzip printed (or the sha256 of it, for long inputs).

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const md5 = (s: string): string => createHash("md5").update(s).digest("hex");
const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

const SHORT: [string, string][] = [
  ["", "H4sIAAAAAAAA/wAAAP//AQAA//8AAAAAAAAAAA=="],
  ["test", "H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA"],
  ["hello hello hello hello hello hello", "H4sIAAAAAAAA/8pIzcnJV8BLAgAAAP//AQAA//9XN2KFIwAAAA=="],
  [
    "The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog again!",
    "H4sIAAAAAAAA/wrJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUyBBsUJiemJmniIAAAD//wEAAP//gZGWb18AAAA=",
  ],
];

const LONG: [string, string, string][] = [
  ["numbers", range(20000).map((i) => `${i},`).join(""), "383221d011d4484dc1175a28e88f30349754708a5c6aeb9e01588050e529fe27"],
  ["repeats", "abcabcabdabcabcabd".repeat(1000), "7d15e0073a4b1379d31ba5860c73f510b7da1063ff3c785b40676fb305340258"],
  ["hex lines", range(1000).map((i) => range(5).map((j) => sha256(String(i * 5 + j))).join("")).join("\n"), "2e5c515bbc24a6364c5683af1ef612dc614164e92d12f95bccdf39c16698a218"],
  ["one byte", "a".repeat(100000), "1e31436b84bc65c449ed6360a46d31fd2eb97d445b1e2021763d4f011648aa69"],
  ["over 64KiB", range(17000).map((k) => md5(String(k))).join(""), "62c4ab813b5f03a547de5f38c19f291a8da20c8b39d31056517c3a9bc74348a2"],
];

describe("goGzip matches Go's compress/gzip byte for byte", () => {
  it.each(SHORT)("%j", (input, want) => {
    expect(encodeBase64(goGzip(new TextEncoder().encode(input)), STD_ENCODING)).toBe(want);
  });

  it.each(LONG)("%s", (_name, input, wantSha) => {
    const out = goGzip(new TextEncoder().encode(input));
    expect(gunzipSync(out).toString()).toBe(input);
    expect(sha256(encodeBase64(out, STD_ENCODING))).toBe(wantSha);
  });
});
