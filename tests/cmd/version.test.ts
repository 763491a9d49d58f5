import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TERRANE_VERSION, platformName } from "../../cmd/version-info.js";
import { runCli } from "../helpers/cli.js";

describe("terrane version", () => {
  it("matches package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(TERRANE_VERSION).toBe(pkg.version);
  });

  it("prints the version and platform as Terraform lays them out", async () => {
    const r = await runCli(["version"]);
    expect(r).toEqual({ code: 0, stdout: `Terrane v${TERRANE_VERSION}\non ${platformName()}\n`, stderr: "" });
  });

  it("answers -version and --version too", async () => {
    expect((await runCli(["-version"])).stdout).toContain(`Terrane v${TERRANE_VERSION}`);
    expect((await runCli(["--version"])).stdout).toContain(`Terrane v${TERRANE_VERSION}`);
  });

  it("prints Terraform's JSON shape with -json", async () => {
    const r = await runCli(["version", "-json"]);
    expect(r.code).toBe(0);
    // Written as Go's json.MarshalIndent writes it (HTML-safe strings, two-space indent).
    expect(r.stdout).toBe(
      `{\n  "terraform_version": "1.11.4",\n  "terrane_version": "${TERRANE_VERSION}",\n  "platform": "${platformName()}",\n  "provider_selections": {},\n  "terraform_outdated": false\n}\n`,
    );
    const body = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(body).toEqual({
      terraform_version: "1.11.4",
      terrane_version: TERRANE_VERSION,
      platform: platformName(),
      provider_selections: {},
      terraform_outdated: false,
    });
  });

  it("rejects an unknown flag", async () => {
    const r = await runCli(["version", "-bogus"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("flag provided but not defined: -bogus");
  });

  it("names an unknown command", async () => {
    const r = await runCli(["bogus"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Terrane has no command named "bogus".');
  });
});
