// Unpacking module archives safely: tar.gz and zip packages are written out with their permission
// bits, and every way out of the target directory is refused (`..` names, absolute names, symlinks
// and hard links pointing outside, writes through a link, device files), as are damaged archives.
import { existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectArchive, readTarEntries, unpackArchive } from "../../../core/initwd/index.js";
import { tarGz, type TarInput } from "../../helpers/module-registry.js";
import { writeZip, type ZipInput } from "../../helpers/zip-writer.js";

const MAIN = { name: "main.tf", data: 'output "a" {\n  value = 1\n}\n' };

function target(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "terrane-unpack-"));
  return { root, dir: join(root, "pkg") };
}

function untar(entries: TarInput[]): { root: string; dir: string; err: string | undefined } {
  const t = target();
  return { ...t, err: unpackArchive("tar.gz", tarGz(entries), t.dir, "pkg.tar.gz") };
}

// A zip whose entries' Unix modes are set as given (type bits included), for links and devices.
function zipWithModes(files: (ZipInput & { unixMode?: number })[]): Buffer {
  const zip = writeZip(files);
  let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  for (const f of files) {
    if (f.unixMode !== undefined) zip.writeUInt32LE((f.unixMode << 16) >>> 0, at + 38);
    const next = at + 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    at = next;
  }
  return zip;
}

describe("tar.gz packages", () => {
  it("writes files and directories, keeping the executable bit", () => {
    const r = untar([{ name: "sub/", type: "dir" }, MAIN, { name: "sub/run.sh", data: "#!/bin/sh\n", mode: 0o755 }, { name: "sub/x.tf", data: "", mode: 0o600 }]);
    expect(r.err).toBeUndefined();
    expect(readFileSync(join(r.dir, "main.tf"), "utf8")).toBe(MAIN.data);
    expect(statSync(join(r.dir, "sub/run.sh")).mode & 0o777).toBe(0o755);
    expect(statSync(join(r.dir, "sub/x.tf")).mode & 0o777).toBe(0o600);
  });

  it("keeps symlinks that stay inside the package", () => {
    const r = untar([MAIN, { name: "sub/link.tf", type: "symlink", linkTarget: "../main.tf" }]);
    expect(r.err).toBeUndefined();
    expect(readlinkSync(join(r.dir, "sub/link.tf"))).toBe("../main.tf");
    expect(readFileSync(join(r.dir, "sub/link.tf"), "utf8")).toBe(MAIN.data);
  });

  it.each<[string, TarInput[], string]>([
    ["a .. name", [MAIN, { name: "../evil.txt", data: "x" }], "entry contains '..': ../evil.txt"],
    ["a .. in the middle", [{ name: "a/../../evil.txt", data: "x" }], "entry contains '..': a/../../evil.txt"],
    ["an absolute name", [{ name: "/tmp/evil.txt", data: "x" }], "entry has an absolute path: /tmp/evil.txt"],
    ["an absolute symlink", [MAIN, { name: "l", type: "symlink", linkTarget: "/etc/passwd" }], 'entry l links to "/etc/passwd", outside the module package'],
    ["a symlink climbing out", [{ name: "d/l", type: "symlink", linkTarget: "../../x" }], 'entry d/l links to "../../x", outside the module package'],
    ["a hard link out", [MAIN, { name: "h", type: "hardlink", linkTarget: "../../etc/passwd" }], 'entry h links to "../../etc/passwd", outside the module package'],
    ["a named pipe", [MAIN, { name: "p", type: "fifo" }], "entry p is a device file or named pipe, which a module package cannot contain"],
  ])("refuses %s", (_what, entries, message) => {
    const r = untar(entries);
    expect(r.err).toBe(message);
    expect(existsSync(join(r.root, "evil.txt"))).toBe(false);
  });

  it("refuses a link that leaves the package only through another link", () => {
    const r = untar([{ name: "d/", type: "dir" }, { name: "d/up", type: "symlink", linkTarget: ".." }, { name: "d/x", type: "symlink", linkTarget: "up/.." }]);
    expect(r.err).toBe('entry d/x links to "up/..", outside the module package');
  });

  it("refuses to write a file through a link to a directory outside", () => {
    const outside = mkdtempSync(join(tmpdir(), "terrane-outside-"));
    const r = untar([{ name: "d", type: "symlink", linkTarget: "." }, { name: "d/../../escape.txt", data: "x" }]);
    expect(r.err).toBe("entry contains '..': d/../../escape.txt");
    expect(existsSync(join(outside, "escape.txt"))).toBe(false);
  });

  it("refuses to write over a link", () => {
    const r = untar([MAIN, { name: "l.tf", type: "symlink", linkTarget: "main.tf" }, { name: "l.tf", data: "changed" }]);
    expect(r.err).toBe("entry l.tf would be written through a link");
    expect(readFileSync(join(r.dir, "main.tf"), "utf8")).toBe(MAIN.data);
  });

  it("copies hard links to earlier entries", () => {
    const r = untar([MAIN, { name: "copy.tf", type: "hardlink", linkTarget: "main.tf" }]);
    expect(r.err).toBeUndefined();
    expect(readFileSync(join(r.dir, "copy.tf"), "utf8")).toBe(MAIN.data);
  });

  it("reports damaged and empty archives", () => {
    const t = target();
    expect(unpackArchive("tar.gz", Buffer.from("not gzip"), t.dir, "x.tar.gz")).toBe("Error opening a gzip reader for x.tar.gz: gzip: invalid header");
    expect(unpackArchive("tar.gz", tarGz([]), t.dir, "x.tar.gz")).toBe("empty archive: x.tar.gz");
    expect(unpackArchive("tar.bz2", Buffer.alloc(0), t.dir, "x.tar.bz2")).toMatch(/^unsupported archive format "tar.bz2"/);
  });
});

