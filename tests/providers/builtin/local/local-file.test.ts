import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { LOCAL_FILE_SCHEMA, LOCAL_SENSITIVE_FILE_SCHEMA, localProvider } from "../../../../providers/builtin/local/index.js";
import type { Provider } from "../../../../providers/provider.js";
import { impliedType, type Schema } from "../../../../providers/schema.js";
import { UNKNOWN } from "../../../helpers/values.js";
import { objectFor, plain, planAndApply } from "../harness.js";

const HELLO = {
  content_md5: "5d41402abc4b2a76b9719d911017c592",
  content_sha1: "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d",
  content_sha256: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
  content_base64sha256: "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=",
  content_sha512:
    "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043",
  content_base64sha512: "m3HSJL1i83hdltRq0+o9czGb+8KJDKra4t/3JRlnPKcjI8PZm6XBHXx6zG4UuMXaDEZjR1wuXDre9G9zvN7AQw==",
};

let dir: string;
let provider: Provider;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "terrane-local-"));
  provider = localProvider({ cwd: dir });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (attrs: Record<string, unknown>) => objectFor(LOCAL_FILE_SCHEMA, attrs);
const sensitive = (attrs: Record<string, unknown>) => objectFor(LOCAL_SENSITIVE_FILE_SCHEMA, attrs);
const none = (s: Schema) => Value.null(impliedType(s.block));
const umask = process.umask();

describe("local provider schemas", () => {
  it.each<[string, "resourceTypes" | "dataSources", string, Record<string, string>]>([
    ["local_file resource", "resourceTypes", "local_file", {
      filename: "required", content: "optional", content_base64: "optional", source: "optional",
      file_permission: "optional computed", directory_permission: "optional computed", id: "computed",
      sensitive_content: "optional sensitive deprecated", content_md5: "computed", content_sha1: "computed",
      content_sha256: "computed", content_base64sha256: "computed", content_sha512: "computed", content_base64sha512: "computed",
    }],
    ["local_sensitive_file resource", "resourceTypes", "local_sensitive_file", {
      filename: "required", content: "optional sensitive", content_base64: "optional sensitive", source: "optional",
      file_permission: "optional computed", directory_permission: "optional computed", id: "computed",
      content_md5: "computed", content_sha1: "computed", content_sha256: "computed", content_base64sha256: "computed",
      content_sha512: "computed", content_base64sha512: "computed",
    }],
    ["local_file data source", "dataSources", "local_file", {
      filename: "required", content: "computed", content_base64: "computed", id: "computed", content_md5: "computed",
      content_sha1: "computed", content_sha256: "computed", content_base64sha256: "computed", content_sha512: "computed",
      content_base64sha512: "computed",
    }],
    ["local_sensitive_file data source", "dataSources", "local_sensitive_file", {
      filename: "required", content: "computed sensitive", content_base64: "computed sensitive", id: "computed",
      content_md5: "computed", content_sha1: "computed", content_sha256: "computed", content_base64sha256: "computed",
      content_sha512: "computed", content_base64sha512: "computed",
    }],
  ])("%s", async (_name, kind, type, flags) => {
    const schema = (await provider.getProviderSchema())[kind][type]!;
    expect(schema.version).toBe(0);
    const got: Record<string, string> = {};
    for (const [name, a] of Object.entries(schema.block.attributes)) {
      expect(a.type).toEqual(StringType);
      got[name] = (["required", "optional", "computed", "sensitive", "deprecated"] as const).filter((f) => a[f]).join(" ");
    }
    expect(got).toEqual(flags);
  });
});

