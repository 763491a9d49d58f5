import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtinFunctions } from "../../../../lang/funcs/registry.js";
import { filesystemFunctions } from "../../../../lang/funcs/filesystem/index.js";
import { callFunction } from "../../../../lang/funcs/call.js";
import { Value } from "../../../../lang/values/value.js";
import { DynamicPseudoType, StringType, objectOf } from "../../../../lang/types/type.js";
import { checkRow, rowName, sensitive, unknownString, type Row } from "../encoding/call-table.js";
import { js, toJS, UNKNOWN } from "../../../helpers/values.js";

// templatefile and templatestring. Results and errors are what Terraform 1.11.4 printed for the same
// templates (the templatestring templates were local values in Terraform, plain strings here).

const dir = mkdtempSync(join(tmpdir(), "terrane-tmpl-"));
const TEMPLATES: Record<string, string> = {
  "t1.tmpl": "Hi ${name}!",
  "t2.tmpl": "%{ for x in items }- ${x}\n%{ endfor }",
  "rec.tmpl": '${templatefile("t1.tmpl", {name="a"})}',
  "bad.tmpl": "${x",
  "j.tmpl": "${jsonencode(v)}",
  "wrap.tmpl": "${v}",
  "missing.tmpl": "a${nope}b",
  "usesfile.tmpl": '${file("hello.txt")}',
  "usests.tmpl": "${templatestring(s, {})}",
  "hello.txt": "hello\n",
};
for (const [name, content] of Object.entries(TEMPLATES)) writeFileSync(join(dir, name), content);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ctx = { baseDir: dir, functions: builtinFunctions() };

const row = (fn: string, args: unknown[], want: unknown, type?: string): Row => ({ fn, args, want, type });
const err = (fn: string, args: unknown[], error: string, argIndex?: number): Row => ({ fn, args, error, argIndex });
const TS = "<templatestring argument>";

