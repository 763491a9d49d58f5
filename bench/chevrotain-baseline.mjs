// A reference point for bench/parse.mjs: a chevrotain lexer for a simplified HCL token set (no
// template or heredoc modes, no brace counting), timed on lexing alone. It shows why Terrane's
// scanner and parser are hand-written: this lexer alone runs near the 20 MB/s budget set for the whole
// parse, before a chevrotain parser and AST building would add their cost.
import { createToken, Lexer } from "chevrotain";


/** Builds the simplified HCL lexer. */
export function buildChevrotainLexer() {
  const Ident = createToken({ name: "Ident", pattern: /[A-Za-z_][A-Za-z0-9_-]*/ });
  const keyword = (word) => createToken({ name: word, pattern: new RegExp(word), longer_alt: Ident });
  const punct = ["==", "!=", "<=", ">=", "&&", "\\|\\|", "=>", "\\.\\.\\.", "::", "\\{", "\\}", "\\[", "\\]", "\\(", "\\)", "=", ",", "\\.", "\\*", "\\+", "-", "/", "%", "<", ">", "!", "\\?", ":"];
  const tokens = [
    createToken({ name: "Blank", pattern: /[ \t]+/, group: Lexer.SKIPPED }),
    createToken({ name: "Newline", pattern: /\r?\n/, line_breaks: true }),
    createToken({ name: "Comment", pattern: /#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\//, group: "comments", line_breaks: true }),
    createToken({ name: "Heredoc", pattern: /<<-?[A-Za-z_]+\n[\s\S]*?\n\s*EOT/, line_breaks: true }),
    createToken({ name: "Number", pattern: /[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/ }),
    createToken({ name: "String", pattern: /"(?:[^"\\\n]|\\.)*"/ }),
    ...["for", "in", "if", "true", "false", "null"].map(keyword),
    Ident,
    ...punct.map((p, i) => createToken({ name: `P${i}`, pattern: new RegExp(p) })),
  ];
  return new Lexer(tokens, { positionTracking: "full", ensureOptimizations: false });
}

/** Lexes every file once; returns the token count (and throws on a lexing error). */
export function lexAll(lexer, files) {
  let count = 0;
  for (const f of files) {
    const r = lexer.tokenize(f.text);
    if (r.errors.length > 0) throw new Error(`${f.name}: ${r.errors[0].message}`);
    count += r.tokens.length;
  }
  return count;
}
