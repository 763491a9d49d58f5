// HCL native syntax: the scanner, the parser and the AST of `.tf` files, standalone expressions and
// bare templates, following hclsyntax's behaviour (accepted input, node ranges, diagnostic texts).
// Evaluation lives elsewhere; this folder only turns text into tokens and trees.

export type * from "./ast.js";
export type { SourceToken } from "./lexer.js";
export { lexConfig } from "./lexer.js";
export { parseConfig, parseExpression, parseTemplate } from "./parse.js";
export type { TokenTypeName } from "./token-type.js";