describe("local_file validation", () => {
  const E = "error";
  it.each<[string, string, Record<string, unknown>, [string, string, string, string | undefined][]]>([
    ["content alone", "local_file", { filename: "f", content: "x" }, []],
    ["no content at all", "local_file", { filename: "f" }, [
      [E, "Invalid Attribute Combination", "No attribute specified when one (and only one) of [sensitive_content,content_base64,source] is required", "content"],
      [E, "Invalid Attribute Combination", "No attribute specified when one (and only one) of [content,sensitive_content,source] is required", "content_base64"],
      [E, "Invalid Attribute Combination", "No attribute specified when one (and only one) of [content,content_base64,source] is required", "sensitive_content"],
      [E, "Invalid Attribute Combination", "No attribute specified when one (and only one) of [content,sensitive_content,content_base64] is required", "source"],
    ]],
    ["two contents", "local_sensitive_file", { filename: "f", content: "x", source: "y" }, [
      [E, "Invalid Attribute Combination", "2 attributes specified when one (and only one) of [content_base64,source] is required", "content"],
      [E, "Invalid Attribute Combination", "2 attributes specified when one (and only one) of [content,source] is required", "content_base64"],
      [E, "Invalid Attribute Combination", "2 attributes specified when one (and only one) of [content,content_base64] is required", "source"],
    ]],
    ["an unknown content delays the check", "local_file", { filename: "f", content: Value.unknown(StringType) }, []],
    ["deprecated sensitive_content", "local_file", { filename: "f", sensitive_content: "s" }, [
      ["warning", "Attribute Deprecated", "Use the `local_sensitive_file` resource instead", "sensitive_content"],
    ]],
    ["short permission", "local_file", { filename: "f", content: "x", file_permission: "7" }, [
      [E, "Invalid File Permission String Value", "bad mode permission: string length should be 3 or 4 digits: 7", "file_permission"],
    ]],
    ["long permission", "local_file", { filename: "f", content: "x", directory_permission: "00700" }, [
      [E, "Invalid File Permission String Value", "bad mode permission: string length should be 3 or 4 digits: 00700", "directory_permission"],
    ]],
    ["non-octal permission", "local_sensitive_file", { filename: "f", content: "x", file_permission: "0999" }, [
      [E, "Invalid File Permission String Value", "bad mode permission: string must be expressed in octal numeric notation: 0999", "file_permission"],
    ]],
    ["negative permission", "local_file", { filename: "f", content: "x", file_permission: "-77" }, [
      [E, "Invalid File Permission String Value", "bad mode permission: string must be expressed in octal numeric notation: -77", "file_permission"],
    ]],
    ["signed permission parses as Go does", "local_file", { filename: "f", content: "x", file_permission: "+644" }, []],
    ["a read-only attribute set", "local_file", { filename: "f", content: "x", id: "i" }, [
      [E, "Invalid Configuration for Read-Only Attribute", "Cannot set value for this attribute as the provider has marked it as read-only. Remove the configuration line setting the value.\n\nRefer to the provider documentation or contact the provider developers for additional information about configurable and read-only attributes that are supported.", "id"],
    ]],
    ["a null filename", "local_sensitive_file", { content: "x" }, [
      [E, "Missing Configuration for Required Attribute", "Must set a configuration value for the filename attribute as the provider has marked it as required.\n\nRefer to the provider documentation or contact the provider developers for additional information about configurable attributes that are required.", "filename"],
    ]],
  ])("%s", async (_name, type, attrs, expected) => {
    const schema = type === "local_file" ? LOCAL_FILE_SCHEMA : LOCAL_SENSITIVE_FILE_SCHEMA;
    const r = await provider.validateResourceConfig({ typeName: type, config: objectFor(schema, attrs) });
    expect(r.diagnostics.map((d) => [d.severity, d.summary, d.detail, d.attribute?.map((s) => ("attr" in s ? s.attr : "?")).join(".")])).toEqual(expected);
  });
});

describe("local_file plan", () => {
  const prior = file({ filename: "f.txt", content: "hello", file_permission: "0777", directory_permission: "0777", id: HELLO.content_sha1, ...HELLO });
  const unknownSums = Object.fromEntries(Object.keys(HELLO).map((k) => [k, UNKNOWN]));
  it.each<[string, string, Value, Value, Record<string, unknown>, string[]]>([
    ["create with default permissions", "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "f.txt", content: "hello" }),
      { file_permission: "0777", directory_permission: "0777", id: UNKNOWN, ...unknownSums }, []],
    ["create a sensitive file with 0700", "local_sensitive_file", none(LOCAL_SENSITIVE_FILE_SCHEMA), sensitive({ filename: "f.txt", content: "s" }),
      { file_permission: "0700", directory_permission: "0700", id: UNKNOWN }, []],
    ["create with permissions given", "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "f.txt", content: "x", file_permission: "0600" }),
      { file_permission: "0600", directory_permission: "0777" }, []],
    ["no change", "local_file", prior, file({ filename: "f.txt", content: "hello" }),
      { file_permission: "0777", id: HELLO.content_sha1, ...HELLO }, []],
    ["content changes", "local_file", prior, file({ filename: "f.txt", content: "bye" }),
      { content: "bye", id: UNKNOWN, ...unknownSums }, ["content"]],
    ["filename changes", "local_file", prior, file({ filename: "g.txt", content: "hello" }),
      { filename: "g.txt", id: UNKNOWN }, ["filename"]],
    ["content moves to content_base64", "local_file", prior, file({ filename: "f.txt", content_base64: "aGVsbG8=" }),
      { content: null, content_base64: "aGVsbG8=" }, ["content", "content_base64"]],
    ["permission changes", "local_file", prior, file({ filename: "f.txt", content: "hello", file_permission: "0644" }),
      { file_permission: "0644" }, ["file_permission"]],
    ["a permission left out returns to the default", "local_file", file({ ...plain(prior) as object, file_permission: "0644" }), file({ filename: "f.txt", content: "hello" }),
      { file_permission: "0777" }, ["file_permission"]],
  ])("%s", async (_name, type, before, config, planned, replace) => {
    const r = await planAndApply(provider, type, before, config, true);
    expect(r.diagnostics).toEqual([]);
    expect(r.planned).toMatchObject(planned);
    expect(r.plan.requiresReplace).toEqual(replace.map((a) => [{ attr: a }]));
  });
});

