import { goQuote } from "../../../text/go-quote.js";
import { typeFriendlyName } from "../../../types/type.js";
import { Value } from "../../../values/value.js";
import { isAllowedInput } from "./chars.js";
import { Parser } from "./parser.js";
import { TAGS, resolveScalar } from "./resolve.js";
import type { Mark, YamlEvent, YamlSyntaxError } from "./tokens.js";

// yamldecode's reading of a YAML document into a value (go-cty-yaml's Unmarshal with its implied
// type): one document only, mappings become objects with string keys, sequences tuples, anchors and
// aliases expanded, `<<` merge keys applied. Errors are worded and positioned as go-cty-yaml's.

/** A decoding failure with go-cty-yaml's message. */
export class YamlDecodeError {
  constructor(readonly message: string) {}
}

const EVENT_NAMES: Record<string, string> = {
  "stream-start": "stream start", "stream-end": "stream end", "document-start": "document start", "document-end": "document end",
  alias: "alias", scalar: "scalar", "sequence-start": "sequence start", "sequence-end": "sequence end",
  "mapping-start": "mapping start", "mapping-end": "mapping end",
};

/** go-cty-yaml's Error: "on line L, column C: cause", the position left out on the first line. */
function positioned(line: number, column: number, cause: string): YamlDecodeError {
  return new YamlDecodeError(line === 0 ? cause : `on line ${line}, column ${column + 1}: ${cause}`);
}

function eventError(evt: YamlEvent, cause: string): YamlDecodeError {
  return positioned(evt.start.line, evt.start.column, cause);
}

function syntaxError(err: YamlSyntaxError | undefined): YamlDecodeError {
  if (!err) return new YamlDecodeError("invalid YAML syntax");
  const p = err.problemMark;
  if (p && p.line !== 0) return err.kind === "scanner" ? positioned(p.line + 1, 0, err.problem) : positioned(p.line, p.column, err.problem);
  const c: Mark | undefined = err.contextMark;
  if (c && c.line !== 0) return positioned(c.line, c.column, err.problem);
  return new YamlDecodeError(err.problem);
}

/** The code points of the input as the YAML reader sees them, or its error for a control character. */
function readerInput(src: string): number[] | YamlDecodeError {
  const text = src === "" ? "\n" : src.startsWith("\ufeff") ? src.slice(1) : src;
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isAllowedInput(cp)) return new YamlDecodeError("control characters are not allowed");
    out.push(cp);
  }
  return out;
}

/** Decodes a single-document YAML text into a value. */
export function decodeYaml(src: string): Value | YamlDecodeError {
  const input = readerInput(src);
  if (input instanceof YamlDecodeError) return input;
  return new Decoder(new Parser(input)).document();
}

class Decoder {
  private readonly anchorsPending = new Map<string, number>();
  private readonly anchors = new Map<string, Value>();

  constructor(private readonly p: Parser) {}

  private next(): YamlEvent | YamlDecodeError {
    return this.p.next() ?? syntaxError(this.p.error);
  }

  document(): Value | YamlDecodeError {
    const start = this.next();
    if (start instanceof YamlDecodeError) return start;
    if (start.type !== "stream-start") return eventError(start, "missing stream start token");
    const doc = this.next();
    if (doc instanceof YamlDecodeError) return doc;
    if (doc.type !== "document-start") return eventError(doc, "missing start of document");
    const v = this.value();
    if (v instanceof YamlDecodeError) return v;
    const end = this.next();
    if (end instanceof YamlDecodeError) return end;
    if (end.type === "document-start") return eventError(end, "only a single document is allowed");
    if (end.type !== "document-end") return eventError(end, `unexpected extra content (${EVENT_NAMES[end.type]}) after value`);
    const streamEnd = this.next();
    if (streamEnd instanceof YamlDecodeError) return streamEnd;
    if (streamEnd.type !== "stream-end") return eventError(streamEnd, "unexpected extra content after value");
    return v;
  }

  private value(): Value | YamlDecodeError {
    const evt = this.next();
    return evt instanceof YamlDecodeError ? evt : this.remainder(evt);
  }

