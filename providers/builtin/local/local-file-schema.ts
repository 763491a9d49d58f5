import { StringType } from "../../../lang/types/type.js";
import type { Schema, SchemaAttribute } from "../../schema.js";

// The schemas of hashicorp/local v2.5: the local_file and local_sensitive_file resources and data
// sources. The two resources differ in which content attributes are sensitive, in local_file's
// deprecated sensitive_content and in the default permissions (0777 against 0700).

const str = (description: string, extra: Omit<SchemaAttribute, "type" | "description">): SchemaAttribute => ({
  type: StringType,
  description,
  ...extra,
});

const computed = (description: string): SchemaAttribute => str(description, { computed: true });

const CHECKSUMS: Record<string, SchemaAttribute> = {
  content_md5: computed("MD5 checksum of file content."),
  content_sha1: computed("SHA1 checksum of file content."),
  content_sha256: computed("SHA256 checksum of file content."),
  content_base64sha256: computed("Base64 encoded SHA256 checksum of file content."),
  content_sha512: computed("SHA512 checksum of file content."),
  content_base64sha512: computed("Base64 encoded SHA512 checksum of file content."),
};

const ID = computed("The hexadecimal encoding of the SHA1 checksum of the file content.");

const FILENAME = str(
  "The path to the file that will be created.\n Missing parent directories will be created.\n If the file already exists, it will be overridden with the given content.",
  { required: true },
);

function permission(what: string, mode: string): SchemaAttribute {
  return str(
    `Permissions to set for ${what} (before umask), expressed as string in\n [numeric notation](https://en.wikipedia.org/wiki/File-system_permissions#Numeric_notation).\n Default value is \`"${mode}"\`.`,
    { optional: true, computed: true },
  );
}

/** The default file and directory permissions of each resource type (framework Default values). */
export const DEFAULT_PERMISSION: Readonly<Record<string, string>> = { local_file: "0777", local_sensitive_file: "0700" };

/** local_file: content from content, sensitive_content (deprecated), content_base64 or source. */
export const LOCAL_FILE_SCHEMA: Schema = {
  version: 0,
  block: {
    description: "Generates a local file with the given content.",
    attributes: {
      filename: FILENAME,
      content: str(
        "Content to store in the file, expected to be a UTF-8 encoded string.\n Conflicts with `sensitive_content`, `content_base64` and `source`.\n Exactly one of these four arguments must be specified.",
        { optional: true },
      ),
      content_base64: str(
        "Content to store in the file, expected to be binary encoded as base64 string.\n Conflicts with `content`, `sensitive_content` and `source`.\n Exactly one of these four arguments must be specified.",
        { optional: true },
      ),
      source: str(
        "Path to file to use as source for the one we are creating.\n Conflicts with `content`, `sensitive_content` and `content_base64`.\n Exactly one of these four arguments must be specified.",
        { optional: true },
      ),
      file_permission: permission("the output file", "0777"),
      directory_permission: permission("directories created", "0777"),
      id: ID,
      sensitive_content: str(
        "Sensitive content to store in the file, expected to be an UTF-8 encoded string.\n Will not be displayed in diffs.\n Conflicts with `content`, `content_base64` and `source`.\n Exactly one of these four arguments must be specified.\n If in need to use _sensitive_ content, please use the [`local_sensitive_file`](./sensitive_file.html)\n resource instead.",
        { optional: true, sensitive: true, deprecated: true },
      ),
      ...CHECKSUMS,
    },
  },
};

/** local_sensitive_file: as local_file with content and content_base64 sensitive, and 0700 defaults. */
export const LOCAL_SENSITIVE_FILE_SCHEMA: Schema = {
  version: 0,
  block: {
    description: "Generates a local file with the given sensitive content.",
    attributes: {
      filename: FILENAME,
      content: str(
        "Sensitive Content to store in the file, expected to be a UTF-8 encoded string.\n Conflicts with `content_base64` and `source`.\n Exactly one of these three arguments must be specified.",
        { optional: true, sensitive: true },
      ),
      content_base64: str(
        "Sensitive Content to store in the file, expected to be binary encoded as base64 string.\n Conflicts with `content` and `source`.\n Exactly one of these three arguments must be specified.",
        { optional: true, sensitive: true },
      ),
      source: str(
        "Path to file to use as source for the one we are creating.\n Conflicts with `content` and `content_base64`.\n Exactly one of these three arguments must be specified.",
        { optional: true },
      ),
      file_permission: permission("the output file", "0700"),
      directory_permission: permission("directories created", "0700"),
      id: ID,
      ...CHECKSUMS,
    },
  },
};

function dataSourceSchema(description: string, sensitive: boolean): Schema {
  return {
    version: 0,
    block: {
      description,
      attributes: {
        filename: str("Path to the file that will be read. The data source will return an error if the file does not exist.", { required: true }),
        content: str(
          "Raw content of the file that was read, as UTF-8 encoded string. Files that do not contain UTF-8 text will have invalid UTF-8 sequences in `content`\n  replaced with the Unicode replacement character. ",
          { computed: true, ...(sensitive ? { sensitive } : {}) },
        ),
        content_base64: str("Base64 encoded version of the file content (use this when dealing with binary data).", {
          computed: true,
          ...(sensitive ? { sensitive } : {}),
        }),
        id: ID,
        ...CHECKSUMS,
      },
    },
  };
}

/** The local_file data source: a file's content, base64 content and checksums. */
export const LOCAL_FILE_DATA_SCHEMA: Schema = dataSourceSchema("Reads a file from the local filesystem.", false);

/** The local_sensitive_file data source: as local_file with content and content_base64 sensitive. */
export const LOCAL_SENSITIVE_FILE_DATA_SCHEMA: Schema = dataSourceSchema(
  "Reads a file that contains sensitive data, from the local filesystem.",
  true,
);
