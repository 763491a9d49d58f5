import type { Range } from "../source/range.js";

// The typed AST of HCL's native syntax. One interface per node, a `type` discriminant and a `range`
// on every node. The parser builds it; the evaluator, reference finder and decoders read it.
// Mirrors hclsyntax's node set (hashicorp/hcl/hclsyntax).

/** A parsed native-syntax file: its body plus the source it came from. */
export interface ConfigFile {
  readonly type: "ConfigFile";
  readonly filename: string;
  readonly source: string;
  readonly body: Body;
  readonly range: Range;
}

/** A sequence of attributes and blocks, in source order. */
export interface Body {
  readonly type: "Body";
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
  /** The attributes and blocks interleaved as written. */
  readonly items: readonly (Attribute | Block)[];
  /** The whole body as hcl gives it: the whole file for a file body, the braces included for a block. */
  readonly range: Range;
  /** An empty range just after the body (after the closing brace, or at the end of the file). */
  readonly endRange: Range;
}

/** `name = expr`. */
export interface Attribute {
  readonly type: "Attribute";
  readonly name: string;
  readonly nameRange: Range;
  readonly equalsRange: Range;
  readonly expr: Expression;
  readonly range: Range;
}

/** `type "label" label { body }`. */
export interface Block {
  readonly type: "Block";
  readonly blockType: string;
  readonly typeRange: Range;
  readonly labels: readonly string[];
  readonly labelRanges: readonly Range[];
  readonly body: Body;
  readonly openBraceRange: Range;
  readonly closeBraceRange: Range;
  readonly range: Range;
}

/** Any native-syntax expression. */
export type Expression =
  | LiteralExpr
  | TemplateExpr
  | TemplateWrapExpr
  | TemplateIfExpr
  | TemplateForExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | IndexExpr
  | SplatExpr
  | AnonSymbolExpr
  | FunctionCallExpr
  | ConditionalExpr
  | BinaryOpExpr
  | UnaryOpExpr
  | TupleConsExpr
  | ObjectConsExpr
  | ObjectConsKeyExpr
  | ForExpr
  | ParenthesesExpr;

/** A literal number, bool or null (`1.5e3`, `true`, `null`), and a plain literal string part of a template. */
export interface LiteralExpr {
  readonly type: "Literal";
  readonly value: LiteralValue;
  readonly range: Range;
}

/** The value of a literal, kept free of the value system so the parser does not depend on it. */
export type LiteralValue =
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "null" };

/**
 * A quoted string or heredoc: its parts concatenated. Parts are literal strings (escapes already
 * decoded, strip markers already applied), interpolations and directives.
 */
export interface TemplateExpr {
  readonly type: "Template";
  readonly parts: readonly Expression[];
  /** True for `<<EOT` / `<<-EOT` heredocs. */
  readonly heredoc: boolean;
  readonly range: Range;
}

/** A template that is exactly one interpolation, `"${x}"`: yields x's value unconverted. */
export interface TemplateWrapExpr {
  readonly type: "TemplateWrap";
  readonly wrapped: Expression;
  readonly range: Range;
}

/** `%{ if cond }...%{ else }...%{ endif }` inside a template. */
export interface TemplateIfExpr {
  readonly type: "TemplateIf";
  readonly condition: Expression;
  readonly trueResult: TemplateExpr;
  readonly falseResult: TemplateExpr | null;
  readonly range: Range;
}

/** `%{ for k, v in coll }...%{ endfor }` inside a template. */
export interface TemplateForExpr {
  readonly type: "TemplateFor";
  readonly keyVar: string | null;
  readonly valueVar: string;
  readonly collection: Expression;
  readonly body: TemplateExpr;
  readonly range: Range;
}

/** One step of a static traversal. */
export type Traverser = TraverseRoot | TraverseAttr | TraverseIndex | TraverseSplat;

/** The root name of an absolute traversal (`var` in `var.a`). */
export interface TraverseRoot {
  readonly type: "TraverseRoot";
  readonly name: string;
  readonly range: Range;
}

/** `.name`. */
export interface TraverseAttr {
  readonly type: "TraverseAttr";
  readonly name: string;
  readonly range: Range;
}

/** `[literal]` or legacy `.0`: an index whose key is a literal. */
export interface TraverseIndex {
  readonly type: "TraverseIndex";
  readonly key: LiteralValue;
  readonly range: Range;
}

/** Only used in references reported for splats (hcl.TraverseSplat); never produced by the parser. */
export interface TraverseSplat {
  readonly type: "TraverseSplat";
  readonly range: Range;
}