describe("tar reader", () => {
  it("reads PAX long names and rejects bad checksums", () => {
    const longName = `${"d".repeat(80)}/${"f".repeat(60)}.tf`;
    const pax = `${longName.length + 10} path=${longName}\n`;
    const tar = gunzipSync(tarGz([{ name: "PaxHeader", data: pax }, { name: "short.tf", data: "x" }]));
    tar[156] = "x".charCodeAt(0);
    let sum = 0;
    tar.fill(0x20, 148, 156);
    for (let i = 0; i < 512; i++) sum += tar[i]!;
    tar.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, "latin1");
    const r = readTarEntries(tar);
    expect("entries" in r && r.entries.map((e) => e.name)).toEqual([longName]);
    tar[0] = 0x41;
    expect(readTarEntries(tar)).toEqual({ error: "archive/tar: invalid tar header" });
  });
});

describe("zip packages", () => {
  it("writes files with their modes", () => {
    const t = target();
    const err = unpackArchive("zip", writeZip([MAIN, { name: "bin/run", data: "#!/bin/sh\n", mode: 0o755 }]), t.dir, "pkg.zip");
    expect(err).toBeUndefined();
    expect(statSync(join(t.dir, "bin/run")).mode & 0o777).toBe(0o755);
  });

  it("refuses .. names, links out and device files", () => {
    const t = target();
    expect(unpackArchive("zip", writeZip([MAIN, { name: "../evil.txt", data: "x" }]), t.dir, "p.zip")).toBe("entry contains '..': ../evil.txt");
    const link = zipWithModes([{ name: "l", data: "/etc/passwd", unixMode: 0o120777 }]);
    expect(unpackArchive("zip", link, target().dir, "p.zip")).toBe('entry l links to "/etc/passwd", outside the module package');
    const device = zipWithModes([{ name: "dev", data: "", unixMode: 0o020644 }]);
    expect(unpackArchive("zip", device, target().dir, "p.zip")).toBe("entry dev is a device file or named pipe, which a module package cannot contain");
    expect(unpackArchive("zip", Buffer.from("nope"), target().dir, "p.zip")).toBe("zip: not a valid zip file");
  });

  it("makes symlinks inside the package", () => {
    const t = target();
    const err = unpackArchive("zip", zipWithModes([MAIN, { name: "l.tf", data: "main.tf", unixMode: 0o120777 }]), t.dir, "p.zip");
    expect(err).toBeUndefined();
    expect(lstatSync(join(t.dir, "l.tf")).isSymbolicLink()).toBe(true);
  });
});

describe("archive detection", () => {
  it.each([
    ["https://h/a.zip", "zip", "https://h/a.zip"],
    ["https://h/a.tar.gz", "tar.gz", "https://h/a.tar.gz"],
    ["https://h/a.tgz?x=1", "tgz", "https://h/a.tgz?x=1"],
    ["https://h/a.bin?archive=zip&x=1", "zip", "https://h/a.bin?x=1"],
    ["https://h/a.zip?archive=false", undefined, "https://h/a.zip"],
    ["https://h/pkg", undefined, "https://h/pkg"],
  ])("%s", (url, format, stripped) => {
    const r = detectArchive(new URL(url));
    expect(r.format).toBe(format);
    expect(r.url.href).toBe(stripped);
  });
});
