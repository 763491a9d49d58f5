import type { AbsResource, AbsResourceInstance } from "../addrs/abs-resource.js";
import type { Provider } from "../addrs/provider.js";
import type { Moveable } from "./move-endpoint.js";
import type { MoveStatement } from "./move-statement.js";

// What applying the moves did (refactoring.MoveResults): for every resource instance that moved, its
// original and final address (a chain of moves summarised as one), and every move that could not
// happen because something already occupied the destination.

/** A resource instance that moved: from its address in the previous run's state to its new one. */
export interface MoveSuccess {
  readonly from: AbsResourceInstance;
  readonly to: AbsResourceInstance;
}

/** A move that did not happen because an object was already at the destination. */
export interface MoveBlocked {
  readonly wanted: Moveable;
  readonly actual: Moveable;
}

/** A resource moved to another resource type or provider, which only the target provider can convert. */
export interface CrossTypeMove {
  readonly statement: MoveStatement;
  readonly from: AbsResource;
  readonly to: AbsResource;
  /** The provider that managed the object before the move. */
  readonly sourceProvider: Provider;
}

/** The outcome of applyMoves. */
export class MoveResults {
  /** Moves by the final address of each moved instance. */
  readonly changes = new Map<string, MoveSuccess>();
  /** Blocked moves by the address of the object that stayed put. */
  readonly blocked = new Map<string, MoveBlocked>();
  /** Moves across resource types or providers, in the order they happened. */
  readonly crossType: CrossTypeMove[] = [];

  /** Records a move, folding it into an earlier move of the same object (RecordMove). */
  recordMove(from: AbsResourceInstance, to: AbsResourceInstance): void {
    const prev = this.changes.get(from.toString());
    if (prev) this.changes.delete(from.toString());
    this.changes.set(to.toString(), { from: prev ? prev.from : from, to });
  }

  /** Records a move that was blocked by an object at the destination. */
  recordBlockage(actual: Moveable, wanted: Moveable): void {
    this.blocked.set(`${actual.kind}:${actual.toString()}`, { wanted, actual });
  }

  /** True when the instance now at this address moved there (AddrMoved). */
  addrMoved(addr: AbsResourceInstance): boolean {
    return this.changes.has(addr.toString());
  }

  /** Where the instance now at this address was in the previous run's state (OldAddr). */
  oldAddr(addr: AbsResourceInstance): AbsResourceInstance {
    return this.changes.get(addr.toString())?.from ?? addr;
  }
}
