import { describe, expect, test } from "vitest";
import { moduleSourceString, parseModuleSource, parseModuleSourceRegistry } from "../../../core/configs/index.js";

// Module source addresses, one row per input. Package addresses of remote sources are the ones
// `terraform init` (1.11.4) printed as "Downloading <address> for <name>..."; the error texts are the
// ones its "Invalid module source address" diagnostics carried.

const VALID: [string, ReturnType<typeof parseModuleSource>][] = [
  ["./child", { kind: "local", path: "./child" }],
  ["./a/../b//c/", { kind: "local", path: "./b/c" }],
  ["../shared", { kind: "local", path: "../shared" }],
  [".\\win\\path", { kind: "local", path: "./win/path" }],
  ["./", { kind: "local", path: "./." }],
  ["hashicorp/consul/aws", { kind: "registry", host: "registry.terraform.io", namespace: "hashicorp", name: "consul", targetSystem: "aws", subdir: "" }],
  ["hashicorp/consul/aws//modules/x/", { kind: "registry", host: "registry.terraform.io", namespace: "hashicorp", name: "consul", targetSystem: "aws", subdir: "modules/x" }],
  ["Example.COM:443/ns/name/sys", { kind: "registry", host: "example.com", namespace: "ns", name: "name", targetSystem: "sys", subdir: "" }],
  ["example.com:8443/ns/name/sys", { kind: "registry", host: "example.com:8443", namespace: "ns", name: "name", targetSystem: "sys", subdir: "" }],
  ["github.com/hashicorp/example", { kind: "remote", packageAddr: "git::https://github.com/hashicorp/example.git", subdir: "" }],
  ["github.com/ns/name/sys", { kind: "remote", packageAddr: "git::https://github.com/ns/name.git", subdir: "sys" }],
  ["git@github.com:a/b.git?ref=v1&depth=1", { kind: "remote", packageAddr: "git::ssh://git@github.com/a/b.git?depth=1&ref=v1", subdir: "" }],
  ["bitbucket.org/a/b", { kind: "remote", packageAddr: "git::https://bitbucket.org/a/b.git", subdir: "" }],
  ["x.s3.amazonaws.com/a/b", { kind: "remote", packageAddr: "s3::https://s3.amazonaws.com/x/a/b", subdir: "" }],
  ["s3-eu-west-1.amazonaws.com/bucket/key", { kind: "remote", packageAddr: "s3::https://s3-eu-west-1.amazonaws.com/bucket/key", subdir: "" }],
  ["bucket.s3.eu-west-1.amazonaws.com/key//sub", { kind: "remote", packageAddr: "s3::https://s3.eu-west-1.amazonaws.com/bucket/key", subdir: "sub" }],
  ["www.googleapis.com/storage/v1/bucket/obj", { kind: "remote", packageAddr: "gcs::https://www.googleapis.com/storage/v1/bucket/obj", subdir: "" }],
  ["/abs/path//sub", { kind: "remote", packageAddr: "file:///abs/path", subdir: "sub" }],
  ["git::https://example.com/x.git//dir?ref=v2", { kind: "remote", packageAddr: "git::https://example.com/x.git?ref=v2", subdir: "dir" }],
  ["https://example.com/module.zip", { kind: "remote", packageAddr: "https://example.com/module.zip", subdir: "" }],
  ["s3::https://s3-eu-west-1.amazonaws.com/bucket/module.zip", { kind: "remote", packageAddr: "s3::https://s3-eu-west-1.amazonaws.com/bucket/module.zip", subdir: "" }],
  ["C:\\foo", { kind: "remote", packageAddr: "C:\\foo", subdir: "" }],
];

describe("valid module sources are classified and normalized", () => {
  for (const [raw, want] of VALID) {
    test(raw, () => {
      expect(parseModuleSource(raw)).toEqual(want);
    });
  }
});

test("canonical strings, as the module manifest records them", () => {
  const str = (raw: string): string => {
    const r = parseModuleSource(raw);
    if (!("kind" in r)) throw new Error(`unexpected error for ${raw}`);
    return moduleSourceString(r);
  };
  expect(str("hashicorp/consul/aws//sub")).toBe("registry.terraform.io/hashicorp/consul/aws//sub");
  expect(str("github.com/ns/name/sys")).toBe("git::https://github.com/ns/name.git//sys");
  expect(str("./a/./b")).toBe("./a/b");
});

const INVALID: [string, ReturnType<typeof parseModuleSource>][] = [
  ["foo", { maybeRelativePath: "foo" }],
  ["foo/bar", { maybeRelativePath: "foo/bar" }],
  ["ns/name/sys//../x", { message: 'subdirectory path "../x" leads outside of the module package' }],
  ["github.com/x", { message: "GitHub URLs should be github.com/username/repo" }],
  ["", { message: "invalid source address: " }],
  ["a.b.c.amazonaws.com/x", { message: "URL is not a valid S3 URL" }],
];

describe("invalid module sources", () => {
  for (const [raw, want] of INVALID) {
    test(JSON.stringify(raw), () => {
      expect(parseModuleSource(raw)).toEqual(want);
    });
  }
});

describe("registry addresses required by a version argument", () => {
  const rows: [string, string][] = [
    ["./local", `can't use local directory "./local" as a module registry address`],
    ["git::https://example.com/x.git", `invalid module registry hostname "git::https:"`],
    ["a/b", "a module registry source address must have either three or four slash-separated components"],
    ["github.com/ns/name/sys", `can't use "github.com" as a module registry host, because it's reserved for installing directly from version control repositories`],
    ["example.com/ns/name", "source address must have three more components after the hostname: the namespace, the name, and the target system"],
    ["ns/-bad/sys", `invalid module name "-bad": must be between one and 64 characters, including ASCII letters, digits, dashes, and underscores, where dashes and underscores may not be the prefix or suffix`],
    ["n_/name/sys", `invalid namespace "n_": must be between one and 64 characters, including ASCII letters, digits, dashes, and underscores, where dashes and underscores may not be the prefix or suffix`],
    ["ns/name/AWS", `invalid target system "AWS": must be between one and 64 ASCII letters or digits`],
    ["ns/name/sys?ref=1", "module registry addresses may not include a query string portion"],
    ["localhost/ns/name/sys", "invalid module registry hostname: must contain at least one dot"],
    ["xn--abc.com/ns/name/sys", `invalid module registry hostname "xn--abc.com"; internationalized domain names must be given as direct unicode characters, not in punycode`],
  ];
  for (const [raw, message] of rows) {
    test(raw, () => {
      expect(parseModuleSourceRegistry(raw)).toEqual({ message });
    });
  }
});
