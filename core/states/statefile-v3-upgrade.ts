import { validIdentifier } from "../configs/decode-value.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { parseTraversalAbs } from "../configs/resource-traversal-string.js";
import { parseLegacyAbsProviderConfigStr } from "./address-strings.js";
import type { GoJsonNode } from "./go-json-parse.js";
import { goMarshalNode } from "./go-json-write.js";
import { legacyResourceAddress, type LegacyResourceAddress } from "./legacy-resource-address.js";
import { impliedOutputType } from "./legacy-output-type.js";
import type { InstanceV2, ModuleV2, StateV2 } from "./statefile-legacy-spec.js";
import type { InstanceV4, ResourceV4, StateV4 } from "./statefile-v4-spec.js";

// Version 3 to version 4 (upgradeStateV3ToV4): each `type.name.N` entry becomes an instance of a
// resource, deposed objects get sequential keys, the provider moves up to the resource (in the legacy
// `provider.aws` form that the v4 reader understands), SDK metadata becomes private data, attributes
// stay in flatmap form, and root outputs get a type implied from their JSON.

/** The version 4 structure for a version 3 document, or why it cannot be upgraded. */
export function upgradeStateV3ToV4(old: StateV2): StateV4 | { error: string } {
  if (old.serial < 0) return { error: "state has serial less than zero, which is invalid" };
  const resources: ResourceV4[] = [];
  const outputs = new Map<string, { value: string | undefined; type: string | undefined; sensitive: boolean }>();
  for (const m of old.modules ?? []) {
    if (m === null) continue;
    const module = modulePrefix(m.path);
    if (typeof module !== "string") return module;
    const r = moduleResources(m, module);
    if ("error" in r) return r;
    resources.push(...r.resources);
    if (m.path?.length === 1) {
      for (const [name, os] of sortedEntries(m.outputs)) {
        if (os === null) continue;
        const value = os.value ?? NULL;
        outputs.set(name, { value: goMarshalNode(value), type: impliedOutputType(value), sensitive: os.sensitive });
      }
    }
  }
  return {
    version: undefined,
    terraform_version: old.terraform_version === "" ? "0.0.0" : old.terraform_version,
    serial: old.serial,
    lineage: old.lineage,
    outputs,
    resources,
    check_results: null,
  };
}

const NULL: GoJsonNode = { kind: "null", start: 0, end: 0 };

function sortedEntries<V>(m: Map<string, V> | null): [string, V][] {
  return [...(m ?? [])].sort(([a], [b]) => compareCodePoints(a, b));
}

// ["root", "a", "b"] is module.a.module.b; pre-0.12 modules had no instance keys.
function modulePrefix(path: readonly string[] | null): string | { error: string } {
  if (path === null || path.length < 1 || path[0] !== "root") return { error: `state contains invalid module path ${sharpVStrings(path)}` };
  for (const name of path.slice(1)) {
    if (!validIdentifier(name)) {
      const why = `${goQuote(name)} is not a valid identifier; rename it in Terraform 0.11 before upgrading to Terraform 0.12`;
      return { error: `state contains invalid module path ${sharpVStrings(path)}: ${why}` };
    }
  }
  return path.slice(1).map((n) => `module.${n}`).join(".");
}

function sharpVStrings(path: readonly string[] | null): string {
  return path === null ? "[]string(nil)" : `[]string{${path.map(goQuote).join(", ")}}`;
}

function moduleResources(m: ModuleV2, module: string): { resources: ResourceV4[] } | { error: string } {
  const byResource = new Map<string, ResourceV4>();
  for (const [legacyAddr, rsOld] of sortedEntries(m.resources)) {
    if (rsOld === null) continue;
    const addr = legacyResourceAddress(legacyAddr);
    if ("error" in addr) return addr;
    const key = `${addr.mode}.${addr.type}.${addr.name}`;
    let rs = byResource.get(key);
    if (!rs) {
      const provider = providerString(rsOld.provider, module, addr);
      if (typeof provider !== "string") return provider;
      rs = { module, mode: addr.mode, type: addr.type, name: addr.name, each: "", provider, instances: [] };
      byResource.set(key, rs);
    }
    const instances = rs.instances!;
    if (rsOld.primary) instances.push(instanceV4(rsOld.primary, addr.index, ""));
    (rsOld.deposed ?? []).forEach((d, i) => {
      if (d) instances.push(instanceV4(d, addr.index, (i + 1).toString(16).padStart(8, "0")));
    });
    if (addr.index !== null && rs.each === "") rs.each = "list";
  }
  return { resources: [...byResource.values()] };
}

