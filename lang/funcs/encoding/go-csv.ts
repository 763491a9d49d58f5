// A CSV reader with the behaviour of Go's encoding/csv Reader as cty's csvdecode configures it:
// comma-separated, no comments, strict quotes, CRLF normalised, blank lines skipped, and every
// record required to have as many fields as the first.

/** Why a record could not be read: Go's csv.ParseError, keeping what cty reports. */
export class CsvError {
  constructor(
    /** The 1-based line Go's ParseError.Line names. */
    readonly line: number,
    readonly message: string,
  ) {}
}

const ERR_BARE_QUOTE = 'bare " in non-quoted-field';
const ERR_QUOTE = 'extraneous or missing " in quoted-field';
const ERR_FIELD_COUNT = "wrong number of fields";

/** Reads records one at a time from CSV text. */
export class CsvReader {
  private pos = 0;
  private numLine = 0;
  private fieldsPerRecord = 0;

  constructor(private readonly text: string) {}

  /** The next record, undefined at the end of the input, or the error Go's Read would return. */
  read(): string[] | undefined | CsvError {
    let line = this.readLine();
    while (line === "\n" || line === "") line = this.readLine();
    if (line === undefined) return undefined;
    const recLine = this.numLine;
    const fields = this.parseFields(line);
    if (fields instanceof CsvError) return fields;
    if (this.fieldsPerRecord === 0) this.fieldsPerRecord = fields.length;
    else if (fields.length !== this.fieldsPerRecord) return new CsvError(recLine, ERR_FIELD_COUNT);
    return fields;
  }

  private parseFields(first: string): string[] | CsvError {
    const fields: string[] = [];
    let line = first;
    for (;;) {
      const r = line.startsWith('"') ? this.quotedField(line.slice(1)) : this.plainField(line);
      if (r instanceof CsvError) return r;
      fields.push(r.field);
      if (r.rest === undefined) return fields;
      line = r.rest;
    }
  }

  private plainField(line: string): { field: string; rest?: string } | CsvError {
    const comma = line.indexOf(",");
    const field = comma >= 0 ? line.slice(0, comma) : withoutNewline(line);
    if (field.includes('"')) return new CsvError(this.numLine, ERR_BARE_QUOTE);
    return comma >= 0 ? { field, rest: line.slice(comma + 1) } : { field };
  }

  private quotedField(start: string): { field: string; rest?: string } | CsvError {
    let line = start;
    let field = "";
    for (;;) {
      const q = line.indexOf('"');
      if (q >= 0) {
        field += line.slice(0, q);
        line = line.slice(q + 1);
        if (line.startsWith('"')) {
          field += '"';
          line = line.slice(1);
        } else if (line.startsWith(",")) return { field, rest: line.slice(1) };
        else if (line === "" || line === "\n") return { field };
        else return new CsvError(this.numLine, ERR_QUOTE);
      } else if (line.length > 0) {
        field += line;
        const next = this.readLine();
        if (next === undefined) return new CsvError(this.numLine, ERR_QUOTE);
        line = next;
      } else {
        return new CsvError(this.numLine, ERR_QUOTE);
      }
    }
  }

  /** The next line including its "\n" (CRLF as "\n"; a final line without one gets none), or undefined at EOF. */
  private readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const nl = this.text.indexOf("\n", this.pos);
    let line = nl >= 0 ? this.text.slice(this.pos, nl + 1) : this.text.slice(this.pos);
    this.pos = nl >= 0 ? nl + 1 : this.text.length;
    this.numLine++;
    if (nl < 0 && line.endsWith("\r")) line = line.slice(0, -1);
    if (line.endsWith("\r\n")) line = line.slice(0, -2) + "\n";
    return line;
  }
}

function withoutNewline(s: string): string {
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}
