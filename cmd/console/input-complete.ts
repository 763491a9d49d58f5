// Decides whether console input is a whole expression or still open (an unclosed bracket, brace,
// parenthesis, string, heredoc or template sequence), in which case the console reads another line.
import { lexConfig } from "../../lang/syntax/lexer.js";

const OPENERS = new Set(["OBrace", "OBrack", "OParen", "OQuote", "OHeredoc", "TemplateInterp", "TemplateControl"]);
const CLOSERS = new Set(["CBrace", "CBrack", "CParen", "CQuote", "CHeredoc", "TemplateSeqEnd"]);

/**
 * True when the input opens more brackets, strings or heredocs than it closes. The input is lexed with
 * the newline that ended its last line, since `<<EOT` only opens a heredoc once its line ends.
 */
export function isInputOpen(source: string): boolean {
  let depth = 0;
  for (const tok of lexConfig(`${source}\n`, "<console-input>").tokens) {
    if (OPENERS.has(tok.type)) depth++;
    else if (CLOSERS.has(tok.type)) depth--;
  }
  return depth > 0;
}

/**
 * The text to evaluate for a complete input: as typed, except that an input ending in a heredoc keeps
 * the newline after its closing marker, which the heredoc needs. (Without it, error positions would
 * move to an empty line of their own.)
 */
export function sourceToEvaluate(input: string): string {
  const tokens = lexConfig(`${input}\n`, "<console-input>").tokens.filter((t) => t.type !== "Newline" && t.type !== "EOF");
  return tokens[tokens.length - 1]?.type === "CHeredoc" ? `${input}\n` : input;
}
