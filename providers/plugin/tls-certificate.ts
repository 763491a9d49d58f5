import { X509Certificate, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

// The certificate each side of go-plugin's automatic mutual TLS makes for itself: a self-signed
// ECDSA P-256 certificate for "localhost" that is its own CA, usable for both server and client
// authentication, as go-plugin's generateCert makes. node:crypto makes keys and signatures but not
// certificates, so the X.509 DER is assembled here (RFC 5280).

/** A key pair and its self-signed certificate, in PEM, plus the certificate's DER bytes. */
export interface SelfSignedCertificate {
  readonly keyPem: string;
  readonly certPem: string;
  readonly certDer: Buffer;
}

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  organization: "2.5.4.10",
  commonName: "2.5.4.3",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  subjectAltName: "2.5.29.17",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
};

/** Makes a fresh key pair and a certificate valid from a minute ago for `days` days. */
export function selfSignedCertificate(opts: { readonly organization?: string; readonly days?: number } = {}): SelfSignedCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const now = Date.now();
  const name = distinguishedName(opts.organization ?? "HashiCorp", "localhost");
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serialNumber()),
    seq(oid(OID.ecdsaWithSha256)),
    name,
    seq(time(new Date(now - 60_000)), time(new Date(now + (opts.days ?? 3650) * 86_400_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    explicit(3, seq(...extensions())),
  );
  const signature = sign("sha256", tbs, privateKey);
  const certDer = seq(tbs, seq(oid(OID.ecdsaWithSha256)), bitString(signature));
  return { keyPem: pemKey(privateKey), certPem: pem("CERTIFICATE", certDer), certDer };
}

/** The DER bytes of the first certificate in a PEM text; undefined when it holds none. */
export function pemToDer(pemText: string): Buffer | undefined {
  try {
    return new X509Certificate(pemText).raw;
  } catch {
    return undefined;
  }
}

/** A PEM certificate from its DER bytes. */
export function derToPem(der: Uint8Array): string {
  return pem("CERTIFICATE", Buffer.from(der));
}

/** True when `certPem` holds a certificate whose public key belongs with `keyPem` (a sanity check). */
export function keyMatches(certPem: string, keyPem: string): boolean {
  const certKey = new X509Certificate(certPem).publicKey.export({ type: "spki", format: "der" });
  return certKey.equals(createPublicKey(keyPem).export({ type: "spki", format: "der" }));
}

function extensions(): Buffer[] {
  // keyUsage bits: digitalSignature (0), keyEncipherment (2), keyAgreement (4), keyCertSign (5).
  const keyUsage = bitString(Buffer.from([0xac]), 2);
  const sanLocalhost = tlv(0x82, Buffer.from("localhost"));
  const sanLoopback = tlv(0x87, Buffer.from([127, 0, 0, 1]));
  return [
    extension(OID.basicConstraints, true, seq(tlv(0x01, Buffer.from([0xff])))),
    extension(OID.keyUsage, true, keyUsage),
    extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth), oid(OID.clientAuth))),
    extension(OID.subjectAltName, false, seq(sanLocalhost, sanLoopback)),
  ];
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  const crit = critical ? [tlv(0x01, Buffer.from([0xff]))] : [];
  return seq(oid(id), ...crit, tlv(0x04, value));
}

function distinguishedName(organization: string, commonName: string): Buffer {
  const rdn = (id: string, value: string) => tlv(0x31, seq(oid(id), tlv(0x0c, Buffer.from(value, "utf8"))));
  return seq(rdn(OID.organization, organization), rdn(OID.commonName, commonName));
}

function serialNumber(): Buffer {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f;
  return b;
}

/** UTCTime up to 2049, GeneralizedTime after (RFC 5280 4.1.2.5). */
function time(d: Date): Buffer {
  const iso = d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && b[1]! < 0x80) b = b.subarray(1);
  return tlv(0x02, b[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const out = [parts[0]! * 40 + parts[1]!];
  for (const p of parts.slice(2)) {
    const chunk = [p & 0x7f];
    for (let v = p >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function bitString(bytes: Buffer, unusedBits = 0): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}

function explicit(n: number, inner: Buffer): Buffer {
  return tlv(0xa0 + n, inner);
}

function seq(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function tlv(tag: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function pemKey(k: KeyObject): string {
  return k.export({ type: "pkcs8", format: "pem" }).toString();
}

function pem(label: string, der: Buffer): string {
  const b64 = der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}
