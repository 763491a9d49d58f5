import { readFileSync } from "node:fs";
import { decodeBool, decodeString } from "../../core/configs/decode-value.js";
import type { Block, Body } from "../../lang/hcl/body.js";
import { nativeFileBody } from "../../lang/eval/native-body.js";
import { parseJsonConfig } from "../../lang/json/parse.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { emptyCliConfig, type CliConfig } from "./cli-config.js";
import { decodeProviderInstallation } from "./provider-installation.js";
import { sourceless, stringMap } from "./decode-helpers.js";

// One CLI configuration file (cliconfig.loadConfigFile): native syntax, or JSON when the text starts
// with `{`. Terraform reads these files with HCL 1, which also accepts `"quoted" = value` items in
// blocks; Terrane reads them with its HCL 2 parser and accepts that form in dev_overrides, the one
// block where it is usual. Unknown settings are ignored, as HCL 1's decoder ignores them.

const TOP_LEVEL = {
  attributes: [
    { name: "plugin_cache_dir" },
    { name: "disable_checkpoint" },
    { name: "disable_checkpoint_signature" },
    { name: "plugin_cache_may_break_dependency_lock_file" },
  ],
  blocks: [{ type: "host", labelNames: ["name"] }, { type: "credentials", labelNames: ["name"] }, { type: "provider_installation" }],
};

/** Reads one file; problems are Terraform's sourceless "Error parsing FILE: ..." diagnostics. */
export function loadCliConfigFile(path: string, env: Readonly<Record<string, string | undefined>>): { config: CliConfig; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { config: emptyCliConfig(), diagnostics: [sourceless(`Error reading ${path}: ${(e as Error).message}`, "")] };
  }
  const parsed = parseBody(text, path);
  const fileDiags = parsed.diagnostics.map((d) => asFileError(path, d));
  if (fileDiags.some((d) => d.severity === "error")) return { config: emptyCliConfig(), diagnostics: fileDiags };
  const { content, diagnostics } = parsed.body.partialContent(TOP_LEVEL);
  const diags: Diagnostic[] = diagnostics.map((d) => asFileError(path, d));
  const attr = (name: string) => content.attributes.get(name)?.expr;
  const str = (name: string) => {
    const e = attr(name);
    const r = e ? decodeString(e) : { value: "", diagnostics: [] };
    diags.push(...r.diagnostics.map((d) => asFileError(path, d)));
    return r.value ?? "";
  };
  const bool = (name: string) => {
    const e = attr(name);
    const r = e ? decodeBool(e) : { value: false, diagnostics: [] };
    diags.push(...r.diagnostics.map((d) => asFileError(path, d)));
    return r.value ?? false;
  };
  const blocks = (type: string) => content.blocks.filter((b) => b.type === type);
  const installation = blocks("provider_installation").map((b) => decodeProviderInstallation(b, diags));
  const config: CliConfig = {
    disableCheckpoint: bool("disable_checkpoint"),
    pluginCacheDir: expandEnv(str("plugin_cache_dir"), env),
    pluginCacheMayBreakDependencyLockFile: bool("plugin_cache_may_break_dependency_lock_file"),
    hosts: new Map(blocks("host").map((b) => [b.labels[0]!, hostServices(b, path, diags)])),
    credentials: new Map(blocks("credentials").map((b) => [b.labels[0]!, token(b, path, diags)])),
    providerInstallation: installation,
  };
  return { config, diagnostics: diags };
}

function parseBody(text: string, path: string): { body: Body; diagnostics: Diagnostic[] } {
  if (text.trimStart().startsWith("{")) {
    const r = parseJsonConfig(text, path);
    return { body: r.file.body, diagnostics: r.diagnostics };
  }
  const r = parseConfig(devOverridesAsObjects(text), path);
  return { body: nativeFileBody(r.file), diagnostics: r.diagnostics };
}

// `dev_overrides { "a/b" = "dir" }` becomes `dev_overrides={ ... }`, an object whose keys may be quoted,
// without moving any character (so positions stay right).
function devOverridesAsObjects(text: string): string {
  return text.replace(/\bdev_overrides([ \t]+)\{/g, (_m, ws: string) => `dev_overrides=${ws.slice(1)}{`);
}

function hostServices(block: Block, path: string, diags: Diagnostic[]): Record<string, string> {
  const { content, diagnostics } = block.body.partialContent({ attributes: [{ name: "services" }] });
  diags.push(...diagnostics.map((d) => asFileError(path, d)));
  const expr = content.attributes.get("services")?.expr;
  return expr ? stringMap(expr, (d) => diags.push(asFileError(path, d))) : {};
}

function token(block: Block, path: string, diags: Diagnostic[]): string {
  const { content } = block.body.partialContent({ attributes: [{ name: "token" }] });
  const expr = content.attributes.get("token")?.expr;
  if (!expr) return "";
  const r = decodeString(expr);
  diags.push(...r.diagnostics.map((d) => asFileError(path, d)));
  return r.value ?? "";
}

/** A file's syntax or decoding problem as Terraform reports it (`Error parsing FILE: At L:C: ...`). */
function asFileError(path: string, d: Diagnostic): Diagnostic {
  if (!d.subject) return d;
  const at = `At ${d.subject.start.line}:${d.subject.start.column}`;
  return sourceless(`Error parsing ${path}: ${at}: ${d.summary}${d.detail ? `; ${d.detail}` : ""}`, "", d.severity);
}

/** Go's os.ExpandEnv: `$NAME` and `${NAME}` replaced by the variable's value ("" when unset). */
export function expandEnv(s: string, env: Readonly<Record<string, string | undefined>>): string {
  return s.replace(/\$\{([^}]*)\}|\$([A-Za-z0-9_]+)/g, (_m, braced: string | undefined, bare: string | undefined) => env[braced ?? bare ?? ""] ?? "");
}
