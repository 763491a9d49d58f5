import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Block, Body, BodySchema } from "../../../lang/hcl/body.js";
import { parseJsonConfig } from "../../../lang/json/parse.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import type { LiteralValue } from "../../../lang/syntax/ast.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import { decodeCheckBlock } from "../../../core/configs/check.js";
import { decodeImportBlock } from "../../../core/configs/import.js";
import { decodeMovedBlock } from "../../../core/configs/moved.js";
import { decodeRemovedBlock } from "../../../core/configs/removed.js";
import { decodeResourceBlock } from "../../../core/configs/resource.js";

// Shared by the resource and block tests: parse a snippet or fixture file in either syntax, pick out
// the blocks this part decodes, and run each through its decoder in source order, as the file loader
// does.

/** The top-level blocks the resource-side decoders handle. */
export const FILE_SCHEMA: BodySchema = {
  blocks: [
    { type: "resource", labelNames: ["type", "name"] },
    { type: "data", labelNames: ["type", "name"] },
    { type: "moved" },
    { type: "import" },
    { type: "removed" },
    { type: "check", labelNames: ["name"] },
  ],
};

/** The body of a source text; `.json` file names are read as JSON syntax. Parse errors fail the test. */
export function fileBody(src: string, filename = "main.tf"): Body {
  if (filename.endsWith(".json")) {
    const { file, diagnostics } = parseJsonConfig(src, filename);
    expect(diagnostics).toEqual([]);
    return file.body;
  }
  const { file, diagnostics } = parseConfig(src, filename);
  expect(diagnostics).toEqual([]);
  return nativeFileBody(file);
}

/** The resource-side top-level blocks of a source text, in order. */
export function topBlocks(src: string, filename = "main.tf"): Block[] {
  const { content, diagnostics } = fileBody(src, filename).partialContent(FILE_SCHEMA);
  expect(diagnostics).toEqual([]);
  return [...content.blocks];
}

/** The one block of a snippet. */
export function onlyBlock(src: string, filename = "main.tf"): Block {
  const blocks = topBlocks(src, filename);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

/** Decodes one top-level block with the decoder for its type. */
export function decodeAny(block: Block): Diagnostic[] {
  switch (block.type) {
    case "resource":
      return decodeResourceBlock(block, "managed").diagnostics;
    case "data":
      return decodeResourceBlock(block, "data").diagnostics;
    case "moved":
      return decodeMovedBlock(block).diagnostics;
    case "import":
      return decodeImportBlock(block).diagnostics;
    case "removed":
      return decodeRemovedBlock(block).diagnostics;
    default:
      return decodeCheckBlock(block).diagnostics;
  }
}

/** Reads a fixture file. */
export function readFixture(path: string): string {
  return readFileSync(path, "utf8");
}

/** A traversal written back as source (`a.b[0]["k"]`), for compact assertions. */
export function traversalText(t: readonly { type: string; name?: string; key?: LiteralValue }[]): string {
  return t
    .map((s) => {
      if (s.type === "TraverseRoot") return s.name!;
      if (s.type === "TraverseAttr") return `.${s.name!}`;
      const k = s.key!;
      return k.kind === "string" ? `[${JSON.stringify(k.value)}]` : k.kind === "number" ? `[${k.text}]` : `[${k.kind}]`;
    })
    .join("");
}

/** `[summary, "line:col-line:col"]` of a diagnostic. */
export function brief(d: Diagnostic): [string, string] {
  const r = d.subject;
  return [d.summary, r ? `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}` : ""];
}

/** The source text a range covers (single-line ranges in ASCII sources). */
export function textAt(src: string, r: { start: { byte: number }; end: { byte: number } }): string {
  return Buffer.from(src).subarray(r.start.byte, r.end.byte).toString();
}
