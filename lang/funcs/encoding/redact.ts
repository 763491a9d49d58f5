import { goQuote } from "../../text/go-quote.js";
import { Mark, type Marks } from "../../values/marks.js";

// Terraform never puts a sensitive value into an error message: it names it "(sensitive value)".

/** A string for an error message: Go-quoted, or "(sensitive value)" when the marks include sensitive. */
export function redactIfSensitive(text: string, marks: Marks): string {
  return (marks & Mark.Sensitive) !== 0 ? "(sensitive value)" : goQuote(text);
}
