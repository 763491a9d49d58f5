import { readFileSync } from "node:fs";
import type { Provider } from "../addrs/provider.js";
import { TERRAFORM_COMPAT_VERSION } from "../configs/core-version.js";
import { decodeString } from "../configs/decode-value.js";
import { providerOfSource } from "../configs/provider-types.js";
import { nativeFileBody } from "../../lang/eval/native-body.js";
import type { Attribute, Block } from "../../lang/hcl/body.js";
import { exprList } from "../../lang/hcl/static.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { parseLockConstraints, parseLockVersion, type LockVersion } from "./lock-versions.js";
import { emptyLocks, setProviderLock, type Locks } from "./locks.js";
import { parseProviderHash, type ProviderHash } from "../../providers/installer/provider-hash.js";

// Reading `.terraform.lock.hcl` (depsfile.LoadLocksFromFile): native HCL with `provider "<address>"`
// blocks; anything else, or any value not in canonical form, is an error with Terraform's texts.

/** The lock file's name in a configuration's root directory. */
export const LOCK_FILE_NAME = ".terraform.lock.hcl";

const BAD_ADDRESS = 'The provider source address for a provider lock must be a valid, fully-qualified address of the form "hostname/namespace/type".';

/**
 * Reads a lock file; a file that does not exist yields empty locks and no diagnostics. Ranges name the
 * file as `displayPath` (Terraform names it relative to the working directory: `.terraform.lock.hcl`).
 */
