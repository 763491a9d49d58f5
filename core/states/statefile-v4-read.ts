import { ModuleInstance } from "../addrs/module-instance.js";
import type { AbsProviderConfig } from "../addrs/provider.js";
import { Resource, type ResourceMode } from "../addrs/resource.js";
import { AbsResource } from "../addrs/abs-resource.js";
import { parseVersion } from "../configs/version-constraint.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { parseAbsProviderConfigStr, parseLegacyAbsProviderConfigStr, parseModuleInstanceStr } from "./address-strings.js";
import { decodeCheckResults } from "./check-results.js";
import { readCtyType, readCtyValue } from "./cty-json-read.js";
import { goDecode } from "./go-json-decode.js";
import type { GoJsonNode } from "./go-json-parse.js";
import { State, type StateFile } from "./state.js";
import { jsonUnmarshalDiagnostic, STATE_V4_SPEC, type ResourceV4, type StateV4 } from "./statefile-v4-spec.js";
import { readInstanceV4 } from "./statefile-v4-instance.js";

// Reading format version 4 (readStateV4 and prepareStateV4): the document decoded against the v4
// structure, then every resource, instance object, root output and check result checked and put into
// the in-memory state, with Terraform's diagnostics for whatever is wrong.

/** The state file in a parsed v4 document (`source` is its text); no file when there is any error. */
export function readStateV4(source: string, tree: GoJsonNode): { file?: StateFile; diagnostics: Diagnostic[] } {
  const decoded = goDecode(source, tree, STATE_V4_SPEC);
  if (decoded.error) return { diagnostics: [jsonUnmarshalDiagnostic(decoded.error)] };
  return prepareStateV4(decoded.value);
}

/** Builds the state from a decoded v4 document (also the last step of upgrading older formats). */
export function prepareStateV4(sV4: StateV4): { file?: StateFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const terraformVersion = normalizedVersion(sV4.terraform_version, diagnostics);
  const state = new State();
  state.ensureModule(ModuleInstance.ROOT);
  for (const rs of sV4.resources ?? []) readResource(state, rs, diagnostics);
  readOutputs(state, sV4, diagnostics);
  if (sV4.check_results !== null) {
    const checks = decodeCheckResults(sV4.check_results);
    diagnostics.push(...checks.diagnostics);
    state.checkResults = checks.results;
  }
  if (hasErrors(diagnostics)) return { diagnostics };
  return { file: { terraformVersion, serial: sV4.serial, lineage: sV4.lineage, state }, diagnostics };
}

// go-version's String() of the version Terraform parsed: segments padded to three, then -pre and +meta.
function normalizedVersion(v: string, diagnostics: Diagnostic[]): string {
  if (v === "") return "";
  const parsed = parseVersion(v);
  if (parsed === undefined || parsed.segments.some((s) => s >= 2n ** 63n)) {
    const detail = `State file claims to have been written by Terraform version ${goQuote(v)}, which is not a valid version string.`;
    diagnostics.push(errorDiag("Invalid Terraform version string", detail));
    return "";
  }
  const pre = parsed.prerelease === "" ? "" : `-${parsed.prerelease}`;
  const meta = parsed.metadata === "" ? "" : `+${parsed.metadata}`;
  return `${parsed.segments.join(".")}${pre}${meta}`;
}

const MODES: Readonly<Record<string, ResourceMode>> = { managed: "managed", data: "data" };

function readResource(state: State, rs: ResourceV4, diagnostics: Diagnostic[]): void {
  const mode = Object.hasOwn(MODES, rs.mode) ? MODES[rs.mode]! : undefined;
  if (mode === undefined) {
    const detail = `State contains a resource with mode ${goQuote(rs.mode)} (${goQuote(rs.type)} ${goQuote(rs.name)}) which is not supported.`;
    diagnostics.push(errorDiag("Invalid resource mode in state", detail));
    return;
  }
  let module = ModuleInstance.ROOT;
  if (rs.module !== "") {
    const m = parseModuleInstanceStr(rs.module);
    diagnostics.push(...m.diagnostics);
    if (!m.addr) return;
    module = m.addr;
  }
  const provider = providerOf(rs.provider, diagnostics);
  if (!provider) return;
  const addr = new AbsResource(module, new Resource(mode, rs.type, rs.name));
  state.ensureResource(addr, provider);
  for (const is of rs.instances ?? []) readInstanceV4(state, addr, provider, is, diagnostics);
}

// Terraform falls back to the pre-0.13 form `provider.aws`, and drops the resource silently when that
// fails too; Terrane reports the error of the current form instead.
function providerOf(text: string, diagnostics: Diagnostic[]): AbsProviderConfig | undefined {
  const current = parseAbsProviderConfigStr(text);
  if (current.addr) return current.addr;
  const legacy = parseLegacyAbsProviderConfigStr(text);
  if (legacy.addr) return legacy.addr;
  diagnostics.push(...current.diagnostics);
  return undefined;
}

function readOutputs(state: State, sV4: StateV4, diagnostics: Diagnostic[]): void {
  const root = state.ensureModule(ModuleInstance.ROOT);
  for (const [name, os] of sV4.outputs ?? []) {
    const type = readCtyType(os.type);
    if ("error" in type) {
      const detail = `The state file has an invalid type specification for output ${goQuote(name)}: ${type.error}.`;
      diagnostics.push(errorDiag("Invalid output value type in state", detail));
      continue;
    }
    const value = readCtyValue(os.value, type.value);
    if ("error" in value) {
      diagnostics.push(errorDiag("Invalid output value saved in state", `The state file has an invalid value for output ${goQuote(name)}: ${value.error}.`));
      continue;
    }
    root.outputs.set(name, { value: value.value, sensitive: os.sensitive });
  }
}
