// The shared shape of every address: an immutable value with one canonical string (Terraform's
// String()), a key for maps and sets that also tells apart kinds printing alike (a resource and its
// unkeyed instance), and equality by that key.

/** Base of all address value objects. */
export abstract class Address {
  /** Which kind of address this is; part of the unique key. */
  abstract readonly kind: string;

  /** The canonical text, exactly as Terraform prints it. */
  abstract toString(): string;

  /** A string identifying this address among addresses of every kind (Terraform's UniqueKey). */
  uniqueKey(): string {
    return `${this.kind}|${this.toString()}`;
  }

  /** True when the other address is the same kind with the same parts. */
  equals(o: Address): boolean {
    return o === this || o.uniqueKey() === this.uniqueKey();
  }
}
