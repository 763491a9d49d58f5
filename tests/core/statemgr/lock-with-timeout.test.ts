import { describe, expect, it } from "vitest";
import { LockError, lockWithTimeout, newLockInfo, type LockInfo, type StateLocker } from "../../../core/statemgr/index.js";

// A locker whose lock is held until a given time on a fake clock (the test is about the retry
// schedule, so the locker is a stand-in; real lockers are tested in tests/backends).
function fakeLocker(freeAt: number, clock: { t: number }, holder: LockInfo): StateLocker & { tries: number[] } {
  const tries: number[] = [];
  return {
    tries,
    lock: async (info) => {
      tries.push(clock.t);
      return clock.t >= freeAt ? info.id : new LockError("resource temporarily unavailable", holder);
    },
    unlock: async () => undefined,
  };
}

function fakeClock(): { t: number; now: () => number; sleep: (ms: number) => Promise<void> } {
  const c = { t: 0, now: () => c.t, sleep: async (ms: number) => void (c.t += ms) };
  return c;
}

describe("lockWithTimeout", () => {
  const holder = newLockInfo("OperationTypeApply", "1.11.4");
  const mine = newLockInfo("OperationTypePlan", "0.1.0");

  it("tries once with no timeout", async () => {
    const clock = fakeClock();
    const locker = fakeLocker(Infinity, clock, holder);
    const r = await lockWithTimeout(locker, mine, { timeoutMs: 0, now: clock.now, sleep: clock.sleep });
    expect(r).toBeInstanceOf(LockError);
    expect((r as LockError).info).toBe(holder);
    expect(locker.tries).toEqual([0]);
  });

  it("retries after 1, 2, 4, 8 and then every 16 seconds, and gives up when the timeout runs out", async () => {
    const clock = fakeClock();
    const locker = fakeLocker(Infinity, clock, holder);
    const r = await lockWithTimeout(locker, mine, { timeoutMs: 70_000, now: clock.now, sleep: clock.sleep });
    expect(r).toBeInstanceOf(LockError);
    expect(locker.tries).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 47_000, 63_000]);
    expect(clock.t).toBe(70_000);
  });

  it("returns at the timeout without another try, as Terraform's 1500ms timeout does", async () => {
    const clock = fakeClock();
    const locker = fakeLocker(Infinity, clock, holder);
    await lockWithTimeout(locker, mine, { timeoutMs: 1500, now: clock.now, sleep: clock.sleep });
    expect(locker.tries).toEqual([0, 1000]);
    expect(clock.t).toBe(1500);
  });

  it("gets the lock once the holder lets go", async () => {
    const clock = fakeClock();
    const locker = fakeLocker(5000, clock, holder);
    expect(await lockWithTimeout(locker, mine, { timeoutMs: 60_000, now: clock.now, sleep: clock.sleep })).toBe(mine.id);
    expect(locker.tries).toEqual([0, 1000, 3000, 7000]);
  });

  it("does not retry failures that name no holder", async () => {
    const clock = fakeClock();
    const locker: StateLocker = { lock: async () => new LockError("permission denied"), unlock: async () => undefined };
    const r = await lockWithTimeout(locker, mine, { timeoutMs: 60_000, now: clock.now, sleep: clock.sleep });
    expect((r as LockError).message).toBe("permission denied");
    expect(clock.t).toBe(0);
  });

  it("stops waiting when aborted", async () => {
    const clock = fakeClock();
    const locker = fakeLocker(Infinity, clock, holder);
    const abort = new AbortController();
    const sleep = async (ms: number): Promise<void> => {
      clock.t += ms;
      abort.abort();
    };
    await lockWithTimeout(locker, mine, { timeoutMs: 60_000, now: clock.now, sleep, signal: abort.signal });
    expect(locker.tries).toEqual([0]);
  });

  it("waits in real time with the default clock", async () => {
    const locker = fakeLocker(Infinity, { t: 0 }, holder);
    const started = Date.now();
    await lockWithTimeout(locker, mine, { timeoutMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(locker.tries.length).toBe(1);
  });
});
