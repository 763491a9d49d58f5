import { describe, expect, it } from "vitest";
import { AbsProviderConfig, Module, Provider } from "../../../core/addrs/index.js";
import { ModuleInstance } from "../../../core/addrs/module-instance.js";
import { copyState } from "../../../core/plan/state-copy.js";
import { SerialCounter, StateDifference } from "../../../core/statemgr/index.js";
import { writeStateFile, type State } from "../../../core/states/index.js";
import { Value } from "../../../lang/values/value.js";
import { stateWith } from "../../backends/state-fixtures.js";

// The serial rule of batched apply writes (Terraform's statemgr.Filesystem): one more for every
// logical write whose state differs from the snapshot read, the snapshot being the start or, for a
// new state, the first write. The incremental comparison (StateDifference, told which instance
// changed) must agree with comparing whole states after every write, also when changes are undone.

const content = (s: State): string => writeStateFile({ terraformVersion: "", serial: 0, lineage: "", state: s });
const OTHER_PROVIDER = new AbsProviderConfig(new Module([]), Provider.builtin("other"));

/** A seeded pseudo-random sequence (so that a failure can be replayed). */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("SerialCounter", () => {
  it("counts a write when, and only when, the state differs from the start, as a full comparison would", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const start = stateWith(6, "old");
      const replacements = stateWith(6, "new");
      const working = copyState(start);
      const instances = [...start.allInstances()];
      const counter = new SerialCounter({ serial: 10, state: start });
      const startText = content(start);
      let expected = 10;
      const next = random(seed);
      for (let step = 0; step < 60; step++) {
        const pick = instances[Math.floor(next() * instances.length)]!;
        const roll = next();
        const obj = roll < 0.35 ? pick.state.current : roll < 0.7 ? [...replacements.allInstances()][instances.indexOf(pick)]!.state.current : roll < 0.85 ? undefined : pick.state.current;
        const provider = roll >= 0.85 && roll < 0.9 ? OTHER_PROVIDER : pick.resource.provider;
        working.setCurrent(pick.addr, obj, provider);
        if (content(working) !== startText) expected++;
        expect(counter.write(working, pick.addr)).toBe(expected);
      }
      if (content(working) !== startText) expected++;
      expect(counter.finalWrite(working)).toBe(expected);
      expect(counter.writes.total).toBe(61);
    }
  });

  it("compares outputs too, and everything again when the changed instance is not named", () => {
    const start = stateWith(2, "old");
    const working = copyState(start);
    const counter = new SerialCounter({ serial: 1, state: start });
    const outputs = working.ensureModule(ModuleInstance.ROOT).outputs;
    outputs.set("o", { value: Value.string("x"), sensitive: false });
    const addr = [...working.allInstances()][0]!.addr;
    expect(counter.write(working, addr)).toBe(2);
    outputs.delete("o");
    expect(counter.write(working, addr)).toBe(2);
    working.setCurrent(addr, undefined, [...working.allInstances()][0]!.resource.provider);
    expect(counter.write(working)).toBe(3);
  });

  it("takes a new state's first write as the snapshot, as Terraform reads its first write back", () => {
    const full = stateWith(2, "new");
    const [a, b] = [...full.allInstances()];
    const one = copyState(stateWith(0));
    one.setCurrent(a!.addr, a!.state.current, a!.resource.provider);
    const counter = new SerialCounter(undefined);
    expect(counter.write(one, a!.addr)).toBe(1);
    expect(counter.finalWrite(one)).toBe(1);

    const two = copyState(stateWith(0));
    const counter2 = new SerialCounter(undefined);
    two.setCurrent(a!.addr, a!.state.current, a!.resource.provider);
    expect(counter2.write(two, a!.addr)).toBe(1);
    two.setCurrent(b!.addr, b!.state.current, b!.resource.provider);
    expect(counter2.write(two, b!.addr)).toBe(2);
    expect(counter2.finalWrite(two)).toBe(3);
  });

  it("gives serial 1 to a new state written only at the end, and keeps the serial of a state the run did not change", () => {
    expect(new SerialCounter(undefined).finalWrite(stateWith(0))).toBe(1);
    const start = stateWith(3, "same");
    expect(new SerialCounter({ serial: 7, state: start }).finalWrite(copyState(start))).toBe(7);
  });
});

describe("StateDifference", () => {
  it("keeps comparing with the content a changing state had when taken with copyNow", () => {
    const working = copyState(stateWith(2, "old"));
    const diff = new StateDifference(working, true);
    const [a] = [...working.allInstances()];
    const replacement = [...stateWith(2, "new").allInstances()][0]!.state.current;
    const old = a!.state.current;
    working.setCurrent(a!.addr, replacement, a!.resource.provider);
    expect(diff.differs(working, a!.addr)).toBe(true);
    working.setCurrent(a!.addr, old, a!.resource.provider);
    expect(diff.differs(working, a!.addr)).toBe(false);
  });
});
