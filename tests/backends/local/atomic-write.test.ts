import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomicSync } from "../../../backends/index.js";

function workDir(): string {
  return mkdtempSync(join(tmpdir(), "terrane-atomic-"));
}

describe("writeFileAtomicSync", () => {
  it("creates a file, with its folders, as os.Create would (0666 less the umask)", () => {
    const dir = workDir();
    writeFileAtomicSync(join(dir, "a/b/f.txt"), "hello");
    expect(readFileSync(join(dir, "a/b/f.txt"), "utf8")).toBe("hello");
    expect(statSync(join(dir, "a/b/f.txt")).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it("replaces a file with a new one, keeping its permissions", () => {
    const dir = workDir();
    const path = join(dir, "f.txt");
    writeFileSync(path, "old");
    chmodSync(path, 0o640);
    const before = statSync(path).ino;
    writeFileAtomicSync(path, "new content");
    expect(readFileSync(path, "utf8")).toBe("new content");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(statSync(path).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(["f.txt"]);
  });

  it("replaces the file a symbolic link points to and keeps the link", () => {
    const dir = workDir();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real/state"), "old");
    symlinkSync("real/state", join(dir, "link"));
    writeFileAtomicSync(join(dir, "link"), "new");
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real/state"), "utf8")).toBe("new");
  });

  it("leaves the old file and no temporary file when the rename fails", () => {
    const dir = workDir();
    mkdirSync(join(dir, "target"));
    writeFileSync(join(dir, "target/keep"), "");
    expect(() => writeFileAtomicSync(join(dir, "target"), "x")).toThrow();
    expect(readdirSync(dir)).toEqual(["target"]);
  });
});
