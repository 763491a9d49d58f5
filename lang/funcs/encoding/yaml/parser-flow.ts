import { parseNode } from "./parser-block.js";
import type { ParseState, Parser } from "./parser.js";
import type { YamlEvent } from "./tokens.js";

// The flow-collection productions of the YAML parser: [a, b], {k: v}, and the single-pair mappings
// that `[k: v]` makes inside a flow sequence.

/** flow_sequence ::= FLOW-SEQUENCE-START (flow_sequence_entry FLOW-ENTRY)* flow_sequence_entry? FLOW-SEQUENCE-END */
export function parseFlowSequenceEntry(p: Parser, first: boolean): YamlEvent | undefined {
  if (first) {
    p.marks.push(p.peek()!.start);
    p.skip();
  }
  let token = p.peek();
  if (!token) return undefined;
  if (token.type !== "flow-sequence-end") {
    if (!first) {
      if (token.type !== "flow-entry") {
        const context = p.marks.pop()!;
        return p.fail("did not find expected ',' or ']'", token.start, context);
      }
      p.skip();
      token = p.peek();
      if (!token) return undefined;
    }
    if (token.type === "key") {
      p.state = "flow-sequence-entry-mapping-key";
      p.skip();
      return { type: "mapping-start", start: token.start, end: token.end, tag: "" };
    }
    if (token.type !== "flow-sequence-end") {
      p.states.push("flow-sequence-entry");
      return parseNode(p, false, false);
    }
  }
  p.pop();
  p.marks.pop();
  p.skip();
  return { type: "sequence-end", start: token.start, end: token.end };
}

/** The key, value and end of a single-pair mapping inside a flow sequence. */
export function parseFlowSequenceMapping(p: Parser, state: ParseState): YamlEvent | undefined {
  const token = p.peek();
  if (!token) return undefined;
  if (state === "flow-sequence-entry-mapping-end") {
    p.state = "flow-sequence-entry";
    return { type: "mapping-end", start: token.start, end: token.start };
  }
  if (state === "flow-sequence-entry-mapping-key") {
    if (token.type !== "value" && token.type !== "flow-entry" && token.type !== "flow-sequence-end") {
      p.states.push("flow-sequence-entry-mapping-value");
      return parseNode(p, false, false);
    }
    const mark = token.end;
    p.skip();
    p.state = "flow-sequence-entry-mapping-value";
    return p.emptyScalar(mark);
  }
  if (token.type === "value") {
    p.skip();
    const next = p.peek();
    if (!next) return undefined;
    if (next.type !== "flow-entry" && next.type !== "flow-sequence-end") {
      p.states.push("flow-sequence-entry-mapping-end");
      return parseNode(p, false, false);
    }
  }
  p.state = "flow-sequence-entry-mapping-end";
  return p.emptyScalar(token.start);
}

/** flow_mapping ::= FLOW-MAPPING-START (flow_mapping_entry FLOW-ENTRY)* flow_mapping_entry? FLOW-MAPPING-END */
export function parseFlowMappingKey(p: Parser, first: boolean): YamlEvent | undefined {
  if (first) {
    p.marks.push(p.peek()!.start);
    p.skip();
  }
  let token = p.peek();
  if (!token) return undefined;
  if (token.type !== "flow-mapping-end") {
    if (!first) {
      if (token.type !== "flow-entry") {
        const context = p.marks.pop()!;
        return p.fail("did not find expected ',' or '}'", token.start, context);
      }
      p.skip();
      token = p.peek();
      if (!token) return undefined;
    }
    if (token.type === "key") {
      p.skip();
      token = p.peek();
      if (!token) return undefined;
      if (token.type !== "value" && token.type !== "flow-entry" && token.type !== "flow-mapping-end") {
        p.states.push("flow-mapping-value");
        return parseNode(p, false, false);
      }
      p.state = "flow-mapping-value";
      return p.emptyScalar(token.start);
    }
    if (token.type !== "flow-mapping-end") {
      p.states.push("flow-mapping-empty-value");
      return parseNode(p, false, false);
    }
  }
  p.pop();
  p.marks.pop();
  p.skip();
  return { type: "mapping-end", start: token.start, end: token.end };
}

/** The value of a flow mapping entry (empty when the entry had none). */
export function parseFlowMappingValue(p: Parser, empty: boolean): YamlEvent | undefined {
  const token = p.peek();
  if (!token) return undefined;
  if (empty) {
    p.state = "flow-mapping-key";
    return p.emptyScalar(token.start);
  }
  if (token.type === "value") {
    p.skip();
    const next = p.peek();
    if (!next) return undefined;
    if (next.type !== "flow-entry" && next.type !== "flow-mapping-end") {
      p.states.push("flow-mapping-key");
      return parseNode(p, false, false);
    }
    p.state = "flow-mapping-key";
    return p.emptyScalar(next.start);
  }
  p.state = "flow-mapping-key";
  return p.emptyScalar(token.start);
}
