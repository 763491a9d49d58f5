import { readFileSync } from "node:fs";
import { hostname, userInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { goTimeString, LockError, lockInfoString, marshalLockInfo, newLockInfo, parseLockInfo, type LockInfo } from "../../../core/statemgr/index.js";

const terraformLock = readFileSync(new URL("../../../fixtures/state-lock/lock-info.json", import.meta.url), "utf8");
const golden = readFileSync(new URL("../../../fixtures/state-lock/plan-locked.stderr", import.meta.url), "utf8");

describe("lock info", () => {
  it("reads the lock info Terraform wrote and writes it back byte for byte", () => {
    const info = parseLockInfo(terraformLock) as LockInfo;
    expect(info.operation).toBe("OperationTypeApply");
    expect(info.path).toBe("terraform.tfstate");
    expect(info.pid).toBeUndefined();
    expect(marshalLockInfo(info)).toBe(terraformLock);
  });

  it("prints the Lock Info block as Terraform's lock error shows it", () => {
    const info = parseLockInfo(terraformLock) as LockInfo;
    const text = new LockError("resource temporarily unavailable", info).toString();
    expect(golden).toContain(`Error message: ${text}\n`);
  });

  it("adds Terrane's pid and host after Terraform's fields and reads them back", () => {
    const info: LockInfo = { ...newLockInfo("OperationTypePlan", "0.1.0"), path: "x", pid: 42, host: "h" };
    const json = marshalLockInfo(info);
    expect(json).toMatch(/^\{"ID":"[0-9a-f-]{36}","Operation":"OperationTypePlan","Info":"","Who":"[^"]*@[^"]*","Version":"0.1.0","Created":"[^"]+","Path":"x","Pid":42,"Host":"h"\}$/);
    expect(parseLockInfo(json)).toEqual(info);
  });

  it("makes new lock info with a UUID, user@host and a UTC time", () => {
    const info = newLockInfo("OperationTypeApply", "0.1.0", "extra");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.who).toBe(`${userInfo().username}@${hostname()}`);
    expect(info.info).toBe("extra");
    expect(Math.abs(Date.parse(info.created) - Date.now())).toBeLessThan(5000);
    expect(newLockInfo("x", "y").id).not.toBe(info.id);
  });

  it.each([
    ["2026-11-23T17:22:43.363712155Z", "2026-11-23 17:22:43.363712155 +0000 UTC"],
    ["2026-11-23T17:22:43.3637Z", "2026-11-23 17:22:43.3637 +0000 UTC"],
    ["2026-11-23T17:22:43Z", "2026-11-23 17:22:43 +0000 UTC"],
    ["2026-11-23T17:22:43.000Z", "2026-11-23 17:22:43 +0000 UTC"],
    ["2026-11-23T19:22:43.5+02:00", "2026-11-23 19:22:43.5 +0200 +0200"],
  ])("prints %s as Go's Time.String does", (rfc, go) => {
    expect(goTimeString(rfc)).toBe(go);
  });

  it.each([
    ["not json", /JSON/],
    ["[1]", /cannot unmarshal/],
    ['{"ID":"a","Created":"yesterday"}', /parsing time "yesterday"/],
  ])("refuses %s", (text, message) => {
    const r = parseLockInfo(text);
    expect("error" in r && r.error).toMatch(message);
  });

  it("matches keys case-insensitively and defaults missing fields, as Go's decoder does", () => {
    const r = parseLockInfo('{"id":"abc","operation":"op"}') as LockInfo;
    expect(r).toMatchObject({ id: "abc", operation: "op", who: "", created: "0001-01-01T00:00:00Z" });
    expect(lockInfoString(r)).toContain("  Created:   0001-01-01 00:00:00 +0000 UTC\n");
  });

  it("tells a held lock from other failures", () => {
    const info = parseLockInfo(terraformLock) as LockInfo;
    expect(new LockError("x", info).held).toBe(true);
    expect(new LockError("x").held).toBe(false);
    expect(new LockError("x", { ...info, id: "" }).held).toBe(false);
    expect(new LockError("LocalState not locked").toString()).toBe("LocalState not locked");
  });
});
