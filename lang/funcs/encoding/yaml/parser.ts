import { parseBlockMappingKey, parseBlockMappingValue, parseBlockSequenceEntry, parseIndentlessSequenceEntry, parseNode } from "./parser-block.js";
import { Scanner } from "./scanner.js";
import type { Mark, Token, YamlEvent, YamlSyntaxError } from "./tokens.js";
import { parseFlowMappingKey, parseFlowMappingValue, parseFlowSequenceEntry, parseFlowSequenceMapping } from "./parser-flow.js";

// The YAML parser (libyaml's parserc.c via go-yaml): a state machine turning tokens into events —
// stream, documents, block and flow collections, scalars and aliases — with libyaml's errors.

/** Parser states, as libyaml names them. */
export type ParseState =
  | "stream-start" | "implicit-document-start" | "document-start" | "document-content" | "document-end"
  | "block-node" | "block-node-or-indentless-sequence" | "flow-node"
  | "block-sequence-first-entry" | "block-sequence-entry" | "indentless-sequence-entry"
  | "block-mapping-first-key" | "block-mapping-key" | "block-mapping-value"
  | "flow-sequence-first-entry" | "flow-sequence-entry" | "flow-sequence-entry-mapping-key"
  | "flow-sequence-entry-mapping-value" | "flow-sequence-entry-mapping-end"
  | "flow-mapping-first-key" | "flow-mapping-key" | "flow-mapping-value" | "flow-mapping-empty-value" | "end";

const DEFAULT_TAGS: [string, string][] = [["!", "!"], ["!!", "tag:yaml.org,2002:"]];

/** Produces YAML events from text given as code points. */
export class Parser {
  readonly scanner: Scanner;
  state: ParseState = "stream-start";
  readonly states: ParseState[] = [];
  readonly marks: Mark[] = [];
  tagDirectives: [string, string][] = [];
  private parserError: YamlSyntaxError | undefined;

  constructor(input: readonly number[]) {
    this.scanner = new Scanner(input);
  }

  /** The first error (scanner or parser), if any. */
  get error(): YamlSyntaxError | undefined {
    return this.scanner.s.error ?? this.parserError;
  }

  /** The next event, or undefined after an error. */
  next(): YamlEvent | undefined {
    if (this.error || this.state === "end") return undefined;
    return this.dispatch();
  }

  /** Records a parser error and returns undefined. */
  fail(problem: string, problemMark: Mark, contextMark?: Mark): undefined {
    this.parserError ??= { kind: "parser", problem, problemMark, contextMark };
    return undefined;
  }

  peek(): Token | undefined {
    return this.scanner.peek();
  }

  skip(): void {
    this.scanner.skipToken();
  }

  /** Returns to the state saved on the stack. */
  pop(): void {
    this.state = this.states.pop()!;
  }

  /** An empty plain scalar at a position. */
  emptyScalar(mark: Mark): YamlEvent {
    return { type: "scalar", start: mark, end: mark, value: "", implicit: true, style: "plain", tag: "" };
  }

  private dispatch(): YamlEvent | undefined {
    switch (this.state) {
      case "stream-start":
        return this.streamStart();
      case "implicit-document-start":
        return this.documentStart(true);
      case "document-start":
        return this.documentStart(false);
      case "document-content":
        return this.documentContent();
      case "document-end":
        return this.documentEnd();
      case "block-node":
        return parseNode(this, true, false);
      case "block-node-or-indentless-sequence":
        return parseNode(this, true, true);
      case "flow-node":
        return parseNode(this, false, false);
      case "block-sequence-first-entry":
      case "block-sequence-entry":
        return parseBlockSequenceEntry(this, this.state === "block-sequence-first-entry");
      case "indentless-sequence-entry":
        return parseIndentlessSequenceEntry(this);
      case "block-mapping-first-key":
      case "block-mapping-key":
        return parseBlockMappingKey(this, this.state === "block-mapping-first-key");
      case "block-mapping-value":
        return parseBlockMappingValue(this);
      case "flow-sequence-first-entry":
      case "flow-sequence-entry":
        return parseFlowSequenceEntry(this, this.state === "flow-sequence-first-entry");
      case "flow-sequence-entry-mapping-key":
      case "flow-sequence-entry-mapping-value":
      case "flow-sequence-entry-mapping-end":
        return parseFlowSequenceMapping(this, this.state);
      case "flow-mapping-first-key":
      case "flow-mapping-key":
        return parseFlowMappingKey(this, this.state === "flow-mapping-first-key");
      case "flow-mapping-value":
      case "flow-mapping-empty-value":
        return parseFlowMappingValue(this, this.state === "flow-mapping-empty-value");
      case "end":
        return undefined;
    }
  }

