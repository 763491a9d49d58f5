import { join, resolve } from "node:path";
import { StringType } from "../../../lang/types/type.js";
import { convert, ConversionError, formatConversionError } from "../../../lang/types/convert.js";
import type { Value } from "../../../lang/values/value.js";
import type { ProviderDiagnostic } from "../../provider.js";
import { providerError } from "../kit/index.js";

// The backends terraform_remote_state can name, and the one it can read so far: "local" (Terraform's
// backend/local configured from a `config` object: `path` for the default workspace's state file,
// `workspace_dir` for the others, each at WORKSPACE_DIR/NAME/terraform.tfstate).

/** The backend types Terraform 1.11 knows (backend/init). */
const KNOWN_BACKENDS = new Set(["local", "remote", "azurerm", "consul", "cos", "gcs", "http", "inmem", "kubernetes", "oss", "pg", "s3", "cloud"]);

/** Backend types Terraform removed, with the message it gives for each (backend/init.RemovedBackends). */
const REMOVED_BACKENDS: Readonly<Record<string, string>> = {
  artifactory: 'The "artifactory" backend is not supported in Terraform v1.3 or later.',
  azure: 'The "azure" backend name has been removed, please use "azurerm".',
  etcd: 'The "etcd" backend is not supported in Terraform v1.3 or later.',
  etcdv3: 'The "etcdv3" backend is not supported in Terraform v1.3 or later.',
  manta: 'The "manta" backend is not supported in Terraform v1.3 or later.',
  swift: 'The "swift" backend is not supported in Terraform v1.3 or later.',
};

const LOCAL_ATTRIBUTES = ["path", "workspace_dir"] as const;

/** The local backend's settings: where the default workspace's state is, and the other workspaces' directory. */
export interface LocalBackendConfig {
  readonly path: string;
  readonly workspaceDir: string;
}

/** A backend type as named in `backend` ("_local" is the old name of "local"), or an error diagnostic. */
export function backendType(name: string): { type?: string; diagnostics: ProviderDiagnostic[] } {
  const type = name === "_local" ? "local" : name;
  if (KNOWN_BACKENDS.has(type)) return { type, diagnostics: [] };
  const detail = REMOVED_BACKENDS[type] ?? `There is no backend type named ${JSON.stringify(type)}.`;
  return { diagnostics: [providerError("Invalid backend configuration", detail, "backend")] };
}

/** The error for a backend Terraform has but Terrane cannot read remote state from yet. */
export function unsupportedBackend(type: string): ProviderDiagnostic {
  const detail = `Terrane can read remote state only from the "local" backend so far; the ${JSON.stringify(type)} backend is not supported yet.`;
  return providerError("Unsupported remote state backend", detail, "backend");
}

/** The `config` object checked against the local backend's schema (CoerceValue, then PrepareConfig). */
export function localBackendConfig(config: Value): { config?: LocalBackendConfig; diagnostics: ProviderDiagnostic[] } {
  const invalid = (why: string) => ({
    diagnostics: [providerError("Invalid backend configuration", `The given configuration is not valid for backend "local": ${why}.`, "config")],
  });
  if (config.isNull) return { config: { path: "terraform.tfstate", workspaceDir: "terraform.tfstate.d" }, diagnostics: [] };
  if (config.type.kind !== "object" && config.type.kind !== "map") return invalid("an object is required");
  const attrs = config.entries();
  const unexpected = [...attrs.keys()].sort().find((k) => !(LOCAL_ATTRIBUTES as readonly string[]).includes(k));
  if (unexpected !== undefined) return invalid(`unexpected attribute ${JSON.stringify(unexpected)}`);
  const strings: Record<string, string | undefined> = {};
  for (const name of LOCAL_ATTRIBUTES) {
    const v = attrs.get(name);
    if (v === undefined || v.isNull) continue;
    const s = convert(v.unmark(), StringType);
    if (s instanceof ConversionError) return invalid(formatConversionError(new ConversionError(s.message, [{ attr: name }, ...s.path])));
    strings[name] = s.asString();
  }
  const diagnostics: ProviderDiagnostic[] = [];
  if (strings.path === "") diagnostics.push(providerError("Invalid local state file path", 'The "path" attribute value must not be empty.', "path"));
  if (strings.workspace_dir === "") {
    diagnostics.push(providerError("Invalid local workspace directory path", 'The "workspace_dir" attribute value must not be empty.', "workspace_dir"));
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { config: { path: strings.path ?? "terraform.tfstate", workspaceDir: strings.workspace_dir ?? "terraform.tfstate.d" }, diagnostics };
}

/** Where the local backend keeps a workspace's state (Local.StatePaths), resolved against `cwd`. */
export function localStatePath(cwd: string, config: LocalBackendConfig, workspace: string): string {
  return resolve(cwd, workspace === "default" ? config.path : join(config.workspaceDir, workspace, "terraform.tfstate"));
}
