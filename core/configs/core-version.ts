import type { Body } from "../../lang/hcl/body.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { CoreVersionConstraint } from "./file-contents.js";
import { decodeVersionConstraint } from "./version-attribute.js";
import { constraintsAllow, parseVersion, type Version } from "./version-constraint.js";

// `required_version`: read from every `terraform` block before anything else in a file (so that it is
// found even in files a newer Terraform wrote), and checked against the Terraform version Terrane is
// compatible with (configs.sniffCoreVersionRequirements, Module.CheckCoreVersionRequirements).

/** The Terraform version whose language Terrane implements, which `required_version` is checked against. */
export const TERRAFORM_COMPAT_VERSION = "1.11.4";

const COMPAT_VERSION: Version = parseVersion(TERRAFORM_COMPAT_VERSION)!;

/** Finds the `required_version` constraints of a file's `terraform` blocks. */
export function sniffCoreVersionRequirements(body: Body): { constraints: CoreVersionConstraint[]; diagnostics: Diagnostic[] } {
  const root = body.partialContent({ blocks: [{ type: "terraform" }] });
  const diagnostics = [...root.diagnostics];
  const constraints: CoreVersionConstraint[] = [];
  for (const block of root.content.blocks) {
    const r = block.body.partialContent({ attributes: [{ name: "required_version" }] });
    diagnostics.push(...r.diagnostics);
    const attr = r.content.attributes.get("required_version");
    if (!attr) continue;
    const decoded = decodeVersionConstraint(attr);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.constraint) constraints.push(decoded.constraint);
  }
  return { constraints, diagnostics };
}

/**
 * Checks a module's `required_version` constraints against TERRAFORM_COMPAT_VERSION. Prerelease
 * constraints are errors of their own. `path` is empty for the root module; a child is described by
 * its address (`module.a.module.b`) and source.
 */
export function checkCoreVersionRequirements(
  constraints: readonly CoreVersionConstraint[],
  path: readonly string[],
  source: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const checkable: CoreVersionConstraint[] = [];
  for (const c of constraints) {
    const pre = c.constraints.filter((term) => term.version.prerelease !== "");
    for (const term of pre) diagnostics.push(prereleaseError(term.original, c));
    if (pre.length === 0) checkable.push(c);
  }
  for (const c of checkable) {
    if (!constraintsAllow(c.constraints, COMPAT_VERSION)) diagnostics.push(unsupportedError(c, path, source));
  }
  return diagnostics;
}

function prereleaseError(term: string, c: CoreVersionConstraint): Diagnostic {
  const detail = `Prerelease version constraints are not supported: ${term}. Remove the prerelease information from the constraint. Prerelease versions of terraform will match constraints using their version core only.`;
  return errorDiag("Invalid required_version constraint", detail, c.range);
}

function unsupportedError(c: CoreVersionConstraint, path: readonly string[], source: string): Diagnostic {
  const rest = `To proceed, either choose another supported Terraform version or update this version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.`;
  const detail =
    path.length === 0
      ? `This configuration does not support Terraform version ${TERRAFORM_COMPAT_VERSION}. ${rest}`
      : `Module ${path.map((p) => `module.${p}`).join(".")} (from ${source}) does not support Terraform version ${TERRAFORM_COMPAT_VERSION}. ${rest}`;
  return errorDiag("Unsupported Terraform Core version", detail, c.range);
}
