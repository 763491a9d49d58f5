import type { Diagnostic } from "../source/diagnostics.js";
import type { Range } from "../source/range.js";
import type { Expression } from "./expression.js";

/** An attribute of a body, syntax-independent. */
export interface Attribute {
  readonly name: string;
  readonly expr: Expression;
  /** The whole `name = expr`. */
  readonly range: Range;
  readonly nameRange: Range;
}

/** A nested block of a body, syntax-independent. */
export interface Block {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  /** The block header: type and labels (what Terraform highlights for a block). */
  readonly defRange: Range;
  readonly typeRange: Range;
  readonly labelRanges: readonly Range[];
}

/** What attributes and blocks a body may contain. */
export interface BodySchema {
  readonly attributes?: readonly { readonly name: string; readonly required?: boolean }[];
  readonly blocks?: readonly { readonly type: string; readonly labelNames?: readonly string[] }[];
}

/** A body decoded against a schema. */
export interface BodyContent {
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly blocks: readonly Block[];
  readonly missingItemRange: Range;
}

/** The contents of a file or a block, in either syntax, decoded on demand against a schema (hcl.Body). */
export interface Body {
  /** Decodes against the schema; anything not in it is an error ("Unsupported argument", ...). */
  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] };
  /** Decodes what the schema names and returns the rest as another body. */
  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] };
  /** Treats the body as attributes only (blocks are an error), as for `locals` or tfvars files. */
  justAttributes(): { attributes: ReadonlyMap<string, Attribute>; diagnostics: Diagnostic[] };
  /** Where a "missing required argument" diagnostic should point. */
  missingItemRange(): Range;
}
