import type { DiffText } from "./diff-input.js";
import { CONTEXT_LINES, readDiffInput } from "./diff-input.js";
import type { Change } from "./edit-script.js";
import { editScript } from "./edit-script.js";

// `diff -u --label=A --label=B` output, as GNU diffutils prints it (context.c): hunks of changes
// closer than 2×3+1 lines merged, three lines of context, `-` lines before `+` lines, and the
// "\ No newline at end of file" marker.

/** The unified diff from oldText to newText under the given labels; empty when they are equal. */
export function unifiedDiff(oldText: string, newText: string, oldLabel: string, newLabel: string): string {
  if (oldText === newText) return "";
  const input = readDiffInput(oldText, newText);
  const changes = editScript(input);
  if (changes.length === 0) return "";
  let out = `--- ${oldLabel}\n+++ ${newLabel}\n`;
  for (const hunk of groupHunks(changes)) out += renderHunk(hunk, input.texts[0], input.texts[1]);
  return out;
}

/** Splits the changes into hunks: a change joins the previous one when fewer than 7 lines lie between. */
function groupHunks(changes: readonly Change[]): Change[][] {
  const hunks: Change[][] = [];
  let current: Change[] = [];
  for (const c of changes) {
    const prev = current[current.length - 1];
    if (prev !== undefined && c.line0 - (prev.line0 + prev.deleted) >= 2 * CONTEXT_LINES + 1) {
      hunks.push(current);
      current = [];
    }
    current.push(c);
  }
  hunks.push(current);
  return hunks;
}

function renderHunk(hunk: readonly Change[], a: DiffText, b: DiffText): string {
  const first = hunk[0];
  const last = hunk[hunk.length - 1];
  const lead = Math.min(CONTEXT_LINES, first.line0);
  const end0 = last.line0 + last.deleted;
  const trail = Math.min(CONTEXT_LINES, a.lines.length - end0);
  const first0 = first.line0 - lead;
  const first1 = first.line1 - lead;
  const count0 = end0 + trail - first0;
  const count1 = last.line1 + last.inserted + trail - first1;
  let out = `@@ -${range(first0, count0)} +${range(first1, count1)} @@\n`;
  let i = first0;
  for (const c of hunk) {
    for (; i < c.line0; i++) out += line(" ", a, i);
    for (let k = 0; k < c.deleted; k++) out += line("-", a, i++);
    for (let k = 0; k < c.inserted; k++) out += line("+", b, c.line1 + k);
  }
  for (; i < end0 + trail; i++) out += line(" ", a, i);
  return out;
}

/** A hunk header range: `start` for one line, `start,count` otherwise, the line before for none. */
function range(first: number, count: number): string {
  if (count === 1) return String(first + 1);
  if (count === 0) return `${first},0`;
  return `${first + 1},${count}`;
}

function line(mark: string, t: DiffText, i: number): string {
  const text = Buffer.from(t.lines[i]).toString("utf8");
  const incomplete = t.missingNewline && i === t.lines.length - 1;
  return incomplete ? `${mark}${text}\n\\ No newline at end of file\n` : `${mark}${text}`;
}
