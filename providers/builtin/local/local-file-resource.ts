import { readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Value } from "../../../lang/values/value.js";
import type {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ImportResourceStateResponse,
  ReadResourceRequest,
  ReadResourceResponse,
} from "../../provider.js";
import { impliedType, type Schema } from "../../schema.js";
import { providerError, storePlanned, type ManagedResourceType } from "../kit/index.js";
import { checksums, plannedContent, resolvePath } from "./file-content.js";
import { modeOf, filePermission } from "./file-permission.js";
import { mkdirAll } from "./go-mkdir-all.js";
import { goPathError, isNotExist } from "./go-os-error.js";
import { DEFAULT_PERMISSION, LOCAL_FILE_SCHEMA, LOCAL_SENSITIVE_FILE_SCHEMA } from "./local-file-schema.js";
import {
  exactlyOneOf,
  planWithDefaults,
  stringOf,
  validateConfig,
  withAttrs,
  type AttributeCheck,
  type FrameworkRules,
} from "./plugin-framework.js";

// The local_file and local_sensitive_file resources: create writes the file (making missing parent
// directories), delete removes it, and refresh drops the object from state when the file is gone or
// its content no longer hashes to the id, so that the next plan creates it again. Every configurable
// attribute forces replacement.

type FileResourceName = "local_file" | "local_sensitive_file";

const CONTENT: Readonly<Record<FileResourceName, readonly string[]>> = {
  local_file: ["content", "sensitive_content", "content_base64", "source"],
  local_sensitive_file: ["content", "content_base64", "source"],
};

/** Every configurable attribute replaces the object; sorted, as the framework sorts the paths. */
const REPLACING = ["content", "content_base64", "directory_permission", "file_permission", "filename", "sensitive_content", "source"];

/** One of the two file resource types, writing relative paths under `cwd`. */
export function localFileResource(name: FileResourceName, cwd: string): ManagedResourceType {
  const schema = name === "local_file" ? LOCAL_FILE_SCHEMA : LOCAL_SENSITIVE_FILE_SCHEMA;
  const label = name === "local_file" ? "local file" : "local sensitive file";
  const rules = frameworkRules(name);
  const mode = Value.string(DEFAULT_PERMISSION[name]!);
  return {
    schema,
    validate: (config) => validateConfig(schema, config, rules),
    plan: (req) =>
      planWithDefaults(schema, req, { file_permission: mode, directory_permission: mode }, { requiresReplace: REPLACING }),
    apply: (req) => applyFile(req, schema, label, cwd),
    read: (req) => refreshFile(req, label, cwd),
    import: importNotImplemented,
  };
}

function frameworkRules(name: FileResourceName): FrameworkRules {
  const content = CONTENT[name];
  const attributes: Record<string, AttributeCheck[]> = {
    file_permission: [filePermission],
    directory_permission: [filePermission],
  };
  for (const a of content) attributes[a] = [exactlyOneOf(...content.filter((o) => o !== a))];
  const deprecations: Record<string, string> =
    name === "local_file" ? { sensitive_content: "Use the `local_sensitive_file` resource instead" } : {};
  return { attributes, deprecations };
}

async function applyFile(req: ApplyResourceChangeRequest, schema: Schema, label: string, cwd: string): Promise<ApplyResourceChangeResponse> {
  if (req.plannedState.isNull) {
    await removeFile(resolvePath(cwd, stringOf(req.priorState, "filename")));
    return { newState: req.plannedState, diagnostics: [] };
  }
  if (!req.priorState.isNull) return storePlanned(req);
  const planned = req.plannedState;
  const failed = (detail: string, err: string) => ({
    newState: Value.null(impliedType(schema.block)),
    diagnostics: [providerError(`Create ${label} error`, `An unexpected error occurred while ${detail}\n\n+Original Error: ${err}`)],
  });
  const content = await plannedContent(planned, cwd);
  if ("error" in content) return failed("parsing local file content", content.error);
  const filename = stringOf(planned, "filename");
  const destination = resolvePath(cwd, filename);
  const made = await makeParent(cwd, filename, stringOf(planned, "directory_permission"));
  if (made !== undefined) return failed("creating file directory", made);
  try {
    await writeFile(destination, content, { mode: modeOf(stringOf(planned, "file_permission")) });
  } catch (e) {
    return failed("writing the file", goPathError(e, "open", filename));
  }
  const sums = checksums(content);
  const computed: Record<string, Value> = { id: Value.string(sums.content_sha1) };
  for (const [k, v] of Object.entries(sums)) computed[k] = Value.string(v);
  return { newState: withAttrs(planned, computed), diagnostics: [] };
}

/** Creates the destination's directory (Go's filepath.Dir) when it cannot be stat'ed. */
async function makeParent(cwd: string, filename: string, permission: string): Promise<string | undefined> {
  const dir = goDir(filename);
  try {
    await stat(resolvePath(cwd, dir));
    return undefined;
  } catch {
    return mkdirAll(cwd, dir, modeOf(permission));
  }
}

/** filepath.Dir for the slash-separated paths the provider is given: "." when there is no directory. */
function goDir(path: string): string {
  const d = dirname(path);
  return d === "" ? "." : d;
}

/** Go's os.Remove: a file, or an empty directory; errors are ignored as the provider ignores them. */
async function removeFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch {
    await rmdir(path).catch(() => undefined);
  }
}

async function refreshFile(req: ReadResourceRequest, label: string, cwd: string): Promise<ReadResourceResponse> {
  const state = req.currentState;
  const gone = { newState: Value.null(state.type), diagnostics: [] };
  const filename = stringOf(state, "filename");
  const path = resolvePath(cwd, filename);
  try {
    await stat(path);
  } catch (e) {
    if (isNotExist(e)) return gone;
  }
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const detail = `An unexpected error occurred while reading the file\n\n+Original Error: ${goPathError(e, "open", filename)}`;
    return { newState: state, diagnostics: [providerError(`Read ${label} error`, detail)] };
  }
  // The file was changed outside Terraform: forget it, so that the plan writes it again.
  if (checksums(data).content_sha1 !== stringOf(state, "id")) return gone;
  return { newState: state, diagnostics: [] };
}

/** The framework's answer for a resource without ImportState. */
function importNotImplemented(): ImportResourceStateResponse {
  const detail = "This resource does not support import. Please contact the provider developer for additional information.";
  return { importedResources: [], diagnostics: [providerError("Resource Import Not Implemented", detail)] };
}
