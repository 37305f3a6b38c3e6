/**
 * Min-cost flow by successive shortest paths, with Dijkstra on reduced costs (Johnson potentials).
 *
 * Costs must be integers (negative allowed, no negative cycles) so that potentials and reduced costs
 * stay exact in doubles; capacities must be non-negative 31-bit integers. The first potentials come
 * from Bellman-Ford (queue-based), which is what makes negative edge costs admissible at all; after
 * that every reduced cost is non-negative and each augmentation is one Dijkstra run.
 *
 * Dijkstra stops as soon as the sink is settled. Potentials are then raised by min(dist, distSink)
 * rather than by dist, which keeps every residual reduced cost non-negative for nodes that were not
 * settled, so the early stop costs no correctness and saves most of the work on large networks.
 *
 * Edges live in flat typed arrays, forward edge 2i and its residual twin 2i + 1, and are laid out per
 * tail node (CSR) when a run starts: flow networks here have up to a few hundred thousand edges per
 * run, and object-per-edge layouts spend most of their time in the garbage collector.
 */
export interface FlowRunOptions {
  /** Stop once this much flow has been sent; default unlimited. */
  maxFlow?: number;
  /**
   * Stop as soon as the cheapest augmenting path costs zero or more: the result is then a
   * minimum-cost flow of any value, which with costs = −profit is a maximum-profit flow.
   */
  onlyNegativePaths?: boolean;
}

export interface FlowResult {
  flow: number;
  cost: number;
  augmentations: number;
}

const MAX_CAPACITY = 0x7fffffff;

export class MinCostFlow {
  readonly nodeCount: number;
  private edgeSlots = 0;
  private head: Int32Array;
  private target: Int32Array;
  private residual: Int32Array;
  private unitCost: Float64Array;
  private potential: Float64Array;
  private hasNegativeCost = false;

  constructor(nodeCount: number, expectedEdges = 16) {
    if (!Number.isInteger(nodeCount) || nodeCount < 2) throw new RangeError(`nodeCount must be an integer >= 2, got ${nodeCount}`);
    this.nodeCount = nodeCount;
    const slots = Math.max(2, 2 * expectedEdges);
    this.head = new Int32Array(slots);
    this.target = new Int32Array(slots);
    this.residual = new Int32Array(slots);
    this.unitCost = new Float64Array(slots);
    this.potential = new Float64Array(nodeCount);
  }

  get edgeCount(): number {
    return this.edgeSlots >> 1;
  }

  /** Returns the edge id that flowOn() takes. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    this.checkNode(from);
    this.checkNode(to);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
      throw new RangeError(`capacity must be an integer in [0, 2^31), got ${capacity}`);
    }
    if (!Number.isSafeInteger(cost)) throw new RangeError(`cost must be a safe integer, got ${cost}`);
    if (this.edgeSlots + 2 > this.target.length) this.grow();
    const forward = this.edgeSlots;
    this.head[forward] = from;
    this.target[forward] = to;
    this.residual[forward] = capacity;
    this.unitCost[forward] = cost;
    this.head[forward + 1] = to;
    this.target[forward + 1] = from;
    this.residual[forward + 1] = 0;
    this.unitCost[forward + 1] = -cost;
    this.edgeSlots += 2;
    if (cost < 0 && capacity > 0) this.hasNegativeCost = true;
    return forward >> 1;
  }

  /** The flow a run has sent over the edge: the residual capacity of its twin. */
  flowOn(edge: number): number {
    const twin = 2 * edge + 1;
    if (!Number.isInteger(edge) || edge < 0 || twin >= this.edgeSlots) throw new RangeError(`no edge ${edge}`);
    return this.residual[twin]!;
  }

