import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goDecode } from "./go-json-decode.js";
import type { GoJsonNode } from "./go-json-parse.js";
import type { StateFile } from "./state.js";
import { STATE_V1_SPEC, STATE_V2_SPEC, stringNode, type InstanceV2, type ModuleV2, type ResourceV2, type StateV1, type StateV2 } from "./statefile-legacy-spec.js";
import { jsonUnmarshalDiagnostic } from "./statefile-v4-spec.js";
import { prepareStateV4 } from "./statefile-v4-read.js";
import { upgradeStateV3ToV4 } from "./statefile-v3-upgrade.js";

// State format versions 1 to 3, written by Terraform before 0.12, read and upgraded step by step as
// Terraform 1.11 does (readStateV1..V3 and the upgrade functions): 1 to 2 restructures, 2 to 3 renames
// map counts in flatmap attributes, 3 to 4 gives the current structure with the attributes still in
// flatmap form (decoded later with the schema, see decodeObject).

const UPGRADE_FAILED = "State format upgrade failed";

/** Reads a version 1, 2 or 3 state file (already parsed as `tree`) into the current model. */
export function readLegacyState(text: string, tree: GoJsonNode, version: number): { file?: StateFile; diagnostics: Diagnostic[] } {
  let sV2: StateV2;
  if (version === 1) {
    const d = goDecode(text, tree, STATE_V1_SPEC);
    if (d.error) return { diagnostics: [jsonUnmarshalDiagnostic(d.error)] };
    sV2 = upgradeStateV2ToV3(upgradeStateV1ToV2(d.value));
  } else {
    const d = goDecode(text, tree, STATE_V2_SPEC);
    if (d.error) return { diagnostics: [jsonUnmarshalDiagnostic(d.error)] };
    sV2 = version === 2 ? upgradeStateV2ToV3(d.value) : d.value;
  }
  const sV4 = upgradeStateV3ToV4(sV2);
  if ("error" in sV4) {
    return { diagnostics: [errorDiag(UPGRADE_FAILED, `Error upgrading state file format from version 3 to version 4: ${sV4.error}.`)] };
  }
  return prepareStateV4(sV4);
}

// Version 1 outputs were plain strings, metadata a map of strings, and a nil path meant the root.
function upgradeStateV1ToV2(old: StateV1): StateV2 {
  const modules = (old.modules ?? []).map((m): ModuleV2 | null => {
    if (m === null) return null;
    const outputs = new Map([...(m.outputs ?? [])].map(([k, v]) => [k, { sensitive: false, type: "string", value: stringNode(v) }]));
    const resources = new Map<string, ResourceV2 | null>();
    for (const [k, r] of m.resources ?? []) {
      resources.set(k, r && { type: r.type, depends_on: r.depends_on, primary: instanceV1(r.primary), deposed: (r.deposed ?? []).map(instanceV1), provider: r.provider });
    }
    return { path: m.path && m.path.length > 0 ? m.path : ["root"], outputs, resources, depends_on: m.depends_on };
  });
  return { version: 2, terraform_version: "", serial: old.serial, lineage: "", remote: old.remote, backend: null, modules };
}

function instanceV1(i: { id: string; attributes: Map<string, string> | null; meta: Map<string, string> | null } | null): InstanceV2 | null {
  if (i === null) return null;
  const meta = i.meta && new Map([...i.meta].map(([k, v]) => [k, stringNode(v)]));
  return { id: i.id, attributes: i.attributes, meta, tainted: false };
}

// Version 3 counts maps with "%" where version 2 used "#", and leaves out empty collections.
function upgradeStateV2ToV3(old: StateV2): StateV2 {
  for (const m of old.modules ?? []) {
    for (const r of m?.resources?.values() ?? []) {
      if (r?.primary) upgradeAttributesV2ToV3(r.primary);
      for (const d of r?.deposed ?? []) if (d) upgradeAttributesV2ToV3(d);
    }
  }
  return { ...old, version: 3 };
}

function upgradeAttributesV2ToV3(is: InstanceV2): void {
  const attrs = is.attributes;
  if (attrs === null) return;
  const prefixes = [...attrs.keys()].flatMap((k) => /^(.*\.)#$/s.exec(k)?.slice(1, 2) ?? []).sort();
  for (const prefix of prefixes) {
    const subkeys = new Set<string>();
    for (const key of attrs.keys()) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const m = /^([^.]+)\..*/s.exec(rest);
      if (m) subkeys.add(m[1]!);
      else if (rest !== "#") subkeys.add(rest);
    }
    const oldCount = `${prefix}#`;
    if ([...subkeys].some((k) => !/^[+-]?\d+$/.test(k))) {
      attrs.set(`${prefix}%`, attrs.get(oldCount) ?? "");
      attrs.delete(oldCount);
    }
    if (subkeys.size === 0) attrs.delete(oldCount);
  }
}