const INTERPOLATION =
  "this alias seems to contain a template interpolation sequence, which was not supported but also not error-checked in Terraform 0.11. To proceed, rename the associated provider alias to a valid identifier and apply the change with Terraform 0.11 before upgrading to Terraform 0.12";

// The provider of the first instance met, as AbsProviderConfig.LegacyString writes it.
function providerString(old: string, module: string, addr: LegacyResourceAddress): string | { error: string } {
  const inModule = (rest: string): string => (module === "" ? rest : `${module}.${rest}`);
  if (old.includes("provider.")) {
    const parsed = parseLegacyAbsProviderConfigStr(old);
    if (parsed.addr) {
      const p = parsed.addr;
      const own = `provider.${p.provider.type}${p.alias === null ? "" : `.${p.alias}`}`;
      return p.module.isRoot ? own : `${p.module.toString()}.${own}`;
    }
    if (old.includes("${")) return { error: `invalid provider config reference ${goQuote(old)} for ${addr.text}: ${INTERPOLATION}` };
    const d = parsed.diagnostics[0]!;
    return { error: `invalid provider config reference ${goQuote(old)} for ${addr.text}: ${d.summary}: ${d.detail ?? ""}` };
  }
  if (old === "") return inModule(`provider.${addr.type.split("_")[0]}`);
  const compact = parseProviderConfigCompact(old);
  if (typeof compact !== "string") {
    const why = old.includes("${") ? INTERPOLATION : compact.error;
    return { error: `invalid legacy provider config reference ${goQuote(old)} for ${addr.text}: ${why}` };
  }
  return inModule(`provider.${compact}`);
}

// configs.ParseProviderConfigCompactStr: `aws` or `aws.alias`; Terraform ignores anything after the alias.
function parseProviderConfigCompact(s: string): string | { error: string } {
  const parsed = parseTraversalAbs(s, "", { line: 1, column: 1, byte: 0 });
  const bad = parsed.diagnostics.find((d) => d.severity === "error");
  if (bad || !parsed.traversal) return { error: bad ? `${bad.summary}: ${bad.detail ?? ""}` : "invalid provider configuration address" };
  const [root, alias] = parsed.traversal;
  if (alias === undefined) return root.name;
  if (alias.type !== "TraverseAttr") {
    return { error: "Invalid provider configuration address: The provider type name must either stand alone or be followed by an alias name separated with a dot." };
  }
  return `${root.name}.${alias.name}`;
}

function instanceV4(isOld: InstanceV2, index: number | null, deposed: string): InstanceV4 {
  const meta = isOld.meta ?? new Map<string, GoJsonNode | undefined>();
  const schemaVersion = schemaVersionOf(meta.get("schema_version"));
  const private_ = new Map([...meta].filter(([k]) => !(k === "schema_version" && schemaVersion !== undefined)));
  const attributes = isOld.attributes === null ? null : new Map(isOld.attributes);
  let flat = attributes;
  if (isOld.id !== "") {
    flat ??= new Map();
    if ((flat.get("id") ?? "") === "") flat.set("id", isOld.id);
  }
  return {
    index_key: index === null ? undefined : { kind: "number", text: String(index), start: 0, end: 0 },
    status: isOld.tainted ? "tainted" : "",
    deposed,
    schema_version: schemaVersion ?? 0,
    attributes: undefined,
    attributes_flat: flat,
    sensitive_attributes: undefined,
    private: private_.size === 0 ? undefined : new TextEncoder().encode(goMarshalNode({ kind: "object", members: [...private_].map(([key, value]) => ({ key, value: value ?? NULL })), start: 0, end: 0 })),
    dependencies: null,
    create_before_destroy: false,
  };
}

// The pre-0.12 SDK kept the schema version in the metadata, as a string or a number.
function schemaVersionOf(raw: GoJsonNode | undefined): number | undefined {
  if (raw?.kind === "string") return /^\d+$/.test(raw.value) && BigInt(raw.value) < 2n ** 64n ? Number(raw.value) : undefined;
  if (raw?.kind === "number") return Math.max(0, Math.trunc(Number(raw.text)));
  return undefined;
}