/** A traversal: a root followed by attribute and literal index steps. */
export type Traversal = readonly [TraverseRoot, ...(TraverseAttr | TraverseIndex)[]];

/** A variable reference with static steps: `var.a.b[0]`, `local.x`, `each.key`. */
export interface ScopeTraversalExpr {
  readonly type: "ScopeTraversal";
  readonly traversal: Traversal;
  readonly range: Range;
}

/** Static steps applied to the result of another expression: `f(x).a[0]`. */
export interface RelativeTraversalExpr {
  readonly type: "RelativeTraversal";
  readonly source: Expression;
  readonly steps: readonly (TraverseAttr | TraverseIndex)[];
  readonly range: Range;
}

/** `collection[key]` where key is not a literal. */
export interface IndexExpr {
  readonly type: "Index";
  readonly collection: Expression;
  readonly key: Expression;
  readonly bracketRange: Range;
  readonly range: Range;
}

/**
 * `source.*.a` (attribute splat) or `source[*].a` (full splat). `each` is evaluated once per element with
 * `item` (an AnonSymbol node) standing for the element.
 */
export interface SplatExpr {
  readonly type: "Splat";
  readonly source: Expression;
  readonly each: Expression;
  readonly item: AnonSymbolExpr;
  readonly full: boolean;
  /** The `.*` or `[*]` marker. */
  readonly markerRange: Range;
  readonly range: Range;
}

/** The placeholder for "the current element" inside a splat's `each`. */
export interface AnonSymbolExpr {
  readonly type: "AnonSymbol";
  readonly range: Range;
}

/** `name(args...)`, `provider::ns::name(args)`, with `...` expansion of the final argument. */
export interface FunctionCallExpr {
  readonly type: "FunctionCall";
  /** The full name as written, namespaces included: `provider::aws::arn_parse`. */
  readonly name: string;
  readonly nameRange: Range;
  readonly args: readonly Expression[];
  readonly expandFinal: boolean;
  readonly openParenRange: Range;
  readonly closeParenRange: Range;
  readonly range: Range;
}

/** `cond ? a : b`. */
export interface ConditionalExpr {
  readonly type: "Conditional";
  readonly condition: Expression;
  readonly trueResult: Expression;
  readonly falseResult: Expression;
  readonly range: Range;
}

/** The binary operators, by their source spelling. */
export type BinaryOperator = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%";

/** `lhs op rhs`. */
export interface BinaryOpExpr {
  readonly type: "BinaryOp";
  readonly op: BinaryOperator;
  readonly lhs: Expression;
  readonly rhs: Expression;
  readonly opRange: Range;
  readonly range: Range;
}

/** `-x` or `!x`. */
export interface UnaryOpExpr {
  readonly type: "UnaryOp";
  readonly op: "-" | "!";
  readonly operand: Expression;
  readonly opRange: Range;
  readonly range: Range;
}

/** `[a, b, c]`. */
export interface TupleConsExpr {
  readonly type: "TupleCons";
  readonly exprs: readonly Expression[];
  readonly openRange: Range;
  readonly range: Range;
}

/** One `key = value` of an object constructor. */
export interface ObjectConsItem {
  readonly key: ObjectConsKeyExpr;
  readonly value: Expression;
}

/** `{ a = 1, "b" = 2, (var.k) = 3 }`. */
export interface ObjectConsExpr {
  readonly type: "ObjectCons";
  readonly items: readonly ObjectConsItem[];
  readonly openRange: Range;
  readonly range: Range;
}

/**
 * An object key. A bare identifier key (`a = 1`) is a ScopeTraversal of one step that means the string
 * "a" unless `forceNonLiteral` (the key was parenthesised), in which case it is evaluated.
 */
export interface ObjectConsKeyExpr {
  readonly type: "ObjectConsKey";
  readonly wrapped: Expression;
  readonly forceNonLiteral: boolean;
  readonly range: Range;
}

/** `[for k, v in coll : v if cond]` or `{for k, v in coll : k => v... if cond}`. */
export interface ForExpr {
  readonly type: "For";
  readonly keyVar: string | null;
  readonly valueVar: string;
  readonly collection: Expression;
  /** Present for the object form only. */
  readonly keyExpr: Expression | null;
  readonly valueExpr: Expression;
  readonly condition: Expression | null;
  /** `...` after the value in the object form. */
  readonly group: boolean;
  readonly openRange: Range;
  readonly closeRange: Range;
  readonly range: Range;
}

/** `( expr )`: kept so ranges and object-key rules see the parentheses. */
export interface ParenthesesExpr {
  readonly type: "Parentheses";
  readonly expr: Expression;
  readonly range: Range;
}
