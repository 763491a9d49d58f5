// The configuration sources a command read, for rendering diagnostics: the text of each file, and
// the enclosing block of a range (Terraform's "in resource ..."), found by parsing a file only when a
// diagnostic points into it. As hcl's navigation does it, a native file names the top-level block
// (`resource "a" "b"`) and a JSON file the keys of the objects and arrays around the range
// (`output.o`, `resource.a[0]`).
import type { Range } from "../../lang/source/range.js";
import type { ConfigFile } from "../../lang/syntax/ast.js";
import { contextString } from "../../lang/syntax/navigation.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { parseJsonConfig } from "../../lang/json/parse.js";
import type { JsonNode } from "../../lang/json/nodes.js";

/** Source texts by filename, with block contexts for native and JSON files. */
export class SourceFiles {
  private readonly parsed = new Map<string, ((offset: number) => string | undefined) | undefined>();

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  /** The text of a file, if the command read it. */
  readonly source = (filename: string): string | undefined => this.files.get(filename);

  /**
   * The context of the byte before the range, as Terraform looks it up: a range that starts a block
   * (its header) is not "in" that block.
   */
  readonly context = (range: Range): string | undefined => this.navigator(range.filename)?.(range.start.byte - 1);

  private navigator(filename: string): ((offset: number) => string | undefined) | undefined {
    if (!this.parsed.has(filename)) {
      const src = this.files.get(filename);
      this.parsed.set(filename, src === undefined ? undefined : filename.endsWith(".json") ? jsonNavigator(src, filename) : nativeNavigator(src, filename));
    }
    return this.parsed.get(filename);
  }
}

function nativeNavigator(src: string, filename: string): (offset: number) => string | undefined {
  const file: ConfigFile = parseConfig(src, filename).file;
  return (offset) => contextString(file, offset);
}

function jsonNavigator(src: string, filename: string): (offset: number) => string | undefined {
  const root = parseJsonConfig(src, filename).file.root;
  return (offset) => jsonSteps(root, offset).join("").replace(/^\./, "") || undefined;
}

/** The keys (`.name`) and indexes (`[i]`) of the nested objects and arrays that contain `offset`. */
function jsonSteps(node: JsonNode, offset: number): string[] {
  const children: [string, JsonNode][] =
    node.kind === "object" ? node.properties.map((p) => [`.${p.name}`, p.value]) : node.kind === "array" ? node.values.map((v, i) => [`[${i}]`, v]) : [];
  for (const [step, child] of children) {
    if (child.kind !== "object" && child.kind !== "array") continue;
    if (offset >= child.range.start.byte && offset < child.range.end.byte) return [step, ...jsonSteps(child, offset)];
  }
  return [];
}
