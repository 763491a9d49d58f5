import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { decodeArmor } from "./openpgp-armor.js";
import { readArmoredKeyRing, type Entity } from "./openpgp-keyring.js";
import { checkDetachedSignature, UNKNOWN_ISSUER } from "./openpgp-verify.js";
import type { ProviderHash } from "./provider-hash.js";
import { hexError, type SigningKey } from "./registry-metadata.js";
import { HASHICORP_PARTNERS_KEY, HASHICORP_PUBLIC_KEY } from "./registry-trusted-keys.js";
import type { AuthenticationResult, PackageAuthentication } from "./source.js";

// How a package from a provider registry is authenticated (Terraform's PackageAuthenticationAll of
// matching checksum, archive checksum and signature): the SHA256SUMS document must list the archive's
// file name with the registry's `shasum`; the archive must have that SHA-256; and the document's
// signature must verify with one of the registry's signing keys. The signer is then classified: HashiCorp's
// own key, a key with a trust signature by HashiCorp's partner key, or anyone else ("self-signed").

/** What the registry said about one package. */
export interface RegistryPackageFacts {
  readonly filename: string;
  /** Lower-case hex SHA-256 of the archive. */
  readonly shasum: string;
  readonly sums: Buffer;
  readonly signature: Buffer;
  readonly keys: readonly SigningKey[];
}

type Outcome = AuthenticationResult | { readonly error: string };

/** The authentication of a registry package. */
export function registryPackageAuthentication(facts: RegistryPackageFacts): PackageAuthentication {
  return {
    authenticate: async (local) => {
      const listed = matchingChecksum(facts);
      if (listed) return { error: listed };
      if (local.kind !== "archive") return { error: `cannot check archive hash for non-archive location ${local.path}` };
      const archive = archiveChecksum(local.path, facts.shasum);
      return archive ?? signature(facts);
    },
    acceptableHashes: () => sumsHashes(facts.sums) ?? [`zh:${facts.shasum}`],
  };
}

function matchingChecksum(facts: RegistryPackageFacts): string | undefined {
  const line = facts.sums
    .toString("latin1")
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .find((parts) => parts.length > 1 && parts[1] === facts.filename);
  if (!line) return `checksum list has no SHA-256 hash for ${JSON.stringify(facts.filename)}`;
  const got = line[0]!;
  const bad = hexError(got);
  if (bad) return `checksum list has invalid SHA256 hash ${JSON.stringify(got)}: ${bad}`;
  // Go decodes into a 32-byte array: a short hash leaves zero bytes at the end.
  const gotHex = Buffer.concat([Buffer.from(got.slice(0, 64), "hex"), Buffer.alloc(32)]).subarray(0, 32).toString("hex");
  if (gotHex !== facts.shasum) return `checksum list has unexpected SHA-256 hash ${gotHex} (expected ${facts.shasum})`;
  return undefined;
}

function archiveChecksum(path: string, want: string): { readonly error: string } | undefined {
  let got: string;
  try {
    got = createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch (e) {
    return { error: `failed to compute checksum for ${path}: ${(e as Error).message}` };
  }
  return got === want ? undefined : { error: `archive has incorrect checksum zh:${got} (expected zh:${want})` };
}

function signature(facts: RegistryPackageFacts): Outcome {
  const found = findSigningKey(facts);
  if ("error" in found) return found;
  const keyId = found.entity.primary.key.keyId;
  if (signedBy(HASHICORP_PUBLIC_KEY, facts.sums, facts.signature)) return { kind: "signed by HashiCorp", keyId };
  if (found.key.trustSignature === "") return { kind: "self-signed", keyId };
  const partner = checkTrustSignature(found.key);
  return partner ?? { kind: "signed by a HashiCorp partner", keyId };
}

function findSigningKey(facts: RegistryPackageFacts): { entity: Entity; key: SigningKey } | { error: string } {
  for (const key of facts.keys) {
    const ring = readArmoredKeyRing(key.asciiArmor);
    if ("error" in ring) return { error: `error decoding signing key: ${ring.error}` };
    const check = checkDetachedSignature(ring.entities, facts.sums, facts.signature);
    if ("error" in check && check.error === UNKNOWN_ISSUER) continue;
    if ("error" in check) return { error: `error checking signature: ${check.error}` };
    return { entity: check.entity, key };
  }
  return { error: "authentication signature from unknown issuer" };
}

function signedBy(armoredKey: string, document: Buffer, sig: Buffer): boolean {
  const ring = readArmoredKeyRing(armoredKey);
  return !("error" in ring) && !("error" in checkDetachedSignature(ring.entities, document, sig));
}

// The trust signature is a detached signature by HashiCorp's partner key over the signing key's packets.
function checkTrustSignature(key: SigningKey): { readonly error: string } | undefined {
  const author = decodeArmor(key.asciiArmor);
  if ("error" in author) return { error: `error decoding signing key: ${author.error}` };
  const trust = decodeArmor(key.trustSignature);
  if ("error" in trust) return { error: `error decoding trust signature: ${trust.error}` };
  const partners = readArmoredKeyRing(HASHICORP_PARTNERS_KEY);
  if ("error" in partners) return { error: `error creating HashiCorp Partners keyring: ${partners.error}` };
  const check = checkDetachedSignature(partners.entities, author.data, trust.data);
  return "error" in check ? { error: `error verifying trust signature: ${check.error}` } : undefined;
}

// Every hash in a SHA256SUMS document as `zh:`; undefined when it does not look like one (Terraform's
// signatureAuthentication.AcceptableHashes).
function sumsHashes(sums: Buffer): ProviderHash[] | undefined {
  const out: ProviderHash[] = [];
  for (const line of sums.toString("latin1").split("\n")) {
    const parts = line.trim().split(/\s+/).filter((p) => p !== "");
    if (parts.length === 0) continue;
    if (parts.length < 2 || !/^[0-9a-fA-F]{64}$/.test(parts[0]!)) return undefined;
    out.push(`zh:${parts[0]!.toLowerCase()}`);
  }
  return out;
}
