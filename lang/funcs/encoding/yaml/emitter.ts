import { analyzeScalar, type ScalarAnalysis } from "./emitter-analysis.js";
import { EmitterWriter } from "./emitter-writer.js";

// The YAML emitter's state machine (libyaml's emitterc.c via go-yaml) for what yamlencode produces:
// one implicit document of block mappings and sequences ("{}"/"[]" when empty), and scalars that are
// plain (numbers, bools, null), double-quoted or literal (strings with line breaks).

/** A node event for the emitter. */
export type EmitEvent =
  | { readonly type: "scalar"; readonly value: string; readonly style: "plain" | "double" | "literal" }
  | { readonly type: "sequence-start" | "sequence-end" | "mapping-start" | "mapping-end" };

type State =
  | "document-end"
  | "flow-sequence-first-item"
  | "flow-mapping-first-key"
  | "block-sequence-first-item"
  | "block-sequence-item"
  | "block-mapping-first-key"
  | "block-mapping-key"
  | "block-mapping-simple-value"
  | "block-mapping-value";

/** Emits a document's node events as YAML text, exactly as go-yaml's emitter lays it out. */
export class Emitter extends EmitterWriter {
  private states: State[] = [];
  private state: State = "document-end";
  private head = 0;
  private mappingContext = false;
  private analysis: ScalarAnalysis | undefined;

  constructor(private readonly events: readonly EmitEvent[]) {
    super();
  }

  /** The whole YAML text: the document, its end, and "..." when the stream ended open. */
  emit(): string {
    this.states.push("document-end");
    this.emitNode(true, false, false);
    while (this.head < this.events.length) this.step();
    this.writeIndent();
    if (this.openEnded) {
      this.writeIndicator("...", true, false, false);
      this.writeIndent();
    }
    return this.out;
  }

  private current(): EmitEvent {
    return this.events[this.head]!;
  }

  private consume(): void {
    this.head++;
  }

  private popState(): void {
    this.state = this.states.pop()!;
  }

  private step(): void {
    switch (this.state) {
      case "flow-sequence-first-item":
        return this.flowCollectionEnd("[", "]");
      case "flow-mapping-first-key":
        return this.flowCollectionEnd("{", "}");
      case "block-sequence-first-item":
      case "block-sequence-item":
        return this.blockSequenceItem(this.state === "block-sequence-first-item");
      case "block-mapping-first-key":
      case "block-mapping-key":
        return this.blockMappingKey(this.state === "block-mapping-first-key");
      case "block-mapping-simple-value":
      case "block-mapping-value":
        return this.blockMappingValue(this.state === "block-mapping-simple-value");
      case "document-end":
        throw new Error("YAML emitter: events after the end of the document");
    }
  }

  /** Only empty collections are written in flow style, so the next event is always the end. */
  private flowCollectionEnd(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
    this.consume();
    this.popState();
  }

  private blockSequenceItem(first: boolean): void {
    if (first) this.increaseIndent(false, this.mappingContext && !this.indention);
    if (this.current().type === "sequence-end") {
      this.popIndent();
      this.consume();
      this.popState();
      return;
    }
    this.writeIndent();
    this.writeIndicator("-", true, false, true);
    this.states.push("block-sequence-item");
    this.emitNode(false, false, false);
  }

  private blockMappingKey(first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (this.current().type === "mapping-end") {
      this.popIndent();
      this.consume();
      this.popState();
      return;
    }
    this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push("block-mapping-simple-value");
      this.emitNode(false, true, true);
      return;
    }
    this.writeIndicator("?", true, false, true);
    this.states.push("block-mapping-value");
    this.emitNode(false, true, false);
  }

  private blockMappingValue(simple: boolean): void {
    if (simple) this.writeIndicator(":", false, false, false);
    else {
      this.writeIndent();
      this.writeIndicator(":", true, false, true);
    }
    this.states.push("block-mapping-key");
    this.emitNode(false, true, false);
  }

  private checkSimpleKey(): boolean {
    const evt = this.current();
    if (evt.type === "scalar") {
      const a = analyzeScalar(evt.value);
      return !a.multiline && new TextEncoder().encode(evt.value).length <= 128;
    }
    return this.isEmptyCollection();
  }

  private isEmptyCollection(): boolean {
    const evt = this.current();
    const next = this.events[this.head + 1];
    if (evt.type === "sequence-start") return next?.type === "sequence-end";
    if (evt.type === "mapping-start") return next?.type === "mapping-end";
    return false;
  }

  private emitNode(root: boolean, mapping: boolean, simpleKey: boolean): void {
    this.rootContext = root;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    const evt = this.current();
    if (evt.type === "scalar") return this.emitScalar(evt.value, evt.style);
    const empty = this.isEmptyCollection();
    this.consume();
    if (evt.type === "sequence-start") this.state = empty ? "flow-sequence-first-item" : "block-sequence-first-item";
    else this.state = empty ? "flow-mapping-first-key" : "block-mapping-first-key";
  }

  private emitScalar(value: string, requested: "plain" | "double" | "literal"): void {
    this.analysis = analyzeScalar(value);
    const style = this.selectStyle(requested, value);
    this.increaseIndent(true, false);
    if (style === "plain") this.writePlain(value, !this.simpleKeyContext);
    else if (style === "double") this.writeDoubleQuoted(value, !this.simpleKeyContext);
    else this.writeLiteral(value);
    this.popIndent();
    this.consume();
    this.popState();
  }

  /** libyaml's select_scalar_style, for the styles yamlencode asks for (scalars are never inside flow collections). */
  private selectStyle(requested: "plain" | "double" | "literal", value: string): "plain" | "double" | "literal" {
    const a = this.analysis!;
    let style: "plain" | "single" | "double" | "literal" = requested;
    if (this.simpleKeyContext && a.multiline) style = "double";
    if (style === "plain" && (!a.blockPlainAllowed || (value === "" && this.simpleKeyContext))) style = "single";
    if (style === "single" && !a.singleQuotedAllowed) style = "double";
    if (style === "literal" && (!a.blockAllowed || this.simpleKeyContext)) style = "double";
    if (style === "single") throw new Error(`YAML emitter: plain scalar ${JSON.stringify(value)} needs quoting`);
    return style;
  }
}
