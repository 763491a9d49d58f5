import { createHash, randomBytes } from "node:crypto";
import { goQuote } from "../../text/go-quote.js";
import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";

// uuid (random, hashicorp/go-uuid's GenerateUUID) and uuidv5 (name-based, google/uuid's NewSHA1).

const NAMESPACES: Record<string, string> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};
const GROUP_OFFSETS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

/** A UUID's 8-4-4-4-12 lowercase hex text. */
export function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function hexBytes(text: string, offsets: readonly number[]): Uint8Array | undefined {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const pair = text.slice(offsets[i]!, offsets[i]! + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return undefined;
    out[i] = parseInt(pair, 16);
  }
  return out;
}

/** google/uuid's Parse: the 16 bytes of a UUID in any of its accepted spellings, or Go's error text. */
export function parseUuid(input: string): Uint8Array | { readonly error: string } {
  const len = Buffer.byteLength(input, "utf8");
  let s = input;
  if (len === 32) return hexBytes(s, Array.from({ length: 16 }, (_, i) => i * 2)) ?? { error: "invalid UUID format" };
  if (len === 45) {
    if (s.slice(0, 9).toLowerCase() !== "urn:uuid:") return { error: `invalid urn prefix: ${goQuote(s.slice(0, 9))}` };
    s = s.slice(9);
  } else if (len === 38) s = s.slice(1);
  else if (len !== 36) return { error: `invalid UUID length: ${len}` };
  if (s[8] !== "-" || s[13] !== "-" || s[18] !== "-" || s[23] !== "-") return { error: "invalid UUID format" };
  return hexBytes(s, GROUP_OFFSETS) ?? { error: "invalid UUID format" };
}

/** The version 5 UUID of a name in a namespace (SHA-1, RFC 4122 section 4.3). */
export function uuidV5(namespace: Uint8Array, name: string): string {
  const h = createHash("sha1").update(namespace).update(new TextEncoder().encode(name)).digest();
  const u = new Uint8Array(h.subarray(0, 16));
  u[6] = (u[6]! & 0x0f) | 0x50;
  u[8] = (u[8]! & 0x3f) | 0x80;
  return formatUuid(u);
}

/** uuid(): sixteen random bytes in UUID form; a new value on every call. */
export const uuidSpec: FunctionSpec = {
  description: "`uuid` generates a unique identifier string.",
  params: [],
  returnType: staticReturnType(StringType),
  impl: () => Value.string(formatUuid(new Uint8Array(randomBytes(16)))),
  impure: true,
};

/** uuidv5(namespace, name): the name-based UUID for a name in "dns", "url", "oid", "x500" or a UUID namespace. */
export const uuidv5Spec: FunctionSpec = {
  description:
    "`uuidv5` generates a _name-based_ UUID, as described in [RFC 4122 section 4.3](https://tools.ietf.org/html/rfc4122#section-4.3), also known as a \"version 5\" UUID.",
  params: [
    { name: "namespace", type: StringType },
    { name: "name", type: StringType },
  ],
  returnType: staticReturnType(StringType),
  impl: ([ns, name]) => {
    const nsText = ns!.asString();
    const parsed = parseUuid(NAMESPACES[nsText] ?? nsText);
    if ("error" in parsed) return new FuncError(`uuidv5() doesn't support namespace ${nsText} (${parsed.error})`);
    return Value.string(uuidV5(parsed, name!.asString()));
  },
};
