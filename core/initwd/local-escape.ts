import { posix } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { ModuleSource } from "../configs/module-source.js";

// Terraform's maybeImproveLocalInstallError: a local module (`../x`) inside a downloaded package that
// fails to load because its path climbs out of that package gets one precise error instead of
// "directory not found". The walk carries, for each module, the package it belongs to and its path
// inside it (under a "*/" marker, which a climb out of the package removes).

/** The nearest enclosing remote package of a module, and the module's path inside it. */
export interface PackagePath {
  readonly addr: string;
  /** PREFIX then the directory inside the package; without PREFIX once a local path has left the package. */
  readonly path: string;
  /** The address of the first module whose local path left the package. */
  readonly escapedAt?: string;
}

const PREFIX = "*/";

/** Where a registry or remote module's package starts; undefined for local sources (the root package). */
export function packageStart(addr: ModuleSource): PackagePath | undefined {
  switch (addr.kind) {
    case "local":
      return undefined;
    case "registry":
      return { addr: `${addr.host}/${addr.namespace}/${addr.name}/${addr.targetSystem}`, path: posix.join(PREFIX, addr.subdir) };
    case "remote":
      return { addr: addr.packageAddr, path: posix.join(PREFIX, addr.subdir) };
  }
}

/** The package path of a local child `source` of a module in `pkg`, `path` being the child's module path. */
export function localStep(pkg: PackagePath | undefined, source: string, path: readonly string[]): PackagePath | undefined {
  if (!pkg) return undefined;
  const next = posix.join(pkg.path, source);
  if (pkg.escapedAt !== undefined || next.startsWith(PREFIX)) return { ...pkg, path: next };
  return { ...pkg, path: next, escapedAt: moduleAddress(path) };
}

/** Replaces a failed local install's errors with the escape error, when its path left its package. */
export function improveLocalInstallError(diags: Diagnostic[], child: PackagePath | undefined): Diagnostic[] {
  if (!child?.escapedAt || !diags.some((d) => d.severity === "error")) return diags;
  const suggestion = child.addr.startsWith("/")
    ? '\n\nTerrane treats absolute filesystem paths as external modules which establish a new module package. To treat this directory as part of the same package as its caller, use a local path starting with either "./" or "../".'
    : "";
  const detail = `The given source directory for ${child.escapedAt} would be outside of its containing package ${JSON.stringify(child.addr)}. Local source addresses starting with "../" must stay within the same package that the calling module belongs to.${suggestion}`;
  return [...diags.filter((d) => d.severity !== "error"), errorDiag("Local module path escapes module package", detail)];
}

function moduleAddress(path: readonly string[]): string {
  return path.map((p) => `module.${p}`).join(".");
}
