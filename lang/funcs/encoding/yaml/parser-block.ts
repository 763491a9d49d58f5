import type { Parser } from "./parser.js";
import type { Mark, Token, YamlEvent } from "./tokens.js";

// The node and block-collection productions of the YAML parser (libyaml's parse_node,
// parse_block_sequence_entry, parse_indentless_sequence_entry and parse_block_mapping_key/value).

interface Properties {
  anchor?: string;
  tag: string;
  start: Mark;
  end: Mark;
}

/** Reads an anchor and/or tag before a node; undefined after an error. */
function nodeProperties(p: Parser, first: Token): { props: Properties; token: Token } | undefined {
  let token = first;
  const props: Properties = { tag: "", start: token.start, end: token.start };
  let handle: string | undefined;
  let suffix = "";
  let tagMark = token.start;
  const take = (): Token | undefined => {
    props.end = token.end;
    p.skip();
    return p.peek();
  };
  for (let i = 0; i < 2; i++) {
    if (token.type === "anchor" && props.anchor === undefined) {
      props.anchor = token.value!;
      const next = take();
      if (!next) return undefined;
      token = next;
    } else if (token.type === "tag" && handle === undefined) {
      [handle, suffix, tagMark] = [token.value!, token.suffix!, token.start];
      const next = take();
      if (!next) return undefined;
      token = next;
    }
  }
  if (handle !== undefined) {
    const tag = resolveTag(p, handle, suffix);
    if (tag === undefined) return p.fail("found undefined tag handle", tagMark, props.start);
    props.tag = tag;
  }
  return { props, token };
}

function resolveTag(p: Parser, handle: string, suffix: string): string | undefined {
  if (handle === "") return suffix;
  const directive = p.tagDirectives.find(([h]) => h === handle);
  if (!directive || directive[1] + suffix === "") return undefined;
  return directive[1] + suffix;
}

/** A node: alias, scalar, collection start, or an empty scalar with properties. */
export function parseNode(p: Parser, block: boolean, indentlessSequence: boolean): YamlEvent | undefined {
  const first = p.peek();
  if (!first) return undefined;
  if (first.type === "alias") {
    p.pop();
    p.skip();
    return { type: "alias", start: first.start, end: first.end, anchor: first.value! };
  }
  const r = nodeProperties(p, first);
  if (!r) return undefined;
  const { props, token } = r;
  const base = { anchor: props.anchor, tag: props.tag, start: props.start };
  if (indentlessSequence && token.type === "block-entry") {
    p.state = "indentless-sequence-entry";
    return { ...base, type: "sequence-start", end: token.end };
  }
  if (token.type === "scalar") {
    p.pop();
    p.skip();
    const implicit = (props.tag === "" && token.style === "plain") || props.tag === "!";
    return { ...base, type: "scalar", end: token.end, value: token.value!, implicit, style: token.style! };
  }
  const collection = collectionStart(p, token, block);
  if (collection) return { ...base, type: collection, end: token.end };
  if (props.anchor !== undefined || props.tag !== "") {
    p.pop();
    return { ...base, type: "scalar", end: props.end, value: "", implicit: props.tag === "", style: "plain" };
  }
  return p.fail("did not find expected node content", token.start, props.start);
}

function collectionStart(p: Parser, token: Token, block: boolean): "sequence-start" | "mapping-start" | undefined {
  switch (token.type) {
    case "flow-sequence-start":
      p.state = "flow-sequence-first-entry";
      return "sequence-start";
    case "flow-mapping-start":
      p.state = "flow-mapping-first-key";
      return "mapping-start";
    case "block-sequence-start":
      if (!block) return undefined;
      p.state = "block-sequence-first-entry";
      return "sequence-start";
    case "block-mapping-start":
      if (!block) return undefined;
      p.state = "block-mapping-first-key";
      return "mapping-start";
    default:
      return undefined;
  }
}

/** block_sequence ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY block_node?)* BLOCK-END */
export function parseBlockSequenceEntry(p: Parser, first: boolean): YamlEvent | undefined {
  if (first) {
    p.marks.push(p.peek()!.start);
    p.skip();
  }
  const token = p.peek();
  if (!token) return undefined;
  if (token.type === "block-entry") {
    const mark = token.end;
    p.skip();
    const next = p.peek();
    if (!next) return undefined;
    if (next.type !== "block-entry" && next.type !== "block-end") {
      p.states.push("block-sequence-entry");
      return parseNode(p, true, false);
    }
    p.state = "block-sequence-entry";
    return p.emptyScalar(mark);
  }
  const context = p.marks.pop()!;
  if (token.type === "block-end") {
    p.pop();
    p.skip();
    return { type: "sequence-end", start: token.start, end: token.end };
  }
  return p.fail("did not find expected '-' indicator", token.start, context);
}

/** indentless_sequence ::= (BLOCK-ENTRY block_node?)+ */
export function parseIndentlessSequenceEntry(p: Parser): YamlEvent | undefined {
  const token = p.peek();
  if (!token) return undefined;
  if (token.type === "block-entry") {
    const mark = token.end;
    p.skip();
    const next = p.peek();
    if (!next) return undefined;
    if (next.type !== "block-entry" && next.type !== "key" && next.type !== "value" && next.type !== "block-end") {
      p.states.push("indentless-sequence-entry");
      return parseNode(p, true, false);
    }
    p.state = "indentless-sequence-entry";
    return p.emptyScalar(mark);
  }
  p.pop();
  return { type: "sequence-end", start: token.start, end: token.start };
}

/** block_mapping keys: (KEY block_node_or_indentless_sequence?)? ... BLOCK-END */
export function parseBlockMappingKey(p: Parser, first: boolean): YamlEvent | undefined {
  if (first) {
    p.marks.push(p.peek()!.start);
    p.skip();
  }
  const token = p.peek();
  if (!token) return undefined;
  if (token.type === "key") {
    const mark = token.end;
    p.skip();
    const next = p.peek();
    if (!next) return undefined;
    if (next.type !== "key" && next.type !== "value" && next.type !== "block-end") {
      p.states.push("block-mapping-value");
      return parseNode(p, true, true);
    }
    p.state = "block-mapping-value";
    return p.emptyScalar(mark);
  }
  const context = p.marks.pop()!;
  if (token.type === "block-end") {
    p.pop();
    p.skip();
    return { type: "mapping-end", start: token.start, end: token.end };
  }
  return p.fail("did not find expected key", token.start, context);
}

/** block_mapping values: (VALUE block_node_or_indentless_sequence?)? */
export function parseBlockMappingValue(p: Parser): YamlEvent | undefined {
  const token = p.peek();
  if (!token) return undefined;
  if (token.type !== "value") {
    p.state = "block-mapping-key";
    return p.emptyScalar(token.start);
  }
  const mark = token.end;
  p.skip();
  const next = p.peek();
  if (!next) return undefined;
  if (next.type !== "key" && next.type !== "value" && next.type !== "block-end") {
    p.states.push("block-mapping-key");
    return parseNode(p, true, true);
  }
  p.state = "block-mapping-key";
  return p.emptyScalar(mark);
}
