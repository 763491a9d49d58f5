import { State } from "../states/state.js";

// A copy of a state whose maps can change without touching the original (stored objects are
// immutable and shared): the plan refreshes a copy of the previous run's state into the prior state.

/** A copy of the state's structure. */
export function copyState(s: State): State {
  const out = new State();
  out.checkResults = s.checkResults;
  for (const [k, m] of s.modules) {
    const resources = new Map(
      [...m.resources].map(([rk, r]) => [
        rk,
        {
          addr: r.addr,
          provider: r.provider,
          instances: new Map([...r.instances].map(([ik, i]) => [ik, { key: i.key, state: { ...(i.state.current ? { current: i.state.current } : {}), deposed: new Map(i.state.deposed) } }])),
        },
      ]),
    );
    out.modules.set(k, { addr: m.addr, resources, outputs: new Map(m.outputs) });
  }
  return out;
}
