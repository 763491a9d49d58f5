import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BoolType, DynamicPseudoType, NumberType, StringType, listOf, mapOf, objectOf } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { FunctionDecl, ProviderDiagnostic } from "../../../providers/provider.js";
import type { Schema } from "../../../providers/schema.js";
import {
  diagnosticFromProto,
  diagnosticToProto,
  functionFromProto,
  functionToProto,
  parseHandshake,
  pluginServices,
  PluginStartError,
  schemaFromProto,
  schemaToProto,
  selfSignedCertificate,
  serveProvider,
} from "../../../providers/plugin/index.js";
import { nullProvider } from "../../../providers/builtin/null/index.js";

// The tfplugin6 messages Terrane writes and reads: schemas (nested attributes, every nesting mode,
// functions) and diagnostics through real protobuf serialisation with the .proto definitions, exact
// bytes where field numbers matter, the go-plugin handshake line, and the TLS certificate.

const service = () => pluginServices().provider.service;

/** Serialises a response message of an RPC and reads it back, as it crosses the wire. */
function overWire(method: string, msg: object): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const def = service()[method]!;
  return def.responseDeserialize(def.responseSerialize(msg));
}

const SCHEMA: Schema = {
  version: 2,
  block: {
    description: "A **thing**.",
    descriptionKind: "markdown",
    attributes: {
      id: { type: StringType, computed: true },
      name: { type: StringType, required: true, description: "Its name." },
      secret: { type: StringType, optional: true, sensitive: true, writeOnly: true },
      old: { type: NumberType, optional: true, deprecated: true },
      anything: { type: DynamicPseudoType, optional: true },
      tags: { type: mapOf(StringType), optional: true },
      single: { nested: { nesting: "single", attributes: { a: { type: StringType, required: true } } }, optional: true },
      items: { nested: { nesting: "list", attributes: { x: { type: listOf(BoolType), optional: true, computed: true } } }, optional: true },
      members: { nested: { nesting: "set", attributes: { k: { type: StringType, required: true } } }, optional: true },
      by_key: { nested: { nesting: "map", attributes: { v: { type: objectOf({ n: NumberType }), optional: true } } }, optional: true },
    },
    blocks: {
      group: { nesting: "group", block: { attributes: { g: { type: StringType, optional: true } } } },
      listed: { nesting: "list", block: { attributes: { n: { type: NumberType, optional: true } } }, minItems: 1, maxItems: 2 },
      mapped: { nesting: "map", block: { attributes: { value: { type: StringType, required: true } } } },
      setted: { nesting: "set", block: { attributes: {}, blocks: { inner: { nesting: "single", block: { attributes: { i: { type: NumberType, optional: true } } } } } }, maxItems: 3 },
    },
  },
};

describe("schema messages", () => {
  it("round-trip through protobuf with nested attributes, every nesting mode and flags", () => {
    const back = overWire("GetProviderSchema", { resource_schemas: { thing: schemaToProto(SCHEMA) } });
    expect(schemaFromProto(back.resource_schemas.thing)).toEqual(SCHEMA);
  });

  it("writes attributes in name order with their type as compact JSON", () => {
    const pb = schemaToProto(SCHEMA);
    expect(pb.block!.attributes.map((a) => a.name)).toEqual(["anything", "by_key", "id", "items", "members", "name", "old", "secret", "single", "tags"]);
    expect(new TextDecoder().decode(pb.block!.attributes.find((a) => a.name === "tags")!.type)).toBe('["map","string"]');
    expect(pb.block!.attributes.find((a) => a.name === "items")!.nested_type!.nesting).toBe("LIST");
    expect(pb.block!.block_types.map((b) => [b.type_name, b.nesting])).toEqual([["group", "GROUP"], ["listed", "LIST"], ["mapped", "MAP"], ["setted", "SET"]]);
  });

  it("reports a bad type or nesting mode instead of throwing", () => {
    const pb = schemaToProto({ version: 0, block: { attributes: { a: { type: StringType } } } });
    const badType = { ...pb, block: { ...pb.block!, attributes: [{ ...pb.block!.attributes[0]!, type: new TextEncoder().encode('"strin"') }] } };
    expect(schemaFromProto(badType)).toEqual({ message: 'a: invalid type: invalid type "strin"' });
    const badNesting = { version: 0, block: { ...pb.block!, attributes: [], block_types: [{ type_name: "b", block: null, nesting: "INVALID" as const, min_items: 0, max_items: 0 }] } };
    expect(schemaFromProto(badNesting)).toEqual({ message: "b: invalid nesting mode INVALID" });
  });

  it("round-trips function signatures", () => {
    const fn: FunctionDecl = {
      parameters: [{ name: "s", type: StringType, allowNullValue: true }, { name: "n", type: NumberType, allowUnknownValues: true, description: "how many" }],
      variadicParameter: { name: "rest", type: listOf(StringType) },
      returnType: objectOf({ ok: BoolType }),
      summary: "does it",
      description: "Does it well.",
    };
    const back = overWire("GetProviderSchema", { functions: { f: functionToProto(fn) } });
    expect(functionFromProto(back.functions.f, "f")).toEqual(fn);
  });
});