const ROWS: Row[] = [
  row("templatefile", ["t1.tmpl", { name: "World" }], "Hi World!", "string"),
  row("templatefile", ["t2.tmpl", { items: ["a", "b"] }], "- a\n- b\n"),
  row("templatefile", ["j.tmpl", { v: { a: 1 } }], '{"a":1}'),
  row("templatefile", ["wrap.tmpl", { v: [1, 2] }], [1, 2], "tuple([number,number])"),
  row("templatefile", ["usesfile.tmpl", {}], "hello\n"),
  row("templatefile", ["t1.tmpl", Value.map({ name: Value.string("M") })], "Hi M!"),
  row("templatefile", ["t1.tmpl", { name: "x", extra: 1, "a-b": 1, _a: 1 }], "Hi x!"),
  row("templatefile", ["t1.tmpl", { name: sensitive("S") }], { sensitive: "Hi S!" }),
  row("templatefile", ["wrap.tmpl", { v: sensitive([1]) }], { sensitive: [1] }),
  row("templatefile", [sensitive("t1.tmpl"), { name: "x" }], { sensitive: "Hi x!" }),
  row("templatefile", ["t1.tmpl", { name: unknownString() }], UNKNOWN, "string"),
  row("templatefile", [unknownString(), { name: "x" }], UNKNOWN, "dynamic"),
  row("templatefile", ["t1.tmpl", Value.unknown(objectOf({ name: StringType }))], UNKNOWN, "dynamic"),
  err("templatefile", ["rec.tmpl", {}], 'rec.tmpl:1,3-16: Error in function call; Call to function "templatefile" failed: cannot recursively call templatefile from inside another template function.'),
  err("templatefile", ["usests.tmpl", { s: "x" }], 'usests.tmpl:1,3-18: Error in function call; Call to function "templatestring" failed: cannot recursively call templatestring from inside another template function.'),
  err("templatefile", ["bad.tmpl", {}], "bad.tmpl:1,1-3: Unclosed template interpolation sequence; There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression."),
  err("templatefile", ["wrap.tmpl", { v: null }], "wrap.tmpl:1,1-5: Template result is null; The result of the template is null, which is not a valid result for a templatestring call."),
  err("templatefile", ["missing.tmpl", {}], 'vars map does not contain key "nope", referenced at missing.tmpl:1,4-8', 1),
  err("templatefile", ["t1.tmpl", {}], 'vars map does not contain key "name", referenced at t1.tmpl:1,6-10', 1),
  err("templatefile", ["t1.tmpl", { "1bad": "x", name: "y" }], 'invalid template variable name "1bad": must start with a letter, followed by zero or more letters, digits, and underscores', 1),
  err("templatefile", ["t1.tmpl", { name: "x", "a b": 1 }], 'invalid template variable name "a b": must start with a letter, followed by zero or more letters, digits, and underscores', 1),
  err("templatefile", ["t1.tmpl", "notamap"], "invalid vars value: must be a map", 1),
  err("templatefile", ["t1.tmpl", ["a"]], "invalid vars value: must be a map", 1),
  err("templatefile", ["t1.tmpl", null], "argument must not be null", 1),
  err("templatefile", ["t1.tmpl", { name: ["list"] }], "t1.tmpl:1,6-10: Invalid template interpolation value; Cannot include the given value in a string template: string required."),
  err("templatefile", ["t1.tmpl", { name: Value.null(DynamicPseudoType) }], "t1.tmpl:1,6-10: Invalid template interpolation value; The expression result is null. Cannot include a null value in a string template."),
  err(
    "templatefile",
    ["nope.tmpl", {}],
    'no file exists at "nope.tmpl"; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource',
    0,
  ),
  row("templatestring", ["Hello, ${name}!", { name: "World" }], "Hello, World!", "string"),
  row("templatestring", ["%{ for x in items }<${x}>%{ endfor }", { items: ["a", "b"] }], "<a><b>"),
  row("templatestring", ["${v}", { v: 5 }], "5", "string"),
  row("templatestring", ["${v}", { v: true }], "true"),
  row("templatestring", ["${upper(name)} ${jsonencode(n)}", { name: "ab", n: [1] }], "AB [1]"),
  row("templatestring", ["Hello, ${name}!", { name: sensitive("S") }], { sensitive: "Hello, S!" }),
  row("templatestring", [sensitive("Hello, ${name}!"), { name: "x" }], { sensitive: "Hello, x!" }),
  row("templatestring", ["Hello, ${name}!", { name: unknownString() }], UNKNOWN, "string"),
  row("templatestring", [unknownString(), { name: "x" }], UNKNOWN),
  err("templatestring", ["${v}", { v: [1, 2] }], "invalid template result: string required"),
  err("templatestring", ["${v}", { v: null }], `${TS}:1,1-5: Template result is null; The result of the template is null, which is not a valid result for a templatestring call.`),
  err("templatestring", ['${file("x")}', {}], `${TS}:1,3-8: Error in function call; Call to function "file" failed: cannot use filesystem access functions like file in templatestring templates; consider passing the function result as a template variable instead.`),
  err("templatestring", ["${templatestring(t1, {})}", { name: "x" }], `vars map does not contain key "t1", referenced at ${TS}:1,18-20`, 1),
  err("templatestring", ["${x", {}], `invalid template: ${TS}:1,1-3: Unclosed template interpolation sequence; There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.`, 0),
  err("templatestring", ["${nope}", {}], `vars map does not contain key "nope", referenced at ${TS}:1,3-7`, 1),
  err("templatestring", ["Hello, ${name}!", "notamap"], "invalid vars value: must be a map", 1),
  err("templatestring", ["Hello, ${name}!", { "1x": "a", name: "b" }], 'invalid template variable name "1x": must start with a letter, followed by zero or more letters, digits, and underscores', 1),
];

describe("templatefile and templatestring", () => {
  it.each(ROWS.map((r) => [rowName(r), r] as const))("%s", (_n, r) => void checkRow(filesystemFunctions, r, ctx));

  it("templatefile called from a template under its core:: name is blocked too", () => {
    writeFileSync(join(dir, "core.tmpl"), '${core::templatefile("t1.tmpl", {name="a"})}');
    const o = callFunction("templatefile", filesystemFunctions.get("templatefile")!, [js("core.tmpl"), js({})], ctx);
    expect("failure" in o ? o.failure.message : toJS((o as { value: Value }).value)).toBe(
      'core.tmpl:1,3-22: Error in function call; Call to function "core::templatefile" failed: cannot recursively call templatefile from inside another template function.',
    );
  });
});
