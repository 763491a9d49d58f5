// Text in Go's manner, where results must match Terraform's exactly: strconv.Quote-style
// quoting, hcl's "Did you mean ...?" suggestions, and Go's string order.
export { goQuote } from "./go-quote.js";
export { editDistance, nameSuggestion } from "./name-suggestion.js";
export { compareCodePoints } from "./code-point-order.js";
