import { goQuote } from "../../lang/text/go-quote.js";
import { cyclesIndexed } from "./cycles.js";
import type { Graph } from "./graph.js";

// The DOT text of `terraform graph -type=...` (Terraform's dag marshalGraph.Dot), byte for byte:
// a `digraph` with `compound` and `newrank`, everything inside `subgraph "root"`, tab indents, node ids
// "[root] <name>" with the name escaped as Go's strconv.Quote does, node statements sorted by name,
// attributes as `key = "value"` sorted, then edge statements sorted as whole lines (byte order). Nodes
// without attributes are left out, as Terraform leaves out nodes that are not GraphNodeDotter, but
// their edges stay. With `drawCycles`, each cycle adds red edges between consecutive members in
// Tarjan's pop order, which runs against the real edges, so a cycle of three shows both directions;
// that is what Terraform prints.

/** Attribute names to values for one DOT statement. */
export type DotAttributes = Readonly<Record<string, string>>;

/** Options for `toDot`. */
export interface DotOptions<N> {
  /** A node's attributes (Terraform's `label` and `shape`), or undefined to leave the node statement out. Default: `{ label: name }`. */
  readonly nodeAttributes?: (name: string, node: N) => DotAttributes | undefined;
  /** Highlight cycles with red edges, as `terraform graph -draw-cycles`. */
  readonly drawCycles?: boolean;
}

const CYCLE_ATTRIBUTES = ' [color = "red", penwidth = "2.0"]';

/** The graph in DOT, as `terraform graph -type=plan` prints it. */
export function toDot<N>(graph: Graph<N>, options: DotOptions<N> = {}): string {
  const nodeAttributes = options.nodeAttributes ?? ((name: string) => ({ label: name }));
  const escaped = new Map<string, string>();
  for (const name of graph.names()) escaped.set(name, escapeName(name));
  const lines = ["digraph {", '\tcompound = "true"', '\tnewrank = "true"', '\tsubgraph "root" {'];
  const hidden = new Set<string>();
  for (const name of sortByteOrder([...graph.names()], (name) => escaped.get(name)!)) {
    const attributes = nodeAttributes(name, graph.node(name)!);
    if (attributes === undefined) hidden.add(name);
    else lines.push(`\t\t${nodeId(escaped.get(name)!)}${attributeList(attributes)}`);
  }
  const edges = options.drawCycles === true ? cycleEdges(graph, escaped, hidden) : new Map<string, string>();
  for (const [from, to] of graph.edges()) {
    const key = `${from}|${to}`;
    if (!edges.has(key)) edges.set(key, edgeStatement(escaped.get(from)!, escaped.get(to)!));
  }
  for (const edge of sortByteOrder([...edges.values()], (line) => line)) lines.push(`\t\t${edge}`);
  lines.push("\t}", "}", "");
  return lines.join("\n");
}

/**
 * Red edges around each cycle, keyed as Terraform keys them: by the escaped names, where real edges
 * use the raw names, so a cycle edge replaces a real one only when neither name needed escaping.
 */
function cycleEdges<N>(graph: Graph<N>, escaped: ReadonlyMap<string, string>, hidden: ReadonlySet<string>): Map<string, string> {
  const indexed = graph.indexed();
  const edges = new Map<string, string>();
  for (const cycle of cyclesIndexed(indexed)) {
    for (let i = 0; i < cycle.length; i++) {
      const from = indexed.names[cycle[i]!]!;
      const to = indexed.names[cycle[(i + 1) % cycle.length]!]!;
      if (hidden.has(from) || hidden.has(to)) continue;
      const [src, tgt] = [escaped.get(from)!, escaped.get(to)!];
      edges.set(`${src}|${tgt}`, edgeStatement(src, tgt) + CYCLE_ATTRIBUTES);
    }
  }
  return edges;
}

function nodeId(escapedName: string): string {
  return `"[root] ${escapedName}"`;
}

function edgeStatement(from: string, to: string): string {
  return `${nodeId(from)} -> ${nodeId(to)}`;
}

function attributeList(attributes: DotAttributes): string {
  const list = Object.entries(attributes).map(([key, value]) => `${key} = ${goQuote(value)}`);
  return list.length === 0 ? "" : ` [${sortByteOrder(list, (s) => s).join(", ")}]`;
}

const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** strconv.Quote without the surrounding quotes, as Terraform stores names before quoting them again. */
function escapeName(name: string): string {
  return PLAIN.test(name) ? name : goQuote(name).slice(1, -1);
}

/** Sorts by key in Go's string order (UTF-8 bytes, which is code point order). */
function sortByteOrder<T>(items: T[], key: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  const astral = keyed.some(({ key }) => /[\ud800-\udfff]/.test(key));
  const compare = astral ? compareCodePoints : compareCodeUnits;
  return keyed.sort((a, b) => compare(a.key, b.key)).map(({ item }) => item);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** UTF-16 order differs from code point order only when a surrogate meets U+E000..U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
