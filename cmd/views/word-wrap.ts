// Word wrapping for diagnostic details, as Terraform's format.WordWrap: paragraphs keep their own line
// breaks, lines that start with whitespace (code, lists) are left alone, others wrap at spaces.

/** Wraps `text` to `width` columns, returning the lines. */
export function wordWrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (line.length <= width || /^\s/.test(line)) {
      out.push(line);
      continue;
    }
    let current = "";
    for (const word of line.split(" ")) {
      if (current === "") current = word;
      else if (current.length + 1 + word.length <= width) current += ` ${word}`;
      else {
        out.push(current);
        current = word;
      }
    }
    out.push(current);
  }
  return out;
}
