import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendBytes, sendJson, startHttpsServer, type TestHttpsServer } from "./https-server.js";
import { makeSigningKey, type TestSigningKey } from "./openpgp-signer.js";

// A provider registry for tests (the provider registry protocol v1) on the test HTTPS server: service
// discovery, `versions`, download metadata, and the files (zips, SHA256SUMS and its binary signature,
// made at start with a fresh OpenPGP key). It serves any zips it is given, for any namespaces, types,
// versions and platforms, so both Terrane and Terraform can `init` from it (SSL_CERT_FILE = caFile).
// Hooks let a test break one part of the protocol at a time.

/** One provider package the registry serves. */
export interface RegistryPackage {
  readonly namespace: string;
  readonly type: string;
  readonly version: string;
  /** `linux_amd64`. */
  readonly platform: string;
  readonly zipPath: string;
  /** Plugin protocol versions (`["5.0"]` unless told). */
  readonly protocols?: readonly string[];
}

/** The download metadata document the registry sends for one package (a hook may change it). */
export type DownloadMetadata = Record<string, unknown>;

/** How the registry is set up. */
export interface RegistryOptions {
  readonly packages: readonly RegistryPackage[];
  readonly signingKey?: TestSigningKey;
  /** The discovery document; `null` answers 404. Default: `{"providers.v1": "/v1/providers/"}`. */
  readonly discovery?: Record<string, unknown> | null;
  /** When set, provider endpoints answer 401 unless this bearer token is sent. */
  readonly token?: string;
  /** Warnings sent with every versions response. */
  readonly warnings?: readonly string[];
  /** Changes a download metadata document before it is sent. */
  readonly metadata?: (meta: DownloadMetadata, pkg: RegistryPackage) => DownloadMetadata;
  /** Changes a SHA256SUMS document before it is served (and signed). */
  readonly sums?: (text: string) => string;
  /** Replaces the signature served for a SHA256SUMS document. */
  readonly signature?: (sums: Buffer) => Buffer;
  /** A status code to answer a provider endpoint path (`terrane/demo/versions`) with instead. */
  readonly fail?: (path: string) => number | undefined;
}

/** A running test registry. */
export interface TestProviderRegistry {
  readonly server: TestHttpsServer;
  /** `localhost:PORT`, the registry host of provider addresses (`localhost:PORT/ns/type`). */
  readonly host: string;
  readonly caFile: string;
  readonly signingKey: TestSigningKey;
  /** The SHA256SUMS document served for a provider version. */
  sums(namespace: string, type: string, version: string): string;
  /** The archive file name of a package. */
  filename(pkg: RegistryPackage): string;
  close(): Promise<void>;
}

const SERVICE = "/v1/providers/";

/** Starts a registry serving the given packages. */
export async function startProviderRegistry(opts: RegistryOptions): Promise<TestProviderRegistry> {
  const server = await startHttpsServer();
  const key = opts.signingKey ?? makeSigningKey();
  const sums = (ns: string, type: string, version: string) => sumsDocument(opts, opts.packages.filter((p) => p.namespace === ns && p.type === type && p.version === version));
  server.route("/.well-known/terraform.json", (_req, res) => {
    if (opts.discovery === null) return false;
    sendJson(res, 200, opts.discovery ?? { "providers.v1": SERVICE });
  });
  server.route(SERVICE, (req, res, url) => {
    const path = url.pathname.slice(SERVICE.length);
    const status = opts.fail?.(path);
    if (status !== undefined) return sendJson(res, status, { errors: [`status ${status}`] });
    return authorized(opts, req, res) ? providerEndpoint(opts, server, key, res, path.split("/")) : true;
  });
  server.route("/files/", (_req, res, url) => serveFile(opts, key, sums, res, url.pathname.split("/").slice(2)));
  return { server, host: server.host, caFile: server.caFile, signingKey: key, sums, filename: archiveName, close: () => server.close() };
}

function authorized(opts: RegistryOptions, req: IncomingMessage, res: ServerResponse): boolean {
  if (opts.token === undefined || req.headers.authorization === `Bearer ${opts.token}`) return true;
  sendJson(res, 401, { errors: ["not authorized"] });
  return false;
}

function providerEndpoint(opts: RegistryOptions, server: TestHttpsServer, key: TestSigningKey, res: ServerResponse, parts: string[]): boolean | void {
  const [ns, type] = parts;
  const mine = opts.packages.filter((p) => p.namespace === ns && p.type === type);
  if (mine.length === 0) return false;
  if (parts.length === 3 && parts[2] === "versions") return sendJson(res, 200, versionsDocument(opts, mine));
  if (parts.length !== 6 || parts[3] !== "download") return false;
  const pkg = mine.find((p) => p.version === parts[2] && p.platform === `${parts[4]}_${parts[5]}`);
  if (!pkg) return false;
  const meta = downloadMetadata(server, pkg, key);
  sendJson(res, 200, opts.metadata ? opts.metadata(meta, pkg) : meta);
}

function versionsDocument(opts: RegistryOptions, mine: readonly RegistryPackage[]): unknown {
  const versions = [...new Set(mine.map((p) => p.version))].map((version) => {
    const pkgs = mine.filter((p) => p.version === version);
    const platforms = pkgs.map((p) => ({ os: p.platform.split("_")[0], arch: p.platform.split("_")[1] }));
    return { version, protocols: pkgs[0]!.protocols ?? ["5.0"], platforms };
  });
  return opts.warnings ? { versions, warnings: opts.warnings } : { versions };
}

function downloadMetadata(server: TestHttpsServer, pkg: RegistryPackage, key: TestSigningKey): DownloadMetadata {
  const [os, arch] = pkg.platform.split("_");
  const dir = `/files/${pkg.namespace}/${pkg.type}/${pkg.version}`;
  return {
    protocols: pkg.protocols ?? ["5.0"],
    os,
    arch,
    filename: archiveName(pkg),
    download_url: `${dir}/${archiveName(pkg)}`,
    shasums_url: `${server.origin}${dir}/SHA256SUMS`,
    shasums_signature_url: `${server.origin}${dir}/SHA256SUMS.sig`,
    shasum: sha256(readFileSync(pkg.zipPath)),
    signing_keys: { gpg_public_keys: [{ key_id: key.keyId, ascii_armor: key.armoredPublicKey, trust_signature: "", source: "Terrane tests", source_url: null }] },
  };
}

function serveFile(opts: RegistryOptions, key: TestSigningKey, sums: (ns: string, t: string, v: string) => string, res: ServerResponse, parts: string[]): boolean | void {
  const [ns, type, version, file] = parts;
  if (ns === undefined || type === undefined || version === undefined || file === undefined) return false;
  const doc = Buffer.from(sums(ns, type, version));
  if (file === "SHA256SUMS") return sendBytes(res, doc, "text/plain");
  if (file === "SHA256SUMS.sig") return sendBytes(res, opts.signature ? opts.signature(doc) : key.sign(doc));
  const pkg = opts.packages.find((p) => p.namespace === ns && p.type === type && p.version === version && archiveName(p) === file);
  if (!pkg) return false;
  sendBytes(res, readFileSync(pkg.zipPath), "application/zip");
}

function sumsDocument(opts: RegistryOptions, pkgs: readonly RegistryPackage[]): string {
  const lines = pkgs.map((p) => `${sha256(readFileSync(p.zipPath))}  ${archiveName(p)}\n`).sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1));
  return opts.sums ? opts.sums(lines.join("")) : lines.join("");
}

function archiveName(pkg: RegistryPackage): string {
  return `terraform-provider-${pkg.type}_${pkg.version}_${pkg.platform}.zip`;
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