  private streamStart(): YamlEvent | undefined {
    const token = this.peek();
    if (!token) return undefined;
    if (token.type !== "stream-start") return this.fail("did not find expected <stream-start>", token.start);
    this.state = "implicit-document-start";
    this.skip();
    return { type: "stream-start", start: token.start, end: token.end };
  }

  private documentStart(implicit: boolean): YamlEvent | undefined {
    let token = this.peek();
    if (!token) return undefined;
    if (!implicit) {
      while (token.type === "document-end") {
        this.skip();
        token = this.peek();
        if (!token) return undefined;
      }
    }
    const directive = token.type === "version-directive" || token.type === "tag-directive";
    if (implicit && !directive && token.type !== "document-start" && token.type !== "stream-end") {
      if (!this.processDirectives()) return undefined;
      this.states.push("document-end");
      this.state = "block-node";
      return { type: "document-start", start: token.start, end: token.end, implicit: true };
    }
    if (token.type === "stream-end") {
      this.state = "end";
      this.skip();
      return { type: "stream-end", start: token.start, end: token.end };
    }
    return this.explicitDocumentStart(token.start);
  }

  private explicitDocumentStart(start: Mark): YamlEvent | undefined {
    if (!this.processDirectives()) return undefined;
    const token = this.peek();
    if (!token) return undefined;
    if (token.type !== "document-start") return this.fail("did not find expected <document start>", token.start);
    this.states.push("document-end");
    this.state = "document-content";
    this.skip();
    return { type: "document-start", start, end: token.end, implicit: false };
  }

  private documentContent(): YamlEvent | undefined {
    const token = this.peek();
    if (!token) return undefined;
    const t = token.type;
    if (t === "version-directive" || t === "tag-directive" || t === "document-start" || t === "document-end" || t === "stream-end") {
      this.pop();
      return this.emptyScalar(token.start);
    }
    return parseNode(this, true, false);
  }

  private documentEnd(): YamlEvent | undefined {
    const token = this.peek();
    if (!token) return undefined;
    let end = token.start;
    let implicit = true;
    if (token.type === "document-end") {
      end = token.end;
      this.skip();
      implicit = false;
    }
    this.tagDirectives = [];
    this.state = "document-start";
    return { type: "document-end", start: token.start, end, implicit };
  }

  private processDirectives(): boolean {
    let token = this.peek();
    if (!token) return false;
    let versionSeen = false;
    while (token.type === "version-directive" || token.type === "tag-directive") {
      if (token.type === "version-directive") {
        if (versionSeen) return !!this.fail("found duplicate %YAML directive", token.start);
        if (token.major !== 1 || token.minor !== 1) return !!this.fail("found incompatible YAML document", token.start);
        versionSeen = true;
      } else if (!this.appendTagDirective(token.value!, token.prefix!, false, token.start)) return false;
      this.skip();
      token = this.peek();
      if (!token) return false;
    }
    for (const [handle, prefix] of DEFAULT_TAGS) this.appendTagDirective(handle, prefix, true, token.start);
    return true;
  }

  private appendTagDirective(handle: string, prefix: string, allowDuplicates: boolean, mark: Mark): boolean {
    if (this.tagDirectives.some(([h]) => h === handle)) {
      return allowDuplicates || !!this.fail("found duplicate %TAG directive", mark);
    }
    this.tagDirectives.push([handle, prefix]);
    return true;
  }
}

