// The configuration sources a command read, for rendering diagnostics: the text of each file, and
// the enclosing block of a range (Terraform's "in resource ..."), found by parsing a file only when a
// diagnostic points into it.
import type { Range } from "../../lang/source/range.js";
import type { ConfigFile } from "../../lang/syntax/ast.js";
import { contextString } from "../../lang/syntax/navigation.js";
import { parseConfig } from "../../lang/syntax/parse.js";

/** Source texts by filename, with block contexts for native-syntax files. */
export class SourceFiles {
  private readonly parsed = new Map<string, ConfigFile | undefined>();

  constructor(private readonly files: ReadonlyMap<string, string>) {}

  /** The text of a file, if the command read it. */
  readonly source = (filename: string): string | undefined => this.files.get(filename);

  /** The header of the top-level block that contains the range (native syntax only). */
  readonly context = (range: Range): string | undefined => {
    const file = this.file(range.filename);
    return file && contextString(file, range.start.byte);
  };

  private file(filename: string): ConfigFile | undefined {
    if (!this.parsed.has(filename)) {
      const src = this.files.get(filename);
      this.parsed.set(filename, src !== undefined && !filename.endsWith(".json") ? parseConfig(src, filename).file : undefined);
    }
    return this.parsed.get(filename);
  }
}
