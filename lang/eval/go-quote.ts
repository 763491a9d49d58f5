// Kept for code that imported it from here before lang/types/go-quote.ts existed; that file is canonical.

/** Go's %q quoting of a string (re-exported from lang/types/go-quote.ts). */
export { goQuote } from "../types/go-quote.js";
