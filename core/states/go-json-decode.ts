import { Base64Error, decodeBase64, STD_ENCODING } from "../../lang/text/go-base64.js";
import type { GoJsonNode } from "./go-json-parse.js";

// json.Unmarshal into Go structs, as far as the state file formats need it: fields matched by name
// (exactly, else case-insensitively), unknown fields ignored, null leaving a field as it was, and a
// value of the wrong JSON type recorded as the first json.UnmarshalTypeError (with the dotted path of
// struct fields that Terraform quotes) while decoding carries on. A bad base64 string stops decoding.

/** What a field holds, as a Go type: the decoder's schema. */
export type Spec =
  | { readonly kind: "string" }
  | { readonly kind: "uint64" }
  | { readonly kind: "int64" }
  | { readonly kind: "bool" }
  /** json.RawMessage: the value's source text, whatever it is. */
  | { readonly kind: "raw" }
  /** []byte: a base64 string. */
  | { readonly kind: "bytes" }
  /** interface{}: the node as parsed. */
  | { readonly kind: "any" }
  /** A pointer: null (nil) when absent or null, else the pointed-to value. */
  | { readonly kind: "ptr"; readonly of: Spec }
  | { readonly kind: "slice"; readonly of: Spec; readonly goType?: string }
  | { readonly kind: "map"; readonly of: Spec }
  | { readonly kind: "struct"; readonly fields: Readonly<Record<string, Spec>>; readonly goName?: string };

/** The decoded form of a spec. */
export type Decoded<S extends Spec> = S extends { kind: "string" }
  ? string
  : S extends { kind: "uint64" | "int64" }
    ? number
    : S extends { kind: "bool" }
      ? boolean
      : S extends { kind: "raw" }
        ? string | undefined
        : S extends { kind: "bytes" }
          ? Uint8Array | undefined
          : S extends { kind: "any" }
            ? GoJsonNode | undefined
            : S extends { kind: "ptr"; of: infer E extends Spec }
              ? Decoded<E> | null
              : S extends { kind: "slice"; of: infer E extends Spec }
              ? Decoded<E>[] | null
              : S extends { kind: "map"; of: infer E extends Spec }
                ? Map<string, Decoded<E>> | null
                : S extends { kind: "struct"; fields: infer F extends Readonly<Record<string, Spec>> }
                  ? { -readonly [K in keyof F]: Decoded<F[K]> }
                  : never;

/** The first problem met, as Go's error would describe it. */
export type GoDecodeError =
  | { readonly kind: "type"; readonly value: string; readonly field: string; readonly struct: string; readonly goType: string }
  | { readonly kind: "other"; readonly message: string };

/** Go's err.Error() text for a decoding problem. */
export function goDecodeErrorText(e: GoDecodeError): string {
  if (e.kind === "other") return e.message;
  if (e.struct !== "" || e.field !== "") {
    return `json: cannot unmarshal ${e.value} into Go struct field ${e.struct}.${e.field} of type ${e.goType}`;
  }
  return `json: cannot unmarshal ${e.value} into Go value of type ${e.goType}`;
}

/** Decodes `node` (parsed from `source`) as `spec`; the result is always complete (zero values where decoding failed). */
export function goDecode<S extends Spec>(source: string, node: GoJsonNode | undefined, spec: S, goType?: string): { value: Decoded<S>; error?: GoDecodeError };
export function goDecode(source: string, node: GoJsonNode | undefined, spec: Spec, goType = ""): { value: unknown; error?: GoDecodeError } {
  const d = new Decoder(source);
  const value = d.decode(node, spec, zeroOf(spec), goType);
  return d.error ? { value, error: d.error } : { value };
}

/** The zero value of a spec (what Go leaves in a field that was not set). */
export function zeroOf(spec: Spec): unknown {
  switch (spec.kind) {
    case "string":
      return "";
    case "uint64":
    case "int64":
      return 0;
    case "bool":
      return false;
    case "raw":
    case "bytes":
    case "any":
      return undefined;
    case "ptr":
    case "slice":
    case "map":
      return null;
    case "struct":
      return Object.fromEntries(Object.entries(spec.fields).map(([k, f]) => [k, zeroOf(f)]));
  }
}

const GO_TYPES: Readonly<Record<string, string>> = { string: "string", uint64: "uint64", int64: "int64", bool: "bool", bytes: "[]uint8", any: "interface {}" };

class Decoder {
  error: GoDecodeError | undefined;
  #aborted = false;
  readonly #fields: string[] = [];
  #struct = "";

