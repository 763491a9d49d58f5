// Evaluation of HCL native-syntax expressions: turns the AST of lang/syntax into Values exactly as
// hclsyntax, cty and Terraform do (unknowns propagate, marks such as sensitive carry over, user errors
// are diagnostics with hcl's texts and ranges), finds the references an expression makes, and wraps
// parsed files as the syntax-independent Body and Expression interfaces of lang/hcl.

export { evaluate } from "./evaluate.js";
export { references } from "./references.js";
export { startRange } from "./start-range.js";
export { NativeExpression } from "./native-expression.js";
export { NativeBody, nativeFileBody } from "./native-body.js";
