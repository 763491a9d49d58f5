import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { sortedProviderLocks, type Locks } from "./locks.js";

// Writing `.terraform.lock.hcl` byte for byte as Terraform does (depsfile.SaveLocksToBytes): its header
// comment (naming "terraform init", which both tools keep so that a committed file stays the same),
// providers sorted by address, `=` aligned within the version/constraints group, one hash per line.

const HEADER = '# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.\n';

/** The lock file's text. */
export function locksToBytes(locks: Locks): string {
  let out = HEADER;
  for (const lock of sortedProviderLocks(locks)) {
    const args: [string, string][] = [["version", lock.version.toString()]];
    if (lock.constraints !== "") args.push(["constraints", lock.constraints]);
    const width = Math.max(...args.map(([name]) => name.length));
    out += `\nprovider ${hclString(lock.provider.toString())} {\n`;
    for (const [name, value] of args) out += `  ${name.padEnd(width)} = ${hclString(value)}\n`;
    if (lock.hashes.length > 0) {
      out += "  hashes = [\n";
      for (const h of lock.hashes) out += `    ${hclString(h)},\n`;
      out += "  ]\n";
    }
    out += "}\n";
  }
  return out;
}

/** Replaces the lock file atomically (a temporary file renamed over it), as Terraform does. */
export function saveLocksToFile(locks: Locks, filename: string): Diagnostic[] {
  const tmp = join(dirname(filename), `.terraform.lock.hcl.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, locksToBytes(locks), { mode: 0o644 });
    renameSync(tmp, filename);
    return [];
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file may never have been created.
    }
    const detail = `Error while writing new dependency lock information to ${filename}: ${(e as Error).message}.`;
    return [errorDiag("Failed to update dependency lock file", detail)];
  }
}

// hclwrite's quoting of a string value: escapes for quotes, backslashes, control characters and `${`/`%{`.
function hclString(s: string): string {
  const escaped = s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$\{/g, "$${")
    .replace(/%\{/g, "%%{");
  return `"${escaped}"`;
}
