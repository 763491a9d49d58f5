import { Module as ModuleAddr } from "../../../core/addrs/module.js";
import type { Provider } from "../../../core/addrs/provider.js";
import type { Config, Module } from "../../../core/configs/model.js";
import { impliedLocalName, providerForLocalName } from "../../../core/graph/provider-addresses.js";
import { expressionsJson } from "./config-expressions.js";
import { jsonStr, jsonStruct, optMap, optStr, type JsonText } from "./go-json.js";
import type { JsonMeta } from "./json-inputs.js";

// jsonconfig's `provider_config`: every provider configuration of the whole tree in one map, keyed
// `<local name>[.<alias>]` in the root and `<module path>:<local name>[.<alias>]` below it. A
// provider block, a required_providers entry and a provider a module's resources imply each give an
// entry; an entry that only stands for a configuration passed or inherited from a parent module
// points at that one (its "parent key") and is dropped, and resources using it show the parent's key.

/** One provider configuration entry, with the key of the configuration it comes from (empty for its own). */
interface ProviderEntry {
  readonly json: JsonText;
  readonly fullName: string;
  readonly parentKey: string;
}

/** The provider configurations of a configuration tree, by opaque key. */
export type ProviderEntries = ReadonlyMap<string, ProviderEntry>;

/** Collects the entries of every module of the tree, parents before children. */
export function collectProviderEntries(root: Config, meta: JsonMeta): ProviderEntries {
  const m = new Map<string, ProviderEntry>();
  collect(root, meta, m);
  return m;
}

/** The `provider_config` map: the entries that are configurations of their own. */
export function providerConfigJson(entries: ProviderEntries): JsonText | undefined {
  return optMap([...entries].filter(([, e]) => e.parentKey === "").map(([k, e]) => [k, e.json] as const));
}

/** The key a resource shows for the provider configuration it uses, pointed at the parent's when passed down. */
export function providerConfigKey(entries: ProviderEntries, ref: string, modulePath: string): string {
  const key = opaqueKey(ref, modulePath);
  const parent = entries.get(key)?.parentKey;
  return parent && entries.has(parent) ? parent : key;
}

/** `aws.west` in the root, `module.a:aws.west` in a child module (jsonconfig's opaqueProviderKey). */
export function opaqueKey(provider: string, modulePath: string): string {
  return modulePath === "" ? provider : `${modulePath}:${provider}`;
}

/** The module path as Terraform prints a static module address: `module.a.module.b`. */
export function modulePathString(c: Config): string {
  return new ModuleAddr(c.path).toString();
}

function collect(c: Config, meta: JsonMeta, m: Map<string, ProviderEntry>): void {
  const path = modulePathString(c);
  const reqs = requirements(c.module);
  const constraint = (p: Provider) => reqs.get(p.toString())?.constraints.join(", ");
  const parentKeyFor = (name: string, fullName: string) => (c.parent ? sourceKey(opaqueKey(name, modulePathString(c.parent)), fullName, m) : "");
  const add = (key: string, e: ProviderEntry) => void (m.has(key) ? undefined : m.set(key, e));
  for (const pc of c.module.providerConfigs.values()) {
    const p = providerForLocalName(c.module, pc.name);
    const expressions = expressionsJson(pc.config, meta.providerSchema?.(p.toString())?.block);
    const json = entryJson({ name: pc.name, fullName: p.toString(), alias: pc.alias, constraint: constraint(p), path, expressions });
    m.set(opaqueKey(pc.alias ? `${pc.name}.${pc.alias}` : pc.name, path), { json, fullName: p.toString(), parentKey: "" });
  }
  for (const [local, req] of c.module.requiredProviders) {
    const p = providerForLocalName(c.module, local);
    const json = entryJson({ name: req.name, fullName: p.toString(), constraint: constraint(p), path });
    for (const alias of req.configurationAliases) add(opaqueKey(`${alias.name}.${alias.alias}`, path), { json, fullName: p.toString(), parentKey: "" });
    add(opaqueKey(local, path), { json, fullName: p.toString(), parentKey: parentKeyFor(req.name, p.toString()) });
  }
  for (const { provider: p } of reqs.values()) {
    const json = entryJson({ name: p.type, fullName: p.toString(), path });
    add(opaqueKey(p.type, path), { json, fullName: p.toString(), parentKey: parentKeyFor(p.type, p.toString()) });
  }
  for (const [name, call] of c.module.moduleCalls) {
    const child = c.children.get(name);
    if (!child) continue;
    const childPath = modulePathString(child);
    for (const pp of call.providers) {
      const inChild = pp.inChild.alias ? `${pp.inChild.name}.${pp.inChild.alias}` : pp.inChild.name;
      const inParent = pp.inParent.alias ? `${pp.inParent.name}.${pp.inParent.alias}` : pp.inParent.name;
      const fullName = providerForLocalName(child.module, pp.inChild.name).toString();
      const json = entryJson({ name: inChild, fullName, path: childPath });
      m.set(opaqueKey(inChild, childPath), { json, fullName, parentKey: sourceKey(opaqueKey(inParent, path), fullName, m) });
    }
    collect(child, meta, m);
  }
}

interface EntryFields {
  readonly name: string;
  readonly fullName: string;
  readonly alias?: string | undefined;
  readonly constraint?: string | undefined;
  readonly path: string;
  readonly expressions?: JsonText | undefined;
}

function entryJson(f: EntryFields): JsonText {
  return jsonStruct([
    ["name", optStr(f.name)],
    ["full_name", optStr(f.fullName)],
    ["alias", optStr(f.alias)],
    ["version_constraint", optStr(f.constraint)],
    ["module_address", optStr(f.path)],
    ["expressions", f.expressions],
  ]);
}

// Follows parent keys up the tree to the configuration that is not itself passed down (findSourceProviderKey).
function sourceKey(start: string, fullName: string, m: ReadonlyMap<string, ProviderEntry>): string {
  let found = "";
  for (let key = start; key !== ""; ) {
    const e = m.get(key);
    if (!e || e.fullName !== fullName) break;
    found = key;
    key = e.parentKey;
  }
  return found;
}

/** The providers a module needs on its own, with their version constraints (ProviderRequirementsShallow). */
function requirements(mod: Module): Map<string, { provider: Provider; constraints: string[] }> {
  const reqs = new Map<string, { provider: Provider; constraints: string[] }>();
  const need = (p: Provider, constraints: readonly string[] = []) => {
    const r = reqs.get(p.toString()) ?? { provider: p, constraints: [] };
    r.constraints.push(...constraints);
    reqs.set(p.toString(), r);
  };
  for (const [local, req] of mod.requiredProviders) need(providerForLocalName(mod, local), req.versionConstraints);
  for (const pc of mod.providerConfigs.values()) need(providerForLocalName(mod, pc.name), pc.version ? [pc.version] : []);
  for (const r of [...mod.managedResources.values(), ...mod.dataResources.values()]) {
    need(providerForLocalName(mod, r.provider?.name ?? impliedLocalName(r.type)));
  }
  return reqs;
}
