// What may differ between our JSON and the golden file Terraform printed, and nothing else:
//  - `timestamp`: when the plan was made (the hand-built plans carry a fixed time);
//  - the order of `relevant_attributes`: Terraform collects them from a Go map and sorts them with a
//    comparison that looks at the wrong elements, so the order changes from run to run; the items are
//    sorted as text on both sides;
//  - the newline `terraform show` prints after the document.
// Versions need no normalising: the tests pass Terraform's version (1.11.4) as ours.

/** The JSON text with the parts that must differ made equal. */
export function normaliseJson(text: string): string {
  const t = text.trimEnd().replace(/"timestamp":"[^"]*"/, '"timestamp":"(normalised)"');
  return sortRelevantAttributes(t);
}

function sortRelevantAttributes(t: string): string {
  const key = '"relevant_attributes":[';
  const at = t.indexOf(key);
  if (at < 0) return t;
  const start = at + key.length;
  const { items, end } = splitArray(t, start);
  return t.slice(0, start) + items.sort().join(",") + t.slice(end);
}

// The top-level items of the JSON array whose contents start at `start`, and where its `]` is.
function splitArray(t: string, start: number): { items: string[]; end: number } {
  const items: string[] = [];
  let depth = 0;
  let inString = false;
  let from = start;
  for (let i = start; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") depth++;
    else if ((c === "]" || c === "}") && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      items.push(t.slice(from, i));
      from = i + 1;
    } else if (c === "]") {
      if (i > from) items.push(t.slice(from, i));
      return { items, end: i };
    }
  }
  throw new Error("unterminated relevant_attributes");
}