  constructor(private readonly source: string) {}

  decode(n: GoJsonNode | undefined, spec: Spec, current: unknown, goType: string): unknown {
    if (n === undefined || this.#aborted) return current;
    if (spec.kind === "raw") return this.source.slice(n.start, n.end);
    if (n.kind === "null") return ["ptr", "slice", "map", "bytes", "any"].includes(spec.kind) ? zeroOf(spec) : current;
    switch (spec.kind) {
      case "ptr":
        return this.decode(n, spec.of, current ?? zeroOf(spec.of), goType);
      case "string":
        return n.kind === "string" ? n.value : this.#typeError(n.kind, spec, goType, current);
      case "bool":
        return n.kind === "bool" ? n.value : this.#typeError(n.kind, spec, goType, current);
      case "uint64":
      case "int64":
        return this.#integer(n, spec, goType, current);
      case "bytes":
        return this.#bytes(n, spec, goType, current);
      case "any":
        if (n.kind === "number" && !Number.isFinite(Number(n.text))) return this.#typeError(`number ${n.text}`, spec, "float64", current);
        return n;
      case "slice":
        if (n.kind !== "array") return this.#typeError(n.kind, spec, goType, current);
        return n.items.map((item) => this.decode(item, spec.of, zeroOf(spec.of), goType.replace(/^\[\]/, "")));
      case "map":
        return this.#map(n, spec, goType, current);
      case "struct":
        return this.#structValue(n, spec, goType, current);
    }
  }

  #integer(n: GoJsonNode, spec: Spec, goType: string, current: unknown): unknown {
    if (n.kind !== "number") return this.#typeError(n.kind, spec, goType, current);
    const ok = spec.kind === "uint64" ? /^\d+$/.test(n.text) && BigInt(n.text) < 2n ** 64n : /^-?\d+$/.test(n.text) && BigInt(n.text) < 2n ** 63n && BigInt(n.text) >= -(2n ** 63n);
    return ok ? Number(n.text) : this.#typeError(`number ${n.text}`, spec, goType, current);
  }

  #bytes(n: GoJsonNode, spec: Spec, goType: string, current: unknown): unknown {
    if (n.kind !== "string") return this.#typeError(n.kind, spec, goType, current);
    const r = decodeBase64(n.value, STD_ENCODING);
    if (!(r instanceof Base64Error)) return r;
    this.error = { kind: "other", message: r.message };
    this.#aborted = true;
    return current;
  }

  #map(n: GoJsonNode, spec: Spec & { kind: "map" }, goType: string, current: unknown): unknown {
    if (n.kind !== "object") return this.#typeError(n.kind, spec, goType, current);
    const m = current instanceof Map ? (current as Map<string, unknown>) : new Map<string, unknown>();
    for (const { key, value } of n.members) m.set(key, this.decode(value, spec.of, zeroOf(spec.of), ""));
    return m;
  }

  #structValue(n: GoJsonNode, spec: Spec & { kind: "struct" }, goType: string, current: unknown): unknown {
    if (n.kind !== "object") return this.#typeError(n.kind, spec, goType, current);
    const out = { ...(current as Record<string, unknown>) };
    const outerStruct = this.#struct;
    for (const { key, value } of n.members) {
      const name = matchField(spec.fields, key);
      if (name === undefined) continue;
      this.#fields.push(name);
      this.#struct = spec.goName ?? "";
      const f = spec.fields[name]!;
      out[name] = this.decode(value, f, out[name], GO_TYPES[f.kind] ?? "");
      this.#fields.pop();
      this.#struct = outerStruct;
    }
    return out;
  }

  #typeError(value: string, spec: Spec, goType: string, current: unknown): unknown {
    const type = goType || (spec.kind === "struct" ? (spec.goName ?? "") : (GO_TYPES[spec.kind] ?? ""));
    this.error ??= { kind: "type", value, field: this.#fields.join("."), struct: this.#fields.length > 0 ? this.#struct : "", goType: type };
    return current;
  }
}

// Go matches a JSON key to a field exactly first, then ignoring case (with Unicode simple folding).
function matchField(fields: Readonly<Record<string, Spec>>, key: string): string | undefined {
  if (Object.hasOwn(fields, key)) return key;
  const folded = fold(key);
  return Object.keys(fields).find((f) => fold(f) === folded);
}

function fold(s: string): string {
  let out = "";
  for (const ch of s) {
    const u = ch.toLowerCase().toUpperCase();
    out += [...u].length === 1 ? u : ch;
  }
  return out;
}
