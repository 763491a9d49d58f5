import { describe, expect, it } from "vitest";
import { parseAbsResource, parseAbsResourceInstance, parseModuleInstance, parseTarget } from "../../../core/addrs/index.js";
import { diagRow, rangeText, traversal } from "./traversal-fixtures.js";

// Expected errors as Terraform v1.11.4 prints them for `moved { from = <addr> }` (`terraform validate
// -json`; the same parser as -target, whose messages `terraform plan -target=<addr>` confirms), with
// columns shifted so the address starts at column 1.

const OPERATOR = "Invalid address operator";
const ADDRESS = "Invalid address";
const WHOLE = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const PREFIX = 'Prefix "module." must be followed by a module name.';
const SPEC = "Resource specification must include a resource type and name.";
const KEYWORD = (k: string) =>
  `The keyword "${k}" is reserved and cannot be used to target a resource address. If you are targeting a resource type that uses a reserved keyword, please prefix your address with "resource.".`;

type ErrorRow = [src: string, summary: string, detail: string, range: string | undefined];

const ERRORS: ErrorRow[] = [
  ["module", OPERATOR, PREFIX, "1:1-1:7"],
  ["module.a.module", OPERATOR, PREFIX, "1:9-1:16"],
  ["module[0]", OPERATOR, PREFIX, "1:7-1:10"],
  ["module.a[1.5]", OPERATOR, `Invalid module index: ${WHOLE}.`, "1:9-1:14"],
  ["module.a[true]", OPERATOR, "Invalid module key: must be either a string or an integer.", "1:9-1:15"],
  ["module.a[null]", OPERATOR, "Invalid module key: must be either a string or an integer.", "1:9-1:15"],
  ["module.a[0][1]", OPERATOR, "Module address prefix must be followed by dot and then a name.", "1:12-1:15"],
  ["module.a.b", ADDRESS, SPEC, "1:9-1:11"],
  ["data.x", ADDRESS, SPEC, "1:5-1:7"],
  ["x", ADDRESS, SPEC, "1:1-1:2"],
  ["resource.x", ADDRESS, SPEC, "1:9-1:11"],
  ["data", ADDRESS, SPEC, undefined],
  ["x[0]", ADDRESS, "A resource name is required.", "1:2-1:5"],
  ["data[0].x", ADDRESS, "A data source name is required.", "1:5-1:8"],
  ["ephemeral[0].x", ADDRESS, "An ephemeral resource type name is required.", "1:10-1:13"],
  ["x.y[0].z", ADDRESS, "Unexpected extra operators after address.", "1:7-1:9"],
  ["x.y.z", ADDRESS, "Resource instance key must be given in square brackets.", "1:4-1:6"],
  ["list.x.y", ADDRESS, "Resource instance key must be given in square brackets.", "1:7-1:9"],
  ["x.y[1.5]", ADDRESS, `Invalid resource instance key: ${WHOLE}.`, "1:4-1:9"],
  ["x.y[true]", ADDRESS, "Invalid resource instance key: either a string or an integer is required.", "1:4-1:10"],
  ["x.y[null]", ADDRESS, "Invalid resource instance key: either a string or an integer is required.", "1:4-1:10"],
  ["var.x", ADDRESS, KEYWORD("var"), "1:1-1:6"],
  ["module.a.var.x", ADDRESS, KEYWORD("var"), "1:9-1:15"],
  ["count.x", ADDRESS, KEYWORD("count"), "1:1-1:8"],
  ["self.x", ADDRESS, KEYWORD("self"), "1:1-1:7"],
  ["lazy.x", ADDRESS, KEYWORD("lazy"), "1:1-1:7"],
];

describe("invalid targets", () => {
  it.each(ERRORS)("%s", (src, summary, detail, range) => {
    const r = parseTarget(traversal(src));
    expect(r.target).toBeUndefined();
    expect(r.diagnostics.map(diagRow)).toEqual([[summary, detail, range]]);
  });
});

describe("narrower address forms", () => {
  it("requires a resource instance where import and -replace do", () => {
    const detail = "A resource instance address is required here. The module path must be followed by a resource instance specification.";
    expect(parseAbsResourceInstance(traversal("module.a")).diagnostics.map(diagRow)).toEqual([[ADDRESS, detail, "1:1-1:9"]]);
    expect(parseAbsResourceInstance(traversal('module.a[0].module.b["c"]')).diagnostics.map(diagRow)).toEqual([[ADDRESS, detail, "1:1-1:26"]]);
    expect(parseAbsResourceInstance(traversal("x.y")).addr!.toString()).toBe("x.y");
    expect(parseAbsResourceInstance(traversal("x.y")).addr!.kind).toBe("AbsResourceInstance");
    expect(parseAbsResourceInstance(traversal("module.m.x.y[2]")).addr!.toString()).toBe("module.m.x.y[2]");
    expect(parseAbsResourceInstance(traversal("x.y.z")).diagnostics[0]!.detail).toBe("Resource instance key must be given in square brackets.");
  });

  it("requires a whole resource where Terraform does", () => {
    const instance = "A resource address is required. This instance key identifies a specific resource instance, which is not expected here.";
    const module = "A resource address is required here. The module path must be followed by a resource specification.";
    expect(parseAbsResource(traversal("x.y[0]")).diagnostics.map(diagRow)).toEqual([[ADDRESS, instance, "1:4-1:7"]]);
    expect(parseAbsResource(traversal("module.a")).diagnostics.map(diagRow)).toEqual([[ADDRESS, module, "1:1-1:9"]]);
    expect(parseAbsResource(traversal("module.a.data.x.y")).addr!.toString()).toBe("module.a.data.x.y");
  });

  it("reads bare module instance addresses", () => {
    expect(parseModuleInstance(traversal('module.a["k"].module.b')).module!.toString()).toBe('module.a["k"].module.b');
    const begin = parseModuleInstance(traversal("x.y")).diagnostics.map(diagRow);
    expect(begin).toEqual([["Invalid module instance address", 'A module instance address must begin with "module.".', "1:1-1:4"]]);
    const extra = parseModuleInstance(traversal("module.a.x")).diagnostics.map(diagRow);
    expect(extra).toEqual([["Invalid module instance address", "The module instance address is followed by additional invalid content.", "1:9-1:11"]]);
  });

  it("gives the whole address as the target's range", () => {
    expect(rangeText(parseTarget(traversal('module.a["b"].x.y')).target!.sourceRange)).toBe("1:1-1:18");
  });
});