  private remainder(evt: YamlEvent): Value | YamlDecodeError {
    switch (evt.type) {
      case "scalar":
        return this.scalar(evt);
      case "alias":
        return this.alias(evt);
      case "mapping-start":
        return this.mapping(evt);
      case "sequence-start":
        return this.sequence(evt);
      case "document-start":
        return eventError(evt, "only a single document is allowed");
      case "stream-end":
        return eventError(evt, "expecting value but found end of stream");
      case "mapping-end":
        return eventError(evt, "expecting value but found end of mapping");
      case "sequence-end":
        return eventError(evt, "expecting value but found end of sequence");
      default:
        return eventError(evt, `unexpected parser event ${EVENT_NAMES[evt.type]}`);
    }
  }

  private beginAnchor(name: string | undefined): void {
    if (name !== undefined) this.anchorsPending.set(name, (this.anchorsPending.get(name) ?? 0) + 1);
  }

  private completeAnchor(name: string | undefined, v: Value): void {
    if (name === undefined) return;
    const n = (this.anchorsPending.get(name) ?? 1) - 1;
    if (n === 0) this.anchorsPending.delete(name);
    else this.anchorsPending.set(name, n);
    this.anchors.set(name, v);
  }

  private scalar(evt: YamlEvent): Value | YamlDecodeError {
    this.beginAnchor(evt.anchor);
    const v = resolveScalar(evt.tag ?? "", evt.value ?? "", evt.style ?? "plain");
    if (!(v instanceof Value)) return eventError(evt, v.error);
    this.completeAnchor(evt.anchor, v);
    return v;
  }

  private alias(evt: YamlEvent): Value | YamlDecodeError {
    const name = evt.anchor!;
    if (this.anchorsPending.has(name)) return eventError(evt, `cannot refer to anchor ${goQuote(name)} from inside its own definition`);
    return this.anchors.get(name) ?? eventError(evt, `reference to undefined anchor ${goQuote(name)}`);
  }

  private sequence(evt: YamlEvent): Value | YamlDecodeError {
    if (evt.tag && evt.tag !== TAGS.seq) return eventError(evt, `can't interpret sequence as ${evt.tag}`);
    this.beginAnchor(evt.anchor);
    const elems: Value[] = [];
    for (;;) {
      const next = this.next();
      if (next instanceof YamlDecodeError) return next;
      if (next.type === "sequence-end") break;
      const v = this.remainder(next);
      if (v instanceof YamlDecodeError) return v;
      elems.push(v);
    }
    const tuple = Value.tuple(elems);
    this.completeAnchor(evt.anchor, tuple);
    return tuple;
  }

  private mapping(evt: YamlEvent): Value | YamlDecodeError {
    if (evt.tag && evt.tag !== TAGS.map) return eventError(evt, `can't interpret mapping as ${evt.tag}`);
    this.beginAnchor(evt.anchor);
    const attrs = new Map<string, Value>();
    for (;;) {
      const key = this.next();
      if (key instanceof YamlDecodeError) return key;
      if (key.type === "mapping-end") break;
      const r = isMergeKey(key) ? this.merge(key, attrs) : this.entry(key, attrs);
      if (r) return r;
    }
    const obj = Value.object(attrs);
    this.completeAnchor(evt.anchor, obj);
    return obj;
  }

  private entry(key: YamlEvent, attrs: Map<string, Value>): YamlDecodeError | undefined {
    if (key.type !== "scalar") return eventError(key, "only strings are allowed as mapping keys");
    const k = resolveScalar(key.tag ?? "", key.value ?? "", key.style ?? "plain");
    if (!(k instanceof Value)) return new YamlDecodeError(k.error);
    if (k.isNull) return eventError(key, "mapping key cannot be null");
    const v = this.value();
    if (v instanceof YamlDecodeError) return v;
    attrs.set(keyText(k), v);
    return undefined;
  }

  private merge(key: YamlEvent, attrs: Map<string, Value>): YamlDecodeError | undefined {
    const v = this.value();
    if (v instanceof YamlDecodeError) return v;
    const kind = v.type.kind;
    if (kind !== "object" && kind !== "map") return eventError(key, `cannot merge ${typeFriendlyName(v.type)} into mapping`);
    if (!v.isNull) for (const [k, e] of v.entries()) attrs.set(k, e);
    return undefined;
  }
}

function isMergeKey(evt: YamlEvent): boolean {
  return evt.type === "scalar" && evt.value === "<<" && (evt.tag === "" || evt.tag === TAGS.merge);
}

function keyText(k: Value): string {
  switch (k.type.kind) {
    case "string":
      return k.asString();
    case "bool":
      return k.asBool() ? "true" : "false";
    default:
      return k.asNumber().toString();
  }
}
