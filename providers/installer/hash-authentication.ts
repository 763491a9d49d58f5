import { packageMatchesAnyHash, preferredHashes } from "./package-hash.js";
import type { ProviderHash } from "./provider-hash.js";
import type { PackageAuthentication } from "./source.js";

// Authentication of a package by hashes its source listed (Terraform's packageHashAuthentication, used
// for network mirrors): the package must match one of the hashes this version can verify; success is
// reported as "verified checksum". Every listed hash is acceptable for the lock file.

/** Authentication that checks a package against the hashes a mirror listed. */
export function packageHashAuthentication(hashes: readonly ProviderHash[]): PackageAuthentication {
  const required = preferredHashes(hashes);
  return {
    authenticate: async (local) => {
      if (required.length === 0) return { error: "this version of Terraform does not support any of the checksum formats given for this provider" };
      const r = packageMatchesAnyHash(local, required);
      if ("error" in r) return { error: `failed to verify provider package checksums: ${r.error}` };
      if (r.matches) return { kind: "verified checksum" };
      if (required.length === 1) return { error: `provider package doesn't match the expected checksum ${JSON.stringify(required[0])}` };
      return { error: "provider package doesn't match the any of the expected checksums" };
    },
    acceptableHashes: () => [...hashes],
  };
}
