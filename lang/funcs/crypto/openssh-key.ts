// Reading unencrypted "OPENSSH PRIVATE KEY" blocks (the openssh-key-v1 format) as
// golang.org/x/crypto/ssh does, far enough to obtain an RSA key's numbers.

const MAGIC = "openssh-key-v1\0";

/** The numbers of an RSA private key. */
export interface RsaNumbers {
  readonly n: bigint;
  readonly e: bigint;
  readonly d: bigint;
  readonly p: bigint;
  readonly q: bigint;
  readonly qi: bigint;
}

/** An OpenSSH key: RSA numbers, another key type by name, or Go's error text. */
export type OpenSshKey = { readonly rsa: RsaNumbers } | { readonly otherType: string } | { readonly error: string };

class Reader {
  private at = 0;
  constructor(private readonly buf: Uint8Array) {}

  uint32(): number | undefined {
    if (this.at + 4 > this.buf.length) return undefined;
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.at, 4).getUint32(0);
    this.at += 4;
    return v;
  }

  bytes(): Uint8Array | undefined {
    const len = this.uint32();
    if (len === undefined || this.at + len > this.buf.length) return undefined;
    const out = this.buf.subarray(this.at, this.at + len);
    this.at += len;
    return out;
  }

  string(): string | undefined {
    const b = this.bytes();
    return b && new TextDecoder().decode(b);
  }

  mpint(): bigint | undefined {
    const b = this.bytes();
    return b && (b.length === 0 ? 0n : BigInt("0x" + Buffer.from(b).toString("hex")));
  }
}

const INVALID = { error: "ssh: invalid openssh private key format" } as const;

/** Parses the body of an OPENSSH PRIVATE KEY block. */
export function parseOpenSshKey(body: Uint8Array): OpenSshKey {
  if (new TextDecoder().decode(body.subarray(0, MAGIC.length)) !== MAGIC) return INVALID;
  const r = new Reader(body.subarray(MAGIC.length));
  const cipher = r.string();
  const kdf = r.string();
  const kdfOpts = r.bytes();
  const count = r.uint32();
  const pub = r.bytes();
  const priv = r.bytes();
  if (priv === undefined || pub === undefined || kdfOpts === undefined || kdf === undefined || count === undefined) return INVALID;
  if (count !== 1) return { error: "ssh: multi-key files are not supported" };
  if (cipher !== "none" || kdf !== "none") return { error: "ssh: this private key is passphrase protected" };
  return parsePrivateSection(new Reader(priv));
}

function parsePrivateSection(r: Reader): OpenSshKey {
  const check1 = r.uint32();
  const check2 = r.uint32();
  if (check1 === undefined || check1 !== check2) return { error: "ssh: malformed OpenSSH key" };
  const keyType = r.string();
  if (keyType === undefined) return INVALID;
  if (keyType !== "ssh-rsa") return { otherType: keyType };
  const [n, e, d, qi, p, q] = [r.mpint(), r.mpint(), r.mpint(), r.mpint(), r.mpint(), r.mpint()];
  if (n === undefined || e === undefined || d === undefined || qi === undefined || p === undefined || q === undefined) return INVALID;
  return { rsa: { n, e, d, p, q, qi } };
}
