// Text in Go's manner, for messages that must read exactly as Terraform's: strconv.Quote-style
// quoting and hcl's "Did you mean ...?" suggestions.
export { goQuote } from "./go-quote.js";
export { editDistance, nameSuggestion } from "./name-suggestion.js";