describe("local_file apply", () => {
  it("writes the file, creating parent directories, and records its checksums", async () => {
    const r = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "a/b/f.txt", content: "hello", file_permission: "0640", directory_permission: "0750" }));
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.state)).toEqual({
      filename: "a/b/f.txt", content: "hello", content_base64: null, source: null, sensitive_content: null,
      file_permission: "0640", directory_permission: "0750", id: HELLO.content_sha1, ...HELLO,
    });
    const path = join(dir, "a/b/f.txt");
    expect(readFileSync(path, "utf8")).toBe("hello");
    expect(statSync(path).mode & 0o777).toBe(0o640 & ~umask);
    expect(statSync(join(dir, "a")).mode & 0o777).toBe(0o750 & ~umask);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["content_base64", { content_base64: "aGVsbG8=" }, "hello"],
    ["content_base64 with line breaks", { content_base64: "aGVs\nbG8=" }, "hello"],
    ["sensitive_content", { sensitive_content: "hello" }, "hello"],
    ["source", { source: "src.txt" }, "from source"],
  ])("takes the bytes from %s", async (_name, attrs, expected) => {
    writeFileSync(join(dir, "src.txt"), "from source");
    const r = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "out.bin", ...attrs }));
    expect(r.diagnostics).toEqual([]);
    expect(readFileSync(join(dir, "out.bin"), "utf8")).toBe(expected);
  });

  it("writes binary content byte for byte", async () => {
    const r = await planAndApply(provider, "local_sensitive_file", none(LOCAL_SENSITIVE_FILE_SCHEMA), sensitive({ filename: "b.bin", content_base64: "AP8Q" }));
    expect(r.diagnostics).toEqual([]);
    expect([...readFileSync(join(dir, "b.bin"))]).toEqual([0, 255, 16]);
    expect(statSync(join(dir, "b.bin")).mode & 0o777).toBe(0o700 & ~umask);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["bad base64", { content_base64: "aGVsbG8" }, "An unexpected error occurred while parsing local file content\n\n+Original Error: illegal base64 data at input byte 4"],
    ["a bad base64 character", { content_base64: "aG*s" }, "An unexpected error occurred while parsing local file content\n\n+Original Error: illegal base64 data at input byte 2"],
    ["a missing source", { source: "nope.txt" }, "An unexpected error occurred while parsing local file content\n\n+Original Error: open nope.txt: no such file or directory"],
  ])("reports %s", async (_name, attrs, detail) => {
    const r = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "out.txt", ...attrs }));
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([["Create local file error", detail]]);
    expect(r.state?.isNull).toBe(true);
  });

  it.each<[string, string, string]>([
    ["a directory that cannot be made", "blocker/sub/f.txt", "creating file directory\n\n+Original Error: mkdir blocker: not a directory"],
    ["a file under a file", "blocker/f.txt", "writing the file\n\n+Original Error: open blocker/f.txt: not a directory"],
  ])("reports %s", async (_name, filename, detail) => {
    writeFileSync(join(dir, "blocker"), "");
    const r = await planAndApply(provider, "local_sensitive_file", none(LOCAL_SENSITIVE_FILE_SCHEMA), sensitive({ filename, content: "x" }));
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([["Create local sensitive file error", `An unexpected error occurred while ${detail}`]]);
  });

  it("deletes the file", async () => {
    const created = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "f.txt", content: "hello" }));
    const r = await provider.applyResourceChange({ typeName: "local_file", priorState: created.state!, plannedState: none(LOCAL_FILE_SCHEMA), config: none(LOCAL_FILE_SCHEMA) });
    expect(r.newState.isNull).toBe(true);
    expect(existsSync(join(dir, "f.txt"))).toBe(false);
  });
});

