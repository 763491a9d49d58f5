import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { writeZip } from "./zip-writer.js";
import { sendBytes, sendJson, startHttpsServer, type TestHttpsServer } from "./https-server.js";

// A module registry for tests, on the test HTTPS server: the module registry protocol under
// /v1/modules/ (versions, and download answered with X-Terraform-Get or a JSON location), the
// packages as tar.gz or zip archives under /archives/, and plain URLs that redirect with
// X-Terraform-Get. The registry is reached as REGISTRY_HOST through a CLI configuration `host` block
// (registry hosts need a dot, so localhost:PORT cannot be one). Also a small tar writer, for archives
// with the entries a safe unpacker must refuse.

/** The registry's hostname in module sources; mapped to the server by cliConfig(). */
export const REGISTRY_HOST = "registry.terrane.test";

/** One tar entry: a file (default), directory, symlink or hard link. */
export interface TarInput {
  readonly name: string;
  readonly data?: string;
  readonly mode?: number;
  readonly type?: "file" | "dir" | "symlink" | "hardlink" | "fifo";
  readonly linkTarget?: string;
}

/** A gzipped tar archive of the given entries, in order (ustar headers; names up to 100 bytes). */
export function tarGz(entries: readonly TarInput[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.type === undefined || e.type === "file" ? (e.data ?? "") : "");
    blocks.push(tarHeader(e, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const TYPE_FLAGS = { file: "0", dir: "5", symlink: "2", hardlink: "1", fifo: "6" } as const;

function tarHeader(e: TarInput, size: number): Buffer {
  const h = Buffer.alloc(512);
  h.write(e.name, 0, 100, "utf8");
  h.write(octal(e.mode ?? (e.type === "dir" ? 0o755 : 0o644), 8), 100, "latin1");
  h.write(octal(0, 8), 108, "latin1");
  h.write(octal(0, 8), 116, "latin1");
  h.write(octal(size, 12), 124, "latin1");
  h.write(octal(1704067200, 12), 136, "latin1");
  h.write(TYPE_FLAGS[e.type ?? "file"], 156, "latin1");
  h.write(e.linkTarget ?? "", 157, 100, "utf8");
  h.write("ustar\u000000", 257, "latin1");
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, "latin1");
  return h;
}

function octal(n: number, width: number): string {
  return `${n.toString(8).padStart(width - 1, "0")}\u0000`;
}

/** The module files of a registry package version: a root module and a `modules/child` submodule. */
export function registryModuleFiles(name: string, version: string): Record<string, string> {
  return {
    "main.tf": `output "version" {\n  value = "${name} ${version}"\n}\n`,
    "modules/child/main.tf": `output "child" {\n  value = "child of ${name} ${version}"\n}\n`,
  };
}

/** A package the registry offers: its versions, how each is archived, and how its location is given. */
export interface RegistryModule {
  readonly namespace: string;
  readonly name: string;
  readonly system: string;
  readonly versions: readonly string[];
  readonly format: "tar.gz" | "zip";
  /**
   * `header`: 204 with a relative X-Terraform-Get; `json`: 200 with an absolute `location` and the
   * header; `json-only`: the `location` alone (which Terraform 1.11 does not read yet).
   */
  readonly location: "header" | "json" | "json-only";
}

/** The registry's standard packages. */
export const REGISTRY_MODULES: readonly RegistryModule[] = [
  { namespace: "terrane", name: "net", system: "test", versions: ["1.0.0", "1.2.0", "2.0.0-beta1", "0.9.0"], format: "tar.gz", location: "header" },
  { namespace: "terrane", name: "zipped", system: "test", versions: ["0.1.0"], format: "zip", location: "json" },
  { namespace: "terrane", name: "empty", system: "test", versions: [], format: "zip", location: "json" },
];

/** A running registry, with the files it serves. */
export interface TestModuleRegistry {
  readonly server: TestHttpsServer;
  /** A CLI configuration mapping REGISTRY_HOST's modules.v1 service to this server. */
  readonly cliConfig: string;
  close(): Promise<void>;
}

/** Starts the test HTTPS server with the registry routes, the packages and the plain archives. */
export async function startModuleRegistry(modules: readonly RegistryModule[] = REGISTRY_MODULES): Promise<TestModuleRegistry> {
  const server = await startHttpsServer();
  const archives = new Map<string, Buffer>(Object.entries(plainArchives()));
  for (const m of modules) {
    for (const v of m.versions) archives.set(packageFile(m, v), archive(m.format, registryModuleFiles(m.name, v)));
  }
  server.route("/archives/", (_req, res, url) => {
    const body = archives.get(url.pathname.slice("/archives/".length));
    if (!body) return false;
    sendBytes(res, body);
  });
  server.route("/get/", (_req, res, url) => redirect(res, url, server.origin));
  server.route("/v1/modules/", (_req, res, url) => registryRoute(modules, server.origin, res, url.pathname.slice("/v1/modules/".length)));
  const cliConfig = `host "${REGISTRY_HOST}" {\n  services = {\n    "modules.v1" = "${server.origin}/v1/modules/"\n  }\n}\n`;
  return { server, cliConfig, close: () => server.close() };
}

function registryRoute(modules: readonly RegistryModule[], origin: string, res: ServerResponse, path: string): boolean {
  const parts = path.split("/");
  const m = modules.find((x) => x.namespace === parts[0] && x.name === parts[1] && x.system === parts[2]);
  if (!m) return false;
  if (parts.length === 4 && parts[3] === "versions") {
    sendJson(res, 200, { modules: [{ source: `${m.namespace}/${m.name}/${m.system}`, versions: m.versions.map((version) => ({ version })) }] });
    return true;
  }
  if (parts.length !== 5 || parts[4] !== "download" || !m.versions.includes(parts[3]!)) return false;
  const file = packageFile(m, parts[3]!);
  if (m.location === "json-only") {
    sendJson(res, 200, { location: `${origin}/archives/${file}` });
  } else if (m.location === "json") {
    // Terraform 1.11 reads only the header; later releases read the JSON location first.
    res.writeHead(200, { "content-type": "application/json", "x-terraform-get": `${origin}/archives/${file}` });
    res.end(JSON.stringify({ location: `${origin}/archives/${file}` }));
  } else {
    res.writeHead(204, { "x-terraform-get": `/archives/${file}` });
    res.end();
  }
  return true;
}

// /get/NAME answers with where NAME's package is; /get/html/NAME does it with a meta tag.
function redirect(res: ServerResponse, url: URL, origin: string): boolean {
  if (url.searchParams.get("terraform-get") !== "1") return false;
  const name = url.pathname.slice("/get/".length);
  if (name.startsWith("html/")) {
    sendBytes(res, `<html><head><meta name="terraform-get" content="${origin}/archives/${name.slice(5)}.zip"></head></html>`, "text/html; charset=utf-8");
    return true;
  }
  res.writeHead(200, { "x-terraform-get": `${origin}/archives/${name}.tar.gz//sub`, "content-type": "text/plain" });
  res.end("");
  return true;
}

function packageFile(m: RegistryModule, version: string): string {
  return `${m.namespace}-${m.name}-${m.system}-${version}.${m.format}`;
}

function archive(format: "tar.gz" | "zip", files: Record<string, string>): Buffer {
  const list = Object.entries(files).map(([name, data]) => ({ name, data }));
  return format === "zip" ? writeZip(list) : tarGz(list);
}

/** The module files of the plain HTTP packages (`pkg.*`): a root module and `sub`. */
export const PLAIN_PACKAGE: Record<string, string> = {
  "main.tf": `output "where" {\n  value = "package root"\n}\n`,
  "sub/main.tf": `output "where" {\n  value = "package sub"\n}\n`,
};

// The archives served by URL: good packages in each format, and archives an unpacker must refuse.
function plainArchives(): Record<string, Buffer> {
  const main = { name: "main.tf", data: PLAIN_PACKAGE["main.tf"]! };
  return {
    "pkg.zip": archive("zip", PLAIN_PACKAGE),
    "pkg.tar.gz": archive("tar.gz", PLAIN_PACKAGE),
    "pkg.tgz": archive("tar.gz", PLAIN_PACKAGE),
    "pkg.bin": archive("zip", PLAIN_PACKAGE),
    "escape.tar.gz": tarGz([main, { name: "../evil.txt", data: "x" }]),
    "escape.zip": writeZip([main, { name: "../evil.txt", data: "x" }]),
    "bad.zip": Buffer.from("not a zip archive"),
  };
}
