import { randomBytes } from "node:crypto";
import { StringType } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema } from "../../schema.js";
import type { ManagedResourceType } from "../kit/index.js";
import { frameworkResource, KEEPERS_ATTRIBUTE, RETRY_MSG, type CreateResult } from "./framework-resource.js";

// random_uuid: 16 random bytes formatted 8-4-4-4-12 in lowercase hex, as hashicorp/go-uuid's
// GenerateUUID does (no version or variant bits are set). Import takes any UUID-formatted string and
// stores it lowercased, as go-uuid's ParseUUID then FormatUUID do.

const SCHEMA: Schema = {
  version: 0,
  block: {
    description:
      "The resource `random_uuid` generates a random uuid string that is intended to be used as a unique identifier for other resources.\n\n" +
      "This resource uses [hashicorp/go-uuid](https://github.com/hashicorp/go-uuid) to generate a UUID-formatted string for use with services needing a unique string identifier.",
    attributes: {
      keepers: KEEPERS_ATTRIBUTE,
      result: { type: StringType, computed: true, description: "The generated uuid presented in string format." },
      id: { type: StringType, computed: true, description: "The generated uuid presented in string format." },
    },
  },
};

/** The random_uuid resource type. */
export function randomUuidResource(): ManagedResourceType {
  return frameworkResource({
    typeName: "random_uuid",
    schema: SCHEMA,
    rules: { useStateForUnknown: ["result", "id"], replace: { keepers: "if-values-not-null" } },
    create: (planned) => {
      const uuid = formatUuid(randomBytes(16).toString("hex"));
      return { attributes: { id: Value.string(uuid), result: Value.string(uuid), keepers: planned.entries().get("keepers")! }, diagnostics: [] };
    },
    import: importUuid,
  });
}

function importUuid(id: string): CreateResult {
  const hex = parseUuid(id);
  if (hex instanceof Error) {
    const detail = `There was an error during the parsing of the UUID.\n\n${RETRY_MSG}Original Error: ${hex.message}`;
    return { diagnostics: [{ severity: "error", summary: "Import Random UUID Error", detail }] };
  }
  const uuid = formatUuid(hex);
  return { attributes: { id: Value.string(uuid), result: Value.string(uuid) }, diagnostics: [] };
}

/** go-uuid's ParseUUID: the 32 hex digits, or its error. */
function parseUuid(s: string): string | Error {
  const bytes = Buffer.from(s, "utf8");
  if (bytes.length !== 36) return new Error("uuid string is wrong length");
  if (s[8] !== "-" || s[13] !== "-" || s[18] !== "-" || s[23] !== "-") return new Error("uuid is improperly formatted");
  const hex = s.slice(0, 8) + s.slice(9, 13) + s.slice(14, 18) + s.slice(19, 23) + s.slice(24, 36);
  const bad = [...hex].findIndex((c) => !/[0-9a-fA-F]/.test(c));
  if (bad >= 0) return new Error(`encoding/hex: invalid byte: ${goRuneQuote(hex[bad]!)}`);
  return hex.toLowerCase();
}

function formatUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// Go's %#U of a byte: U+0067 'g'.
function goRuneQuote(c: string): string {
  const code = c.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} '${c}'`;
}
