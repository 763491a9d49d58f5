// Version facts printed by `terrane version` and recorded in state and plan files.

/** Terrane's own version (kept equal to package.json's; a test checks it). */
export const TERRANE_VERSION = "0.1.0";

/** The Terraform release whose language and formats Terrane implements. */
export const TERRAFORM_COMPAT_VERSION = "1.11.4";

/** The platform in Terraform's `os_arch` form (linux_amd64, darwin_arm64...). */
export function platformName(): string {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const arch = ({ x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" } as Record<string, string>)[process.arch];
  return `${os}_${arch ?? process.arch}`;
}
