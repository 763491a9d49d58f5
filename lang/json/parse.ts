import type { Body } from "../hcl/body.js";
import type { Expression } from "../hcl/expression.js";
import { errorDiag, type Diagnostic } from "../source/diagnostics.js";
import type { Pos } from "../source/range.js";
import { JsonBody } from "./body.js";
import { JsonExpression } from "./expression.js";
import { startRangeOf, type JsonNode } from "./nodes.js";
import { parseJsonValue } from "./parser.js";

const FILE_START: Pos = { line: 1, column: 1, byte: 0 };

/** A parsed JSON-syntax configuration file. */
export interface JsonFile {
  readonly filename: string;
  readonly source: string;
  readonly root: JsonNode;
  readonly body: Body;
}

/** Parses a `.tf.json` / `.tfvars.json` file; its root must be an object or an array of objects. */
export function parseJsonConfig(source: string, filename: string): { file: JsonFile; diagnostics: Diagnostic[] } {
  const parsed = parseJsonValue(source, filename, FILE_START);
  const diagnostics = parsed.diagnostics;
  let root = parsed.node;
  if (root.kind !== "object" && root.kind !== "array") {
    const detail = "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.";
    diagnostics.push(errorDiag("Root value must be object", detail, startRangeOf(root)));
    const fake = { filename, start: FILE_START, end: FILE_START };
    root = { kind: "object", properties: [], range: fake, openRange: fake, closeRange: fake };
  }
  return { file: { filename, source, root, body: new JsonBody(root) }, diagnostics };
}

/** Parses a standalone JSON value as an expression (strings are templates when evaluated with a context). */
export function parseJsonExpression(source: string, filename: string, start: Pos = FILE_START): { expr: Expression; diagnostics: Diagnostic[] } {
  const parsed = parseJsonValue(source, filename, start);
  return { expr: new JsonExpression(parsed.node), diagnostics: parsed.diagnostics };
}
