import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, it } from "vitest";
import { filesystemFunctions } from "../../../../lang/funcs/filesystem/index.js";
import { Value } from "../../../../lang/values/value.js";
import { StringType } from "../../../../lang/types/type.js";
import { checkRow, rowName, sensitive, unknownString, type Row } from "../encoding/call-table.js";
import { UNKNOWN } from "../../../helpers/values.js";

// Path and file functions, run against files made in a temporary directory. Expected results and
// error texts are what Terraform 1.11.4 printed for the same files (its paths were relative to ".";
// here the module directory is the temporary directory, so paths in messages are absolute).

const dir = mkdtempSync(join(tmpdir(), "terrane-fs-"));
const files: Record<string, string | Buffer> = {
  "hello.txt": "hello\n",
  "empty.txt": "",
  "bin.dat": Buffer.from([0xff, 0xfe]),
  ".hidden": "q",
  "sub/a.txt": "x",
  "sub/b.md": "y",
  "sub/deep/c.txt": "z",
};
mkdirSync(join(dir, "sub", "deep"), { recursive: true });
mkdirSync(join(dir, "emptydir"));
for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
symlinkSync("hello.txt", join(dir, "link.txt"));
execFileSync("mkfifo", [join(dir, "fifo")]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ctx = { baseDir: dir };

const row = (fn: string, args: unknown[], want: unknown): Row => ({ fn, args, want });
const err = (fn: string, args: unknown[], error: string, argIndex?: number): Row => ({ fn, args, error, argIndex });
const set = (...names: string[]): string[] => names;
const NO_FILE = (p: string): string =>
  `no file exists at ${p}; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource`;
const NOT_UTF8 = (p: string): string =>
  `contents of ${p} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`;

const ROWS: Row[] = [
  row("abspath", ["/a/b/../c"], "/a/c"),
  row("abspath", ["/"], "/"),
  row("abspath", ["foo/bar"], join(process.cwd(), "foo/bar")),
  row("abspath", [""], process.cwd()),
  row("abspath", [unknownString()], UNKNOWN),
  row("basename", ["/a/b/c.txt"], "c.txt"),
  row("basename", ["a/b/"], "b"),
  row("basename", [""], "."),
  row("basename", ["/"], "/"),
  row("basename", ["//"], "/"),
  row("basename", ["c"], "c"),
  row("basename", [sensitive("/a/b")], { sensitive: "b" }),
  row("dirname", ["/a/b/c.txt"], "/a/b"),
  row("dirname", ["a/b/"], "a/b"),
  row("dirname", [""], "."),
  row("dirname", ["/"], "/"),
  row("dirname", ["c"], "."),
  row("dirname", ["a//b/./c/.."], "a/b/c"),
  row("dirname", [unknownString()], UNKNOWN),
  row("pathexpand", ["~/x"], join(homedir(), "x")),
  row("pathexpand", ["~"], homedir()),
  row("pathexpand", ["/abs"], "/abs"),
  row("pathexpand", [""], ""),
  err("pathexpand", ["~user/x"], "cannot expand user-specific home dir"),
  err("pathexpand", ["~x"], "cannot expand user-specific home dir"),
  row("file", ["hello.txt"], "hello\n"),
  row("file", ["./sub/../hello.txt"], "hello\n"),
  row("file", ["empty.txt"], ""),
  row("file", ["link.txt"], "hello\n"),
  row("file", [join(dir, "sub/a.txt")], "x"),
  row("file", [sensitive("hello.txt")], { sensitive: "hello\n" }),
  row("file", [unknownString()], UNKNOWN),
  err("file", ["nope.txt"], NO_FILE('"nope.txt"'), 0),
  err("file", [sensitive("nope.txt")], NO_FILE("(sensitive value)"), 0),
  err("file", ["bin.dat"], NOT_UTF8('"bin.dat"')),
  err("file", [sensitive("bin.dat")], NOT_UTF8("(sensitive value)")),
  err("file", ["sub"], `failed to read file: read ${dir}/sub: is a directory`, 0),
  err("file", [""], `failed to read file: read ${dir}: is a directory`, 0),
  err("file", ["~nobody/x"], "failed to expand ~: cannot expand user-specific home dir", 0),
  row("filebase64", ["bin.dat"], "//4="),
  row("filebase64", ["hello.txt"], "aGVsbG8K"),
  row("filebase64", [sensitive("bin.dat")], { sensitive: "//4=" }),
  err("filebase64", ["nope.txt"], NO_FILE('"nope.txt"'), 0),
  err("filebase64", ["sub"], `failed to read file: read ${dir}/sub: is a directory`, 0),
  row("fileexists", ["hello.txt"], true),
  row("fileexists", ["nope.txt"], false),
  row("fileexists", ["link.txt"], true),
  row("fileexists", [sensitive("hello.txt")], { sensitive: true }),
  row("fileexists", [unknownString()], UNKNOWN),
  err("fileexists", ["sub"], `"${dir}/sub" is a directory, not a file`),
  err("fileexists", [""], `"${dir}" is a directory, not a file`),
  err("fileexists", ["fifo"], `"${dir}/fifo" is a named pipe, not a regular file`),
  err("fileexists", [sensitive("sub")], "(sensitive value) is a directory, not a file"),
  err("fileexists", ["~nobody"], "failed to expand ~: cannot expand user-specific home dir"),
  row("fileset", [".", "*.txt"], set("empty.txt", "hello.txt", "link.txt")),
  row("fileset", [".", "**/*.txt"], set("empty.txt", "hello.txt", "link.txt", "sub/a.txt", "sub/deep/c.txt")),
  row("fileset", [".", "**"], set(".hidden", "bin.dat", "empty.txt", "hello.txt", "link.txt", "sub/a.txt", "sub/b.md", "sub/deep/c.txt")),
  row("fileset", [".", "*"], set(".hidden", "bin.dat", "empty.txt", "hello.txt", "link.txt")),
  row("fileset", ["sub", "*"], set("a.txt", "b.md")),
  row("fileset", ["sub", "**/*"], set("a.txt", "b.md", "deep/c.txt")),
  row("fileset", [".", "sub/*"], set("sub/a.txt", "sub/b.md")),
  row("fileset", [".", "sub/**"], set("sub/a.txt", "sub/b.md", "sub/deep/c.txt")),
  row("fileset", [".", "**/deep/*"], set("sub/deep/c.txt")),
  row("fileset", [".", "s?b/[ab].*"], set("sub/a.txt", "sub/b.md")),
  row("fileset", [".", "sub/[a-b].*"], set("sub/a.txt", "sub/b.md")),
  row("fileset", [".", "{hello,empty}.txt"], set("empty.txt", "hello.txt")),
  row("fileset", [".", "*.{txt,md}"], set("empty.txt", "hello.txt", "link.txt")),
  row("fileset", [".", ".*"], set(".hidden")),
  row("fileset", [".", "[!h]*.txt"], set("hello.txt")),
  row("fileset", [".", "[^h]*.txt"], set("empty.txt", "link.txt")),
  row("fileset", [".", "\\*"], []),
  row("fileset", [".", "nomatch*"], []),
  row("fileset", ["nodir", "*"], []),
  row("fileset", ["emptydir", "*"], []),
  row("fileset", [join(dir, "sub"), "*.txt"], set("a.txt")),
  row("fileset", ["sub/deep", "../*.md"], set("../b.md")),
  row("fileset", [sensitive("sub"), "*.md"], { sensitive: ["b.md"] }),
  row("fileset", [".", unknownString()], UNKNOWN),
  err("fileset", [".", "["], `failed to glob pattern "${dir}/[": syntax error in pattern`),
  err("fileset", [".", "*.{txt"], `failed to glob pattern "${dir}/*.{txt": syntax error in pattern`),
  err("fileset", [sensitive("."), "["], "failed to glob pattern (sensitive value): syntax error in pattern"),
];

describe("filesystem functions", () => {
  it.each(ROWS.map((r) => [rowName(r), r] as const))("%s", (_n, r) => void checkRow(filesystemFunctions, r, ctx));

  it("fileset returns a set of strings", () => {
    checkRow(filesystemFunctions, { fn: "fileset", args: ["sub", "*"], type: "set(string)" }, ctx);
    checkRow(filesystemFunctions, { fn: "fileset", args: ["nodir", "*"], type: "set(string)" }, ctx);
  });

  it("an unknown path gives an unknown result of the return type", () => {
    checkRow(filesystemFunctions, { fn: "file", args: [Value.unknown(StringType)], want: UNKNOWN, type: "string" }, ctx);
  });
});
