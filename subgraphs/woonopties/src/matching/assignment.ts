import type { Haalbaarheidsgraaf } from './constraints-and-scores.js';
import { MinCostFlow } from './min-cost-flow.js';

/** Dense wijk and complex numbers per woning; a complex is -1 when the woning has none. */
export interface Plaatsen {
  wijkVan: Int32Array;
  complexVan: Int32Array;
}

export interface Spreidingsgrenzen {
  maxPerWijk: number;
  maxPerComplex: number;
}

/** A chosen pair, as positions in the round's kandidaten and woningen. */
export interface Toewijzing {
  kandidaat: number;
  woning: number;
  score: number;
}

/**
 * The pairs with the largest sum of scores within the caps, solved as a min-cost flow
 * (costs = −score) on source → kandidaat (cap 1) → woning (cap 1, cost −score) → complex
 * (cap maxPerComplex) → wijk (cap maxPerWijk) → sink, augmenting along shortest paths while they
 * still lower the cost. A woning without complex goes straight to its
 * wijk. Kandidaten and woningen that cannot meet through a haalbaar pair or a shared wijk never
 * compete for anything, so each connected part is solved on its own: a national round becomes
 * many regional ones.
 */
export function optimaleToewijzing(
  graaf: Haalbaarheidsgraaf,
  woningCount: number,
  plaatsen: Plaatsen,
  { maxPerWijk, maxPerComplex }: Spreidingsgrenzen,
): Toewijzing[] {
  const kandidaatCount = graaf.start.length - 1;
  const toewijzingen: Toewijzing[] = [];

  for (const deel of samenhangendeDelen(graaf, kandidaatCount, woningCount, plaatsen.wijkVan)) {
    const woningNode = new Map<number, number>();
    const complexNode = new Map<number, number>();
    const wijkNode = new Map<number, number>();
    let nodes = 2 + deel.kandidaten.length;
    for (const w of deel.woningen) woningNode.set(w, nodes++);
    for (const w of deel.woningen) {
      const complex = plaatsen.complexVan[w]!;
      if (complex >= 0 && !complexNode.has(complex)) complexNode.set(complex, nodes++);
      const wijk = plaatsen.wijkVan[w]!;
      if (!wijkNode.has(wijk)) wijkNode.set(wijk, nodes++);
    }
    let paren = 0;
    for (const k of deel.kandidaten) paren += graaf.start[k + 1]! - graaf.start[k]!;
    const netwerk = new MinCostFlow(nodes, paren + deel.kandidaten.length + deel.woningen.length + complexNode.size + wijkNode.size);
    const SOURCE = 0;
    const SINK = 1;

    const paarEdges = new Int32Array(paren);
    let paar = 0;
    deel.kandidaten.forEach((k, index) => {
      netwerk.addEdge(SOURCE, 2 + index, 1, 0);
      for (let i = graaf.start[k]!; i < graaf.start[k + 1]!; i++) {
        paarEdges[paar++] = netwerk.addEdge(2 + index, woningNode.get(graaf.woning[i]!)!, 1, -graaf.score[i]!);
      }
    });
    const complexWijk = new Map<number, number>();
    for (const w of deel.woningen) {
      const complex = plaatsen.complexVan[w]!;
      const wijk = wijkNode.get(plaatsen.wijkVan[w]!)!;
      if (complex < 0) netwerk.addEdge(woningNode.get(w)!, wijk, 1, 0);
      else {
        netwerk.addEdge(woningNode.get(w)!, complexNode.get(complex)!, 1, 0);
        complexWijk.set(complex, wijk);
      }
    }
    for (const [complex, node] of complexNode) netwerk.addEdge(node, complexWijk.get(complex)!, maxPerComplex, 0);
    for (const node of wijkNode.values()) netwerk.addEdge(node, SINK, maxPerWijk, 0);

    netwerk.run(SOURCE, SINK, { onlyNegativePaths: true });

    paar = 0;
    for (const k of deel.kandidaten) {
      for (let i = graaf.start[k]!; i < graaf.start[k + 1]!; i++) {
        if (netwerk.flowOn(paarEdges[paar++]!) === 1) {
          toewijzingen.push({ kandidaat: k, woning: graaf.woning[i]!, score: graaf.score[i]! });
        }
      }
    }
  }
  return toewijzingen;
}

