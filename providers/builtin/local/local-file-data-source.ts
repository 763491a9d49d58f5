import { readFile } from "node:fs/promises";
import { Value } from "../../../lang/values/value.js";
import type { ReadDataSourceResponse } from "../../provider.js";
import type { Schema } from "../../schema.js";
import { providerError, type DataSourceType } from "../kit/index.js";
import { checksums, resolvePath } from "./file-content.js";
import { goPathError } from "./go-os-error.js";
import { LOCAL_FILE_DATA_SCHEMA, LOCAL_SENSITIVE_FILE_DATA_SCHEMA } from "./local-file-schema.js";
import { stringOf, validateConfig } from "./plugin-framework.js";

// The local_file and local_sensitive_file data sources: read a file (relative paths under the
// provider's working directory) and report its content as text and base64, with its checksums.

/** One of the two file data sources. */
export function localFileDataSource(name: "local_file" | "local_sensitive_file", cwd: string): DataSourceType {
  const schema = name === "local_file" ? LOCAL_FILE_DATA_SCHEMA : LOCAL_SENSITIVE_FILE_DATA_SCHEMA;
  return {
    schema,
    validate: (config) => validateConfig(schema, config, {}),
    read: (config) => readDataFile(schema, config, cwd),
  };
}

async function readDataFile(schema: Schema, config: Value, cwd: string): Promise<ReadDataSourceResponse> {
  const filename = stringOf(config, "filename");
  let content: Buffer;
  try {
    content = await readFile(resolvePath(cwd, filename));
  } catch (e) {
    const detail = `The file at given path cannot be read.\n\n+Original Error: ${goPathError(e, "open", filename)}`;
    return { state: config, diagnostics: [providerError("Read local file data source error", detail)] };
  }
  const sums = checksums(content);
  const attrs: Record<string, Value> = {
    filename: config.entries().get("filename")!,
    // Invalid UTF-8 becomes U+FFFD, as the provider documents.
    content: Value.string(content.toString("utf8")),
    content_base64: Value.string(content.toString("base64")),
    id: Value.string(sums.content_sha1),
  };
  for (const [k, v] of Object.entries(sums)) attrs[k] = Value.string(v);
  return { state: Value.of(config.type, new Map(Object.keys(schema.block.attributes).map((k) => [k, attrs[k]!]))), diagnostics: [] };
}
