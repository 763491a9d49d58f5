// The fixed texts `terrane init` prints (Terraform 1.11's command/init.go and views), with Terrane's name.
import type { Locks } from "../../core/depsfile/index.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";

/** Printed when init made a new lock file. */
export const LOCK_CREATED = `Terrane has created a lock file .terraform.lock.hcl to record the provider
selections it made above. Include this file in your version control repository
so that Terrane can guarantee to make the same selections by default when
you run "terrane init" in the future.
`;

/** Printed when init changed an existing lock file. */
export const LOCK_CHANGED = `Terrane has made some changes to the provider dependency selections recorded
in the .terraform.lock.hcl file. Review those changes and commit them to your
version control system if they represent changes you intended to make.
`;

/** The closing paragraphs of a successful init. */
export const INIT_SUCCESS = `Terrane has been successfully initialized!

You may now begin working with Terrane. Try running "terrane plan" to see
any changes that are required for your infrastructure. All Terrane commands
should now work.

If you ever set or change modules or backend configuration for Terrane,
rerun this command to reinitialize your working directory. If you forget, other
commands will detect it and remind you to do so if necessary.
`;

/** The warning for providers whose lock hashes were computed from local packages only. */
export function incompleteLockWarning(providers: readonly string[], platform: string): { summary: string; detail: string } {
  const list = providers.map((p) => `  - ${p}`).join("\n");
  return {
    summary: "Incomplete lock file information for providers",
    detail:
      `Due to your customized provider installation methods, Terrane was forced to calculate lock file checksums locally for the following providers:\n${list}\n\n` +
      `The current .terraform.lock.hcl file only includes checksums for ${platform}, so Terrane running on another platform will fail to install these providers.\n\n` +
      `To calculate additional checksums for another platform, run:\n  terrane providers lock -platform=${platform}\n(where ${platform} is the platform to generate)`,
  };
}

/** With -lockfile=readonly: an error when the set of providers changed, else a warning that nothing was saved. */
export function readonlyLockDiagnostic(prior: Locks, next: Locks): Diagnostic {
  const same = prior.providers.size === next.providers.size && [...next.providers.keys()].every((k) => prior.providers.has(k));
  if (!same) {
    const detail = 'Changes to the required provider dependencies were detected, but the lock file is read-only. To use and record these requirements, run "terrane init" without the "-lockfile=readonly" flag.';
    return { severity: "error", summary: "Provider dependency changes detected", detail };
  }
  const detail = 'Changes to the provider selections were detected, but not saved in the .terraform.lock.hcl file. To record these selections, run "terrane init" without the "-lockfile=readonly" flag.';
  return { severity: "warning", summary: "Provider lock file not updated", detail };
}
