// JSON documents written as Go's encoding/json writes Terraform's (json.Marshal, json.MarshalIndent):
// strings HTML-safe, with `<`, `>`, `&`, U+2028 and U+2029 as \u escapes, and the indented form
// laid out by json.Indent. The document is a plain JSON-able object whose keys are already in the
// order Terraform's structs declare them.
import { compactRawJson, goIndent } from "../../core/states/go-json-write.js";

/** json.Marshal: compact, HTML-safe. */
export function goMarshal(doc: unknown): string {
  return compactRawJson(JSON.stringify(doc));
}

/** json.MarshalIndent(doc, "", "  "): as goMarshal, indented by two spaces. */
export function goMarshalIndent(doc: unknown): string {
  return goIndent(goMarshal(doc));
}