describe("diagnostic messages", () => {
  it("encode with the protocol's field numbers", () => {
    const d: ProviderDiagnostic = { severity: "error", summary: "s", detail: "d", attribute: [{ attr: "a" }, { index: 2 }] };
    const bytes = service().ValidateResourceConfig!.responseSerialize({ diagnostics: [diagnosticToProto(d)] });
    // Response.diagnostics = 1; Diagnostic: severity 1, summary 2, detail 3, attribute 4;
    // AttributePath.steps = 1; Step: attribute_name 1, element_key_int 3.
    expect(Buffer.from(bytes).toString("hex")).toBe("0a13" + "0801" + "120173" + "1a0164" + "2209" + "0a030a0161" + "0a021802");
  });

  it("round-trip with map keys, and cut a path before a set element", () => {
    const d: ProviderDiagnostic = { severity: "warning", summary: "w", attribute: [{ attr: "tags" }, { key: "k" }] };
    expect(diagnosticFromProto(overWire("ValidateResourceConfig", { diagnostics: [diagnosticToProto(d)] }).diagnostics[0])).toEqual(d);
    const inSet: ProviderDiagnostic = { severity: "error", summary: "e", attribute: [{ attr: "members" }, { element: Value.string("x") }, { attr: "k" }] };
    expect(diagnosticFromProto(overWire("ValidateResourceConfig", { diagnostics: [diagnosticToProto(inSet)] }).diagnostics[0])).toEqual({ severity: "error", summary: "e", attribute: [{ attr: "members" }] });
  });
});

describe("the go-plugin handshake", () => {
  it("parses the line a TLS plugin prints", () => {
    const cert = selfSignedCertificate();
    const b64 = cert.certDer.toString("base64").replace(/=+$/, "");
    const hs = parseHandshake(`1|6|tcp|127.0.0.1:4567|grpc|${b64}\n`);
    expect(hs).toMatchObject({ coreVersion: 1, protocolVersion: 6, network: "tcp", address: "127.0.0.1:4567", protocol: "grpc" });
    expect(new X509Certificate((hs as { serverCertPem: string }).serverCertPem).raw.equals(cert.certDer)).toBe(true);
  });

  it.each([
    ["not a handshake", "hello", "Unrecognized remote plugin message: hello"],
    ["another core version", "2|6|tcp|x|grpc|", "Incompatible core API version with plugin. Plugin version: 2, Core version: 1"],
    ["an unknown network", "1|6|udp|x|grpc|", "Unknown address type: udp"],
  ])("rejects %s", (_name, line, message) => {
    expect(parseHandshake(line)).toEqual(new PluginStartError(message));
  });

  it("is refused without the magic cookie", async () => {
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) } };
    expect(await serveProvider(async () => nullProvider(), { env: {}, ...io })).toMatchObject({ ok: false, message: expect.stringContaining("This binary is a plugin.") });
    expect(out).toEqual([]);
  });

  it("serves in-process and writes one handshake line", async () => {
    const out: string[] = [];
    const env = { TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2", PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: selfSignedCertificate().certPem };
    const r = await serveProvider(async () => nullProvider(), { env, stdout: { write: (t: string) => out.push(t) } });
    if (!r.ok) throw new Error(r.message);
    await r.close();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(new RegExp(`^1\\|6\\|tcp\\|127\\.0\\.0\\.1:${r.port}\\|grpc\\|[A-Za-z0-9+/]+\\n$`));
  });
});

describe("the TLS certificate", () => {
  it("is a self-signed CA for localhost usable by servers and clients", () => {
    const cert = selfSignedCertificate();
    const x = new X509Certificate(cert.certPem);
    expect(x.ca).toBe(true);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.checkHost("localhost")).toBe("localhost");
    expect(x.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(x.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]);
    expect(new Date(x.validTo).getTime()).toBeGreaterThan(Date.now() + 365 * 86_400_000);
  });
});
