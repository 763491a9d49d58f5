import { gunzipSync } from "node:zlib";
import { readZipEntries, type ZipEntry } from "../../providers/installer/zip-reader.js";
import { unpackEntries } from "./archive-unpack.js";
import { readTarEntries, type ArchiveEntry } from "./tar-reader.js";

// Module packages fetched as archives, as go-getter recognizes them: by the `archive` query argument
// (`?archive=zip`, removed before downloading) or else by the longest known extension of the URL's
// path. zip, tar.gz and tgz are unpacked; go-getter's other formats (bz2, xz) are recognized and
// reported as unsupported.

/** The archive formats Terraform's module installer knows (getmodules.goGetterDecompressors). */
const KNOWN_FORMATS = ["bz2", "gz", "xz", "zip", "tar.bz2", "tar.tbz2", "tar.gz", "tgz", "tar.xz", "txz"] as const;

/** An archive format by its go-getter name (`zip`, `tar.gz`). */
export type ArchiveFormat = (typeof KNOWN_FORMATS)[number];

/** Whether a URL names an archive, and the URL to download (without its `archive` argument). */
export function detectArchive(url: URL): { format?: ArchiveFormat; url: URL } {
  const out = new URL(url.href);
  const forced = out.searchParams.get("archive");
  if (forced !== null) {
    out.searchParams.delete("archive");
    out.search = out.searchParams.toString();
    if (forced === "" || forced === "false") return { url: out };
    return KNOWN_FORMATS.includes(forced as ArchiveFormat) ? { format: forced as ArchiveFormat, url: out } : { url: out };
  }
  let best: ArchiveFormat | undefined;
  for (const f of KNOWN_FORMATS) {
    if (out.pathname.endsWith(`.${f}`) && (best === undefined || f.length > best.length)) best = f;
  }
  return best ? { format: best, url: out } : { url: out };
}

/** Unpacks an archive's bytes into a directory; `src` names the archive in messages. */
export function unpackArchive(format: ArchiveFormat, data: Buffer, target: string, src: string): string | undefined {
  const read = archiveEntries(format, data, src);
  if ("error" in read) return read.error;
  const err = unpackEntries(read.entries, target);
  return err === "empty archive" ? `empty archive: ${src}` : err;
}

function archiveEntries(format: ArchiveFormat, data: Buffer, src: string): { entries: ArchiveEntry[] } | { error: string } {
  switch (format) {
    case "zip": {
      const r = readZipEntries(data);
      return "error" in r ? r : { entries: r.entries.map(zipEntry) };
    }
    case "tar.gz":
    case "tgz": {
      let tar: Buffer;
      try {
        tar = gunzipSync(data);
      } catch (e) {
        return { error: `Error opening a gzip reader for ${src}: ${gzipError(e)}` };
      }
      return readTarEntries(tar);
    }
    default:
      return { error: `unsupported archive format ${JSON.stringify(format)}: Terrane unpacks zip, tar.gz and tgz module packages` };
  }
}

const TYPE_MASK = 0o170000;

// A zip entry's kind comes from its Unix mode when it has one; a symlink's data is its target.
function zipEntry(e: ZipEntry): ArchiveEntry {
  const type = e.unixMode & TYPE_MASK;
  const mode = e.unixMode & 0o777 || 0o644;
  if (e.name.endsWith("/") || type === 0o040000) return { name: e.name, kind: "dir", mode, read: () => Buffer.alloc(0) };
  if (type === 0o120000) return { name: e.name, kind: "symlink", mode, linkTarget: e.read().toString("utf8"), read: () => Buffer.alloc(0) };
  if (type !== 0 && type !== 0o100000) return { name: e.name, kind: "special", mode, read: () => Buffer.alloc(0) };
  return { name: e.name, kind: "file", mode, read: () => e.read() };
}

function gzipError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "Z_BUF_ERROR") return "unexpected EOF";
  if (code === "Z_DATA_ERROR") return "gzip: invalid header";
  return e instanceof Error ? e.message : String(e);
}