  /** Sends flow from source to sink; a second call continues from the flow the first one left. */
  run(source: number, sink: number, options: FlowRunOptions = {}): FlowResult {
    this.checkNode(source);
    this.checkNode(sink);
    if (source === sink) throw new RangeError('source and sink must differ');
    const maxFlow = options.maxFlow ?? Number.POSITIVE_INFINITY;
    const onlyNegativePaths = options.onlyNegativePaths ?? false;
    const n = this.nodeCount;
    const { target, residual, unitCost, potential } = this;
    const { start, order } = this.tailIndex();

    if (this.hasNegativeCost) this.bellmanFordPotentials(source, start, order);
    else potential.fill(0);

    const dist = new Float64Array(n);
    const settled = new Uint8Array(n);
    const parentEdge = new Int32Array(n);
    const heap = new DistanceHeap(Math.max(16, n));
    let flow = 0;
    let cost = 0;
    let augmentations = 0;

    while (flow < maxFlow) {
      dist.fill(Number.POSITIVE_INFINITY);
      settled.fill(0);
      dist[source] = 0;
      parentEdge[source] = -1;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (settled[u] === 1 || d > dist[u]!) continue;
        settled[u] = 1;
        if (u === sink) break;
        const base = d + potential[u]!;
        for (let i = start[u]!, end = start[u + 1]!; i < end; i++) {
          const e = order[i]!;
          if (residual[e] === 0) continue;
          const v = target[e]!;
          if (settled[v] === 1) continue;
          const candidate = base + unitCost[e]! - potential[v]!;
          if (candidate < dist[v]!) {
            dist[v] = candidate;
            parentEdge[v] = e;
            heap.push(candidate, v);
          }
        }
      }
      if (settled[sink] === 0) break;
      const toSink = dist[sink]!;
      const pathCost = toSink + potential[sink]! - potential[source]!;
      if (onlyNegativePaths && pathCost >= 0) break;
      for (let v = 0; v < n; v++) potential[v]! += settled[v] === 1 ? dist[v]! : toSink;

      let bottleneck = maxFlow - flow;
      for (let v = sink; v !== source; ) {
        const e = parentEdge[v]!;
        if (residual[e]! < bottleneck) bottleneck = residual[e]!;
        v = target[e ^ 1]!;
      }
      for (let v = sink; v !== source; ) {
        const e = parentEdge[v]!;
        residual[e]! -= bottleneck;
        residual[e ^ 1]! += bottleneck;
        v = target[e ^ 1]!;
      }
      flow += bottleneck;
      cost += bottleneck * pathCost;
      augmentations++;
    }
    return { flow, cost, augmentations };
  }

  private checkNode(node: number): void {
    if (!Number.isInteger(node) || node < 0 || node >= this.nodeCount) throw new RangeError(`no node ${node}`);
  }

  private grow(): void {
    const size = this.target.length * 2;
    const widenInt = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    const cost = new Float64Array(size);
    cost.set(this.unitCost);
    this.head = widenInt(this.head);
    this.target = widenInt(this.target);
    this.residual = widenInt(this.residual);
    this.unitCost = cost;
  }

  private tailIndex(): { start: Int32Array; order: Int32Array } {
    const n = this.nodeCount;
    const start = new Int32Array(n + 1);
    for (let e = 0; e < this.edgeSlots; e++) start[this.head[e]! + 1]!++;
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, n);
    const order = new Int32Array(this.edgeSlots);
    for (let e = 0; e < this.edgeSlots; e++) order[fill[this.head[e]!]!++] = e;
    return { start, order };
  }

  /** Shortest distances over residual edges; nodes the source cannot reach keep potential 0 and stay unreachable. */
  private bellmanFordPotentials(source: number, start: Int32Array, order: Int32Array): void {
    const n = this.nodeCount;
    const { target, residual, unitCost, potential } = this;
    potential.fill(Number.POSITIVE_INFINITY);
    potential[source] = 0;
    const queued = new Uint8Array(n);
    const relaxCount = new Int32Array(n);
    const queue = new Int32Array(n);
    let first = 0;
    let length = 1;
    queue[0] = source;
    queued[source] = 1;
    while (length > 0) {
      const u = queue[first]!;
      first = first + 1 === n ? 0 : first + 1;
      length--;
      queued[u] = 0;
      const base = potential[u]!;
      for (let i = start[u]!, end = start[u + 1]!; i < end; i++) {
        const e = order[i]!;
        if (residual[e] === 0) continue;
        const v = target[e]!;
        const candidate = base + unitCost[e]!;
        if (candidate < potential[v]!) {
          potential[v] = candidate;
          if (queued[v] === 0) {
            if (++relaxCount[v]! > n) throw new Error('negative-cost cycle in the residual network');
            queued[v] = 1;
            queue[(first + length) % n] = v;
            length++;
          }
        }
      }
    }
    for (let v = 0; v < n; v++) if (potential[v] === Number.POSITIVE_INFINITY) potential[v] = 0;
  }
}

/** Binary min-heap with lazy deletion: stale entries are skipped by the caller, which is cheaper than decrease-key here. */
class DistanceHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    const { keys, values } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const last = --this.size;
    if (last === 0) return top;
    const key = keys[last]!;
    const value = values[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      values[i] = values[child]!;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
    return top;
  }
}
