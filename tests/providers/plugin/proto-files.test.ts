import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSync, type PackageDefinition, type ServiceDefinition } from "@grpc/proto-loader";
import { describe, expect, it } from "vitest";

// Terrane's tfplugin5.proto and tfplugin6.proto against the protocol terraform 1.11.4 was compiled
// with: fixtures/plugin-protocol/*.txt list every message field (name, number, type, label), enum
// value and RPC of the descriptors embedded in the terraform binary (generate.mjs there). The same
// listing is made here from our .proto files as @grpc/proto-loader (the loader the server and client
// use) reads them, so a field with the wrong number, type or name fails. proto-loader does not name an
// RPC's message types, so those are read from the .proto text (and its methods checked against them).

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

interface Field {
  name: string;
  number: number;
  label: string;
  type: string;
  typeName: string;
  oneofIndex: number;
}

interface Descriptor {
  name: string;
  field: Field[];
  nestedType: Descriptor[];
  enumType: { name: string; value: { name: string; number: number }[] }[];
  oneofDecl: { name: string }[];
  options: { mapEntry?: boolean } | null;
}

const lastName = (t: string) => t.split(".").pop()!;
const scalar = (t: string) => t.replace(/^TYPE_/, "").toLowerCase();

function fieldType(f: Field, entries: Map<string, string>): string {
  if (f.typeName && entries.has(lastName(f.typeName))) return entries.get(lastName(f.typeName))!;
  return f.typeName ? lastName(f.typeName) : scalar(f.type);
}

function messageLines(m: Descriptor, prefix: string, out: string[]): void {
  const path = `${prefix}${m.name}`;
  const entries = new Map<string, string>();
  for (const n of m.nestedType) if (n.options?.mapEntry) entries.set(n.name, `map<${n.field.map((f) => fieldType(f, new Map())).join(", ")}>`);
  for (const f of m.field) {
    // proto-loader gives every field a oneofIndex (0 by default): a synthetic `_name` oneof (proto3
    // `optional`) only holds the field of that name; these protocols have no other field beside a real oneof.
    const decl = m.oneofDecl[f.oneofIndex];
    const oneof = decl && (!decl.name.startsWith("_") || decl.name === `_${f.name}`) ? decl : undefined;
    const optional = oneof?.name === `_${f.name}`;
    const label = optional ? "optional " : f.label === "LABEL_REPEATED" && !entries.has(lastName(f.typeName)) ? "repeated " : "";
    out.push(`message ${path}: ${label}${fieldType(f, entries)} ${f.name} = ${f.number}${oneof && !optional ? ` (oneof ${oneof.name})` : ""}`);
  }
  for (const e of m.enumType) out.push(`enum ${path}.${e.name}: ${e.value.map((v) => `${v.name}=${v.number}`).join(" ")}`);
  for (const n of m.nestedType) if (!n.options?.mapEntry) messageLines(n, `${path}.`, out);
}

/** `rpc Service.Method(Req) returns (Res)` lines from the .proto text, by `Service.Method`. */
function rpcLines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, service, body] of text.matchAll(/^service (\w+) \{\n([\s\S]*?)^\}/gm)) {
    for (const [, name, req, stream, res] of body!.matchAll(/rpc (\w+)\(([\w.]+)\) returns \((stream )?([\w.]+)\);/g)) {
      out.set(`${service}.${name}`, `rpc ${service}.${name}(${req}) returns (${stream ?? ""}${res})`);
    }
  }
  return out;
}

/** The listing generate.mjs makes, from proto-loader's definitions of one package. */
function listing(def: PackageDefinition, pkg: string, text: string): string {
  const out = [`package ${pkg}`];
  const rpcs = rpcLines(text);
  for (const [name, d] of Object.entries(def)) {
    if (!name.startsWith(`${pkg}.`) || name.slice(pkg.length + 1).includes(".")) continue;
    if ("format" in d && d.format === "Protocol Buffer 3 DescriptorProto") messageLines(d.type as unknown as Descriptor, "", out);
    else if ("format" in d) {
      const e = d.type as unknown as Descriptor["enumType"][number];
      out.push(`enum ${e.name}: ${e.value.map((v) => `${v.name}=${v.number}`).join(" ")}`);
    } else {
      for (const [rpc, m] of Object.entries(d as ServiceDefinition)) {
        const line = rpcs.get(`${name.slice(pkg.length + 1)}.${rpc}`) ?? `rpc ${rpc} (not found in the text)`;
        out.push(m.responseStream === line.includes("(stream ") ? line : `${line} (streaming differs)`);
      }
    }
  }
  return `${out.sort().join("\n")}\n`;
}

describe("the .proto files match the protocol compiled into terraform 1.11.4", () => {
  it.each(["tfplugin5", "tfplugin6"])("%s", (pkg) => {
    const dir = join(ROOT, "providers/plugin/proto");
    const def = loadSync(`${pkg}.proto`, { keepCase: true, includeDirs: [dir] });
    expect(listing(def, pkg, readFileSync(join(dir, `${pkg}.proto`), "utf8"))).toBe(readFileSync(join(ROOT, "fixtures/plugin-protocol", `${pkg}.txt`), "utf8"));
  });
});
