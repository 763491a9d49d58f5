import { rmSync } from "node:fs";
import { unpackArchive, type ArchiveFormat } from "./archive.js";
import type { ModuleHttpClient } from "./install-env.js";

// go-getter's HTTP getter for module packages: an archive URL is downloaded and unpacked; any other
// URL is asked (with `terraform-get=1` added) where the package really is, answered by an
// `X-Terraform-Get` header or a `<meta name="terraform-get" content="...">` tag, and that address is
// then fetched by whichever getter it names.

/** An archive URL's bytes unpacked into `dst`; an error message on failure. */
export async function httpGetArchive(http: ModuleHttpClient, url: URL, format: ArchiveFormat, dst: string): Promise<string | undefined> {
  let res;
  try {
    res = await http.get(url.href);
  } catch (e) {
    return errorText(e);
  }
  if (res.status < 200 || res.status >= 300) return `bad response code: ${res.status}`;
  return unpackSafely(format, res.body, dst, url.href);
}

/** Unpacks an archive (a damaged entry's exception becomes the message); nothing is left after a failure. */
export function unpackSafely(format: ArchiveFormat, data: Buffer, dst: string, src: string): string | undefined {
  let err: string | undefined;
  try {
    err = unpackArchive(format, data, dst, src);
  } catch (e) {
    err = errorText(e);
  }
  if (err !== undefined) rmSync(dst, { recursive: true, force: true });
  return err;
}

/** The package address a non-archive URL points at (`X-Terraform-Get`), resolved against the URL. */
export async function httpSourceAddress(http: ModuleHttpClient, url: URL): Promise<{ source: string } | { error: string }> {
  const ask = new URL(url.href);
  ask.searchParams.append("terraform-get", "1");
  let res;
  try {
    res = await http.get(ask.href);
  } catch (e) {
    return { error: errorText(e) };
  }
  if (res.status < 200 || res.status >= 300) return { error: `bad response code: ${res.status}` };
  const source = res.headers["x-terraform-get"] || metaSource(res.headers["content-type"], res.body);
  if (!source) return { error: "no source URL was returned" };
  return { source: resolveRelative(source, res.url) };
}

// Relative addresses (`/x`, `./x`, `../x`) are taken relative to the answering URL.
function resolveRelative(source: string, base: string): string {
  if (!(source.startsWith("/") || source.startsWith("./") || source.startsWith("../"))) return source;
  try {
    return new URL(source, base).href;
  } catch {
    return source;
  }
}

const META = /<meta\s+[^>]*name\s*=\s*["']terraform-get["'][^>]*>/i;
const CONTENT = /content\s*=\s*["']([^"']*)["']/i;

// go-getter reads the tag only from an HTML answer.
function metaSource(contentType: string | undefined, body: Buffer): string | undefined {
  if (!(contentType ?? "").includes("text/html")) return undefined;
  const tag = META.exec(body.toString("utf8"));
  const content = tag ? CONTENT.exec(tag[0]) : null;
  return content?.[1] || undefined;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
