// The vocabulary shared by the YAML scanner, parser, decoder and emitter (after libyaml): positions,
// tokens, events and scalar styles.

/** A position in the input: character index, 0-based line and column. */
export interface Mark {
  readonly index: number;
  readonly line: number;
  readonly column: number;
}

/** How a scalar was written. */
export type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded";

/** The kinds of token the scanner produces. */
export type TokenType =
  | "stream-start"
  | "stream-end"
  | "version-directive"
  | "tag-directive"
  | "document-start"
  | "document-end"
  | "block-sequence-start"
  | "block-mapping-start"
  | "block-end"
  | "flow-sequence-start"
  | "flow-sequence-end"
  | "flow-mapping-start"
  | "flow-mapping-end"
  | "block-entry"
  | "flow-entry"
  | "key"
  | "value"
  | "alias"
  | "anchor"
  | "tag"
  | "scalar";

/** A token: its kind, where it is, and its text where it has one. */
export interface Token {
  readonly type: TokenType;
  readonly start: Mark;
  readonly end: Mark;
  /** Scalar text, anchor or alias name, tag handle, or %TAG handle. */
  readonly value?: string;
  /** Tag suffix. */
  readonly suffix?: string;
  /** %TAG prefix. */
  readonly prefix?: string;
  readonly style?: ScalarStyle;
  readonly major?: number;
  readonly minor?: number;
}

/** The kinds of event the parser produces. */
export type EventType =
  | "stream-start"
  | "stream-end"
  | "document-start"
  | "document-end"
  | "alias"
  | "scalar"
  | "sequence-start"
  | "sequence-end"
  | "mapping-start"
  | "mapping-end";

/** A parser event. */
export interface YamlEvent {
  readonly type: EventType;
  readonly start: Mark;
  readonly end: Mark;
  readonly anchor?: string;
  /** The resolved tag (e.g. "tag:yaml.org,2002:str"), "" when none was given. */
  readonly tag?: string;
  readonly value?: string;
  /** For scalars: true when plain with no tag (or the "!" tag). */
  readonly implicit?: boolean;
  readonly style?: ScalarStyle;
}

/** A scanner, parser or reader error as libyaml records it. */
export interface YamlSyntaxError {
  readonly kind: "reader" | "scanner" | "parser";
  readonly problem: string;
  readonly problemMark?: Mark;
  readonly contextMark?: Mark;
}
