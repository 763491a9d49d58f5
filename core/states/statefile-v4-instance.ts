import { AbsResource, type AbsResourceInstance } from "../addrs/abs-resource.js";
import { IntKey, StringKey, type InstanceKey } from "../addrs/instance-key.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { ValuePath } from "../../lang/values/path.js";
import { parseAbsResourceStr } from "./address-strings.js";
import { goSharpV } from "./go-format.js";
import { utf8Length, type GoJsonNode } from "./go-json-parse.js";
import { unmarshalPaths } from "./sensitive-paths.js";
import type { ObjectStatus, State, StoredObject } from "./state.js";
import type { InstanceV4 } from "./statefile-v4-spec.js";

// One element of a v4 resource's `instances`: the current object of an instance or one of its deposed
// objects, checked (key, status, deposed key, sensitive paths, dependencies) and put into the state.

const METADATA = "Invalid resource instance metadata in state";

/** Adds an instance object of resource `addr` to the state, or reports why it cannot be read. */
export function readInstanceV4(state: State, addr: AbsResource, provider: AbsProviderConfig, is: InstanceV4, diagnostics: Diagnostic[]): void {
  const key = instanceKey(is.index_key);
  if (key === undefined) {
    diagnostics.push(errorDiag(METADATA, `Resource ${addr.toString()} has an instance with the invalid instance key ${goSharpV(is.index_key!)}.`));
    return;
  }
  const instAddr = addr.instance(key);
  const sensitivePaths = sensitivePathsOf(is.sensitive_attributes, diagnostics);
  if (!sensitivePaths) return;
  const status = statusOf(is.status);
  if (status === undefined) {
    diagnostics.push(errorDiag(METADATA, `Instance ${instAddr.toString()} has invalid status ${goQuote(is.status)}.`));
    return;
  }
  const obj: StoredObject = {
    schemaVersion: is.schema_version,
    ...attributesOf(is),
    sensitivePaths,
    ...(is.private && is.private.length > 0 ? { private: is.private } : {}),
    status,
    dependencies: dependenciesOf(is.dependencies ?? [], diagnostics),
    createBeforeDestroy: is.create_before_destroy,
  };
  if (is.deposed !== "") addDeposed(state, instAddr, is.deposed, obj, provider, diagnostics);
  else addCurrent(state, instAddr, obj, provider, diagnostics);
}

// encoding/json gives numbers as float64, which Terraform truncates to an int; null is no key.
function instanceKey(raw: GoJsonNode | undefined): InstanceKey | null | undefined {
  if (raw === undefined) return null;
  if (raw.kind === "string") return new StringKey(raw.value);
  if (raw.kind !== "number") return undefined;
  const n = Math.trunc(Number(raw.text));
  return Math.abs(n) < 2 ** 63 ? new IntKey(n === 0 ? 0 : n) : undefined;
}

function statusOf(raw: string): ObjectStatus | undefined {
  return raw === "" ? "ready" : raw === "tainted" ? "tainted" : undefined;
}

function sensitivePathsOf(raw: string | undefined, diagnostics: Diagnostic[]): ValuePath[] | undefined {
  if (raw === undefined) return [];
  const r = unmarshalPaths(raw);
  diagnostics.push(...r.diagnostics);
  return hasErrors(r.diagnostics) ? undefined : r.paths;
}

function attributesOf(is: InstanceV4): { attrsJson: string; attrsFlat?: ReadonlyMap<string, string> } {
  if (is.attributes !== undefined) return { attrsJson: is.attributes };
  if (is.attributes_flat !== null) return { attrsJson: "", attrsFlat: is.attributes_flat };
  return { attrsJson: "{}" };
}

// Terraform records dependencies as configuration addresses, so module instance keys are dropped.
function dependenciesOf(raw: readonly string[], diagnostics: Diagnostic[]): AbsResource[] {
  const deps: AbsResource[] = [];
  for (const text of raw) {
    const r = parseAbsResourceStr(text);
    diagnostics.push(...r.diagnostics);
    if (!r.addr) continue;
    const unkeyed = new ModuleInstance(r.addr.module.steps.map((s) => ({ name: s.name, key: null })));
    deps.push(new AbsResource(unkeyed, r.addr.resource));
  }
  return deps;
}

function addDeposed(state: State, addr: AbsResourceInstance, dk: string, obj: StoredObject, provider: AbsProviderConfig, diagnostics: Diagnostic[]): void {
  if (utf8Length(dk) !== 8) {
    diagnostics.push(errorDiag(METADATA, `Instance ${addr.toString()} has an object with deposed key ${goQuote(dk)}, which is not correctly formatted.`));
    return;
  }
  if (state.instance(addr)?.deposed.has(dk)) {
    const detail = `Instance ${addr.toString()} deposed object ${goQuote(dk)} appears multiple times in the state file.`;
    diagnostics.push(errorDiag("Duplicate resource instance in state", detail));
    return;
  }
  state.setDeposed(addr, dk, obj, provider);
}

function addCurrent(state: State, addr: AbsResourceInstance, obj: StoredObject, provider: AbsProviderConfig, diagnostics: Diagnostic[]): void {
  if (state.instance(addr)?.current) {
    diagnostics.push(errorDiag("Duplicate resource instance in state", `Instance ${addr.toString()} appears multiple times in the state file.`));
    return;
  }
  state.setCurrent(addr, obj, provider);
}