export function loadLocksFromFile(filename: string, displayPath = filename): { locks: Locks; diagnostics: Diagnostic[] } {
  let source: string;
  try {
    source = readFileSync(filename, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { locks: emptyLocks(), diagnostics: [] };
    return { locks: emptyLocks(), diagnostics: [errorDiag("Failed to read file", `The file ${goQuote(displayPath)} could not be read.`)] };
  }
  return parseLocks(source, displayPath);
}

/** Decodes lock file text; the locks hold every entry that could be read, even when there are errors. */
export function parseLocks(source: string, filename: string): { locks: Locks; diagnostics: Diagnostic[] } {
  const parsed = parseConfig(source, filename);
  const body = nativeFileBody(parsed.file);
  const schema = { blocks: [{ type: "provider", labelNames: ["source_addr"] }, { type: "module", labelNames: ["path"] }] };
  const { content, diagnostics } = body.content(schema);
  const diags = [...parsed.diagnostics, ...diagnostics];
  let locks = emptyLocks();
  const seen = new Map<string, Range>();
  let seenModule = false;
  for (const block of content.blocks) {
    if (block.type === "module") {
      if (!seenModule) diags.push(moduleWarning(block));
      seenModule = true;
      continue;
    }
    const lock = decodeProviderLock(block, diags);
    if (!lock) continue;
    const key = lock.provider.toString();
    const previous = seen.get(key);
    if (previous) {
      const detail = `This lockfile already declared a lock for provider ${key} at ${formatRange(previous)}.`;
      diags.push(errorDiag("Duplicate provider lock", detail, block.typeRange));
      continue;
    }
    locks = setProviderLock(locks, lock);
    seen.set(key, block.defRange);
  }
  return { locks, diagnostics: diags };
}

function moduleWarning(block: Block): Diagnostic {
  const detail = `Terraform v${TERRAFORM_COMPAT_VERSION} only supports dependency locks for providers, not for modules. This configuration may be intended for a later version of Terraform that also supports dependency locks for modules.`;
  return warningDiag("Dependency locks for modules are not yet supported", detail, block.typeRange);
}

function decodeProviderLock(block: Block, diags: Diagnostic[]) {
  const provider = decodeLockAddress(block.labels[0]!, block.labelRanges[0]!, diags);
  if (!provider) return undefined;
  const schema = { attributes: [{ name: "version", required: true }, { name: "constraints" }, { name: "hashes" }] };
  const { content, diagnostics } = block.body.content(schema);
  diags.push(...diagnostics);
  const version = decodeVersion(provider, content.attributes.get("version"), diags);
  const constraints = decodeConstraints(provider, content.attributes.get("constraints"), diags);
  const hashes = decodeHashes(content.attributes.get("hashes"), diags);
  return { provider, version, constraints, hashes };
}

function decodeLockAddress(raw: string, subject: Range, diags: Diagnostic[]): Provider | undefined {
  const provider = providerOfSource(raw);
  if (!provider) return void diags.push(errorDiag("Invalid provider source address", BAD_ADDRESS, subject));
  if (provider.isBuiltin) {
    const detail = `Cannot lock a version for built-in provider ${provider}. Built-in providers are bundled inside Terraform itself, so you can't select a version for them independently of the Terraform release you are currently running.`;
    return void diags.push(errorDiag("Invalid provider source address", detail, subject));
  }
  if (provider.namespace === "-") {
    const detail = `Provider source address ${provider} is a special provider that is not eligible for dependency locking.`;
    return void diags.push(errorDiag("Invalid provider source address", detail, subject));
  }
  if (provider.toString() !== raw) {
    const detail = `The provider source address for this provider lock must be written as ${goQuote(provider.toString())}, the fully-qualified and normalized form.`;
    return void diags.push(errorDiag("Non-normalized provider source address", detail, subject));
  }
  return provider;
}

function decodeVersion(provider: Provider, attr: Attribute | undefined, diags: Diagnostic[]): LockVersion {
  const zero = parseLockVersion("0.0.0").version;
  if (!attr) return zero;
  if (attr.expr.value(null).value.isNull) {
    diags.push(errorDiag("Missing required argument", 'A provider lock block must contain a "version" argument.', attr.expr.range));
    return zero;
  }
  const raw = decodeString(attr.expr);
  diags.push(...raw.diagnostics);
  if (raw.value === undefined) return zero;
  const r = parseLockVersion(raw.value);
  const summary = "Invalid provider version number";
  const prefix = `The selected version number for provider ${provider}`;
  if (r.error) diags.push(errorDiag(summary, `${prefix} is invalid: ${r.error}.`, attr.expr.range));
  if (r.version.toString() !== raw.value) {
    diags.push(errorDiag(summary, `${prefix} must be written in normalized form: ${goQuote(r.version.toString())}.`, attr.expr.range));
  }
  return r.version;
}

function decodeConstraints(provider: Provider, attr: Attribute | undefined, diags: Diagnostic[]): string {
  if (!attr) return "";
  const raw = decodeString(attr.expr);
  diags.push(...raw.diagnostics);
  if (raw.value === undefined) return "";
  const r = parseLockConstraints(raw.value);
  const summary = "Invalid provider version constraints";
  const prefix = `The recorded version constraints for provider ${provider}`;
  if (r.error) diags.push(errorDiag(summary, `${prefix} are invalid: ${r.error}.`, attr.expr.range));
  if (r.canonical !== raw.value) {
    diags.push(errorDiag(summary, `${prefix} must be written in normalized form: ${goQuote(r.canonical)}.`, attr.expr.range));
  }
  return r.canonical;
}

function decodeHashes(attr: Attribute | undefined, diags: Diagnostic[]): ProviderHash[] {
  if (!attr) return [];
  const exprs = exprList(attr.expr);
  if (!exprs) {
    diags.push(errorDiag("Invalid expression", "A static list expression is required.", attr.expr.startRange));
    return [];
  }
  if (exprs.length === 0) {
    const detail = 'The "hashes" argument must either be omitted or contain at least one hash value.';
    diags.push(errorDiag("Invalid provider hash set", detail, attr.expr.range));
    return [];
  }
  const out: ProviderHash[] = [];
  for (const e of exprs) {
    const raw = decodeString(e);
    diags.push(...raw.diagnostics);
    if (raw.value === undefined) continue;
    const h = parseProviderHash(raw.value);
    if ("error" in h) {
      // Terraform points at the whole list, not the element.
      diags.push(errorDiag("Invalid provider hash string", `Cannot interpret ${goQuote(raw.value)} as a provider hash: ${h.error}.`, attr.expr.range));
    } else out.push(h.hash);
  }
  return out;
}