/** M of the spread rule: Hopcroft-Karp with iterative search, since augmenting paths can be long. */
export function maximumPlaatsingen(graaf: Haalbaarheidsgraaf, woningCount: number): number {
  const kandidaatCount = graaf.start.length - 1;
  const { start, woning } = graaf;
  const partnerVanKandidaat = new Int32Array(kandidaatCount).fill(-1);
  const partnerVanWoning = new Int32Array(woningCount).fill(-1);
  let plaatsingen = 0;
  for (let k = 0; k < kandidaatCount; k++) {
    for (let i = start[k]!; i < start[k + 1]!; i++) {
      if (partnerVanWoning[woning[i]!] === -1) {
        partnerVanWoning[woning[i]!] = k;
        partnerVanKandidaat[k] = woning[i]!;
        plaatsingen++;
        break;
      }
    }
  }

  const UNREACHED = 0x7fffffff;
  const laag = new Int32Array(kandidaatCount);
  const queue = new Int32Array(kandidaatCount);
  const next = new Int32Array(kandidaatCount);
  const stack = new Int32Array(kandidaatCount);
  for (;;) {
    let head = 0;
    let tail = 0;
    for (let k = 0; k < kandidaatCount; k++) {
      if (partnerVanKandidaat[k] === -1 && start[k]! < start[k + 1]!) {
        laag[k] = 0;
        queue[tail++] = k;
      } else laag[k] = UNREACHED;
    }
    let vrijeWoningBereikt = false;
    while (head < tail) {
      const k = queue[head++]!;
      for (let i = start[k]!; i < start[k + 1]!; i++) {
        const andere = partnerVanWoning[woning[i]!]!;
        if (andere === -1) vrijeWoningBereikt = true;
        else if (laag[andere] === UNREACHED) {
          laag[andere] = laag[k]! + 1;
          queue[tail++] = andere;
        }
      }
    }
    if (!vrijeWoningBereikt) return plaatsingen;

    for (let k = 0; k < kandidaatCount; k++) next[k] = start[k]!;
    for (let vrij = 0; vrij < kandidaatCount; vrij++) {
      if (partnerVanKandidaat[vrij] !== -1 || laag[vrij] !== 0) continue;
      let depth = 0;
      stack[depth++] = vrij;
      while (depth > 0) {
        const k = stack[depth - 1]!;
        if (next[k] === start[k + 1]) {
          laag[k] = UNREACHED;
          depth--;
          continue;
        }
        const w = woning[next[k]!++]!;
        const andere = partnerVanWoning[w]!;
        if (andere === -1) {
          // Each kandidaat on the stack takes the woning it last tried; the one it held passes up the stack.
          for (let d = depth - 1; d >= 0; d--) {
            const kd = stack[d]!;
            const wd = woning[next[kd]! - 1]!;
            partnerVanWoning[wd] = kd;
            partnerVanKandidaat[kd] = wd;
          }
          plaatsingen++;
          break;
        }
        if (laag[andere] === laag[k]! + 1) stack[depth++] = andere;
      }
    }
  }
}

/**
 * Groups kandidaten and woningen that are linked by haalbare pairs or, for woningen, by sharing a
 * wijk (the wijk cap couples them; complexes lie inside a wijk, so they need no link of their own).
 * Kandidaten and woningen without any haalbaar pair are left out: they cannot take part.
 */
function samenhangendeDelen(
  graaf: Haalbaarheidsgraaf,
  kandidaatCount: number,
  woningCount: number,
  wijkVan: Int32Array,
): Array<{ kandidaten: number[]; woningen: number[] }> {
  const parent = new Int32Array(kandidaatCount + woningCount);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const up = parent[x]!;
      parent[x] = root;
      x = up;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const gekoppeld = new Uint8Array(woningCount);
  for (let k = 0; k < kandidaatCount; k++) {
    for (let i = graaf.start[k]!; i < graaf.start[k + 1]!; i++) {
      gekoppeld[graaf.woning[i]!] = 1;
      union(k, kandidaatCount + graaf.woning[i]!);
    }
  }
  const eersteInWijk = new Map<number, number>();
  for (let w = 0; w < woningCount; w++) {
    if (gekoppeld[w] === 0) continue;
    const eerste = eersteInWijk.get(wijkVan[w]!);
    if (eerste === undefined) eersteInWijk.set(wijkVan[w]!, w);
    else union(kandidaatCount + eerste, kandidaatCount + w);
  }

  const delen = new Map<number, { kandidaten: number[]; woningen: number[] }>();
  const deelVan = (node: number) => {
    const root = find(node);
    let deel = delen.get(root);
    if (deel === undefined) delen.set(root, (deel = { kandidaten: [], woningen: [] }));
    return deel;
  };
  for (let k = 0; k < kandidaatCount; k++) if (graaf.start[k + 1]! > graaf.start[k]!) deelVan(k).kandidaten.push(k);
  for (let w = 0; w < woningCount; w++) if (gekoppeld[w] === 1) deelVan(kandidaatCount + w).woningen.push(w);
  return [...delen.values()];
}
