// Text in Go's manner, where results must match Terraform's exactly: strconv.Quote-style
// quoting, hcl's "Did you mean ...?" suggestions, Go's string order, and encoding/base64.
export { goQuote } from "./go-quote.js";
export { editDistance, nameSuggestion } from "./name-suggestion.js";
export { compareCodePoints } from "./code-point-order.js";
export { Base64Error, decodeBase64, encodeBase64, RAW_URL_ENCODING, STD_ENCODING } from "./go-base64.js";
export type { GoBase64Encoding } from "./go-base64.js";