describe("local_file refresh", () => {
  it.each<[string, (path: string) => void, boolean]>([
    ["an untouched file stays", () => undefined, true],
    ["an edited file is gone from state", (p) => writeFileSync(p, "edited"), false],
    ["a deleted file is gone from state", (p) => rmSync(p), false],
    ["a file rewritten with the same content stays", (p) => writeFileSync(p, "hello"), true],
  ])("%s", async (_name, change, stays) => {
    const created = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "f.txt", content: "hello" }));
    change(join(dir, "f.txt"));
    const r = await provider.readResource({ typeName: "local_file", currentState: created.state! });
    expect(r.diagnostics).toEqual([]);
    expect(r.newState.isNull).toBe(!stays);
    if (stays) expect(r.newState).toBe(created.state);
  });

  it("plans to write the file again after it was deleted", async () => {
    const created = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "f.txt", content: "hello" }));
    rmSync(join(dir, "f.txt"));
    const refreshed = await provider.readResource({ typeName: "local_file", currentState: created.state! });
    const again = await planAndApply(provider, "local_file", refreshed.newState, file({ filename: "f.txt", content: "hello" }));
    expect(again.planned).toMatchObject({ id: UNKNOWN });
    expect(readFileSync(join(dir, "f.txt"), "utf8")).toBe("hello");
  });

  it("reports a file it cannot read", async () => {
    const created = await planAndApply(provider, "local_file", none(LOCAL_FILE_SCHEMA), file({ filename: "f.txt", content: "hello" }));
    rmSync(join(dir, "f.txt"));
    mkdirSync(join(dir, "f.txt"));
    const r = await provider.readResource({ typeName: "local_file", currentState: created.state! });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Read local file error", "An unexpected error occurred while reading the file\n\n+Original Error: read f.txt: is a directory"],
    ]);
  });
});

describe("local_file import and upgrade", () => {
  it("refuses import as the framework does", async () => {
    const r = await provider.importResourceState({ typeName: "local_file", id: "f.txt" });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Resource Import Not Implemented", "This resource does not support import. Please contact the provider developer for additional information."],
    ]);
  });

  it("reads stored state at version 0", async () => {
    const raw = JSON.stringify({ filename: "f.txt", content: "hello", file_permission: "0777", directory_permission: "0777", id: HELLO.content_sha1, ...HELLO });
    const r = await provider.upgradeResourceState({ typeName: "local_sensitive_file", version: 0, rawStateJson: raw });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.upgradedState)).toMatchObject({ filename: "f.txt", content_base64: null, source: null, id: HELLO.content_sha1 });
  });
});

describe("local_file data sources", () => {
  it.each(["local_file", "local_sensitive_file"])("%s reads content, base64 and checksums", async (type) => {
    writeFileSync(join(dir, "in.txt"), "hello");
    const schema = (await provider.getProviderSchema()).dataSources[type]!;
    const r = await provider.readDataSource({ typeName: type, config: objectFor(schema, { filename: "in.txt" }) });
    expect(r.diagnostics).toEqual([]);
    expect(plain(r.state)).toEqual({ filename: "in.txt", content: "hello", content_base64: "aGVsbG8=", id: HELLO.content_sha1, ...HELLO });
  });

  it("replaces invalid UTF-8 in content", async () => {
    writeFileSync(join(dir, "bin"), Buffer.from([0x61, 0xff, 0x62]));
    const schema = (await provider.getProviderSchema()).dataSources["local_file"]!;
    const r = await provider.readDataSource({ typeName: "local_file", config: objectFor(schema, { filename: "bin" }) });
    expect(plain(r.state)).toMatchObject({ content: "a\uFFFDb", content_base64: "Yf9i" });
  });

  it("reports a missing file", async () => {
    const schema = (await provider.getProviderSchema()).dataSources["local_file"]!;
    const r = await provider.readDataSource({ typeName: "local_file", config: objectFor(schema, { filename: "missing.txt" }) });
    expect(r.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Read local file data source error", "The file at given path cannot be read.\n\n+Original Error: open missing.txt: no such file or directory"],
    ]);
  });

  it("validates a data source configuration", async () => {
    const schema = (await provider.getProviderSchema()).dataSources["local_file"]!;
    const r = await provider.validateDataResourceConfig({ typeName: "local_file", config: objectFor(schema, { filename: "f", content: "x" }) });
    expect(r.diagnostics.map((d) => d.summary)).toEqual(["Invalid Configuration for Read-Only Attribute"]);
  });
});
