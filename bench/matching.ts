/**
 * Benchmark of the housing matcher: the optimal proposal set (stelVoorstellenOp, min-cost flow)
 * against a naive greedy peer run in the same process on the same instances.
 *
 *   node --import tsx bench/matching.ts [--out report.md]
 *
 * Instances are generated with a seeded PRNG, so every run sees the same data. Regions are the unit
 * of realism: kandidaten accept only gemeenten of their own region (the others are in
 * uitgeslotenGemeenten), so larger instances are more regions, not one denser region.
 *
 * Memory: peak RSS is sampled every 5 ms by a worker thread (process-wide, so it includes the
 * instance itself and typed arrays); peak heap is V8's used heap sampled before every garbage
 * collection during the run (v8.GCProfiler) and at its end. Typed-array buffers live outside that heap.
 *
 * Timing is steady state: each instance gets one forced GC after it is generated, then unmeasured
 * warm-up runs of both algorithms, then the measured runs with no forced GC in between. A forced
 * full GC leaves the next two or so runs several times slower at the small sizes (V8 re-tunes after
 * it), which would measure the collector rather than the algorithms.
 */
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { mulberry32 } from './measure.js';
import { describeMachine } from './report-parts.js';
import { beoordeel, type Kandidaat, type MatchOptions, type Ondersteuningsniveau, type Woning } from '../subgraphs/woonopties/src/matching/constraints-and-scores.js';
import { stelVoorstellenOp, type Voorstel } from '../subgraphs/woonopties/src/matching/proposal-set.js';

const PEILDATUM = '2025-06-01';
const DAY_MS = 86_400_000;

interface Schaal {
  naam: string;
  kandidaten: number;
  woningen: number;
  regios: number;
  runs: number;
}

const SCHALEN: Schaal[] = [
  { naam: 'regional', kandidaten: 500, woningen: 200, regios: 1, runs: 3 },
  { naam: 'intermediate S', kandidaten: 2_000, woningen: 1_000, regios: 4, runs: 3 },
  { naam: 'intermediate M', kandidaten: 5_000, woningen: 2_500, regios: 10, runs: 3 },
  { naam: 'national', kandidaten: 20_000, woningen: 10_000, regios: 40, runs: 1 },
];

function genereer(schaal: Schaal, seed: number): { kandidaten: Kandidaat[]; woningen: Woning[] } {
  const random = mulberry32(seed);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(entries: ReadonlyArray<readonly [T, number]>): T => {
    let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
    return entries[entries.length - 1]![0];
  };
  const datum = (offsetDays: number) => new Date(Date.parse(PEILDATUM) + offsetDays * DAY_MS).toISOString().slice(0, 10);
  const WIJKNAMEN = ['Centrum', 'Noord', 'Zuid', 'Oost', 'West'];

  const gemeentenPerRegio = Array.from({ length: schaal.regios }, (_, r) =>
    Array.from({ length: 10 }, (_, g) => `GM${String(100 + r * 10 + g).padStart(4, '0')}`),
  );
  const alleGemeenten = gemeentenPerRegio.flat();
  // One shared list per region, as a regional intake would attach it; kandidaten with a personal
  // exclusion get their own copy.
  const buitenRegio = gemeentenPerRegio.map((eigen) => alleGemeenten.filter((g) => !eigen.includes(g)));

  const kandidaten: Kandidaat[] = [];
  const woningen: Woning[] = [];
  for (let r = 0; r < schaal.regios; r++) {
    const eigen = gemeentenPerRegio[r]!;
    const aantalKandidaten = Math.round(((r + 1) * schaal.kandidaten) / schaal.regios) - Math.round((r * schaal.kandidaten) / schaal.regios);
    const aantalWoningen = Math.round(((r + 1) * schaal.woningen) / schaal.regios) - Math.round((r * schaal.woningen) / schaal.regios);
    for (let i = 0; i < aantalKandidaten; i++) {
      const gewenst = [...eigen].sort(() => random() - 0.5).slice(0, weighted([[0, 3], [1, 3], [2, 2], [3, 2]] as const));
      const persoonlijk = random() < 0.15 ? [pick(eigen)] : [];
      kandidaten.push({
        id: `K${String(kandidaten.length + 1).padStart(6, '0')}`,
        huishoudgrootte: weighted([[1, 65], [2, 20], [3, 10], [4, 5]] as const),
        maxHuurCenten: between(550, 1000) * 100,
        gewensteGemeenten: gewenst,
        uitgeslotenGemeenten: persoonlijk.length === 0 ? buitenRegio[r]! : [...buitenRegio[r]!, ...persoonlijk],
        toegankelijkNodig: random() < 0.15,
        prikkelarmNodig: random() < 0.2,
        ondersteuningNodig: weighted<Ondersteuningsniveau>([['GEEN', 35], ['LICHT', 35], ['MIDDEL', 20], ['INTENSIEF', 10]]),
        urgentie: weighted<1 | 2 | 3>([[1, 50], [2, 35], [3, 15]]),
        aangemeldOp: datum(-between(0, 1100)),
      });
    }
    for (let i = 0; i < aantalWoningen; i++) {
      const gemeente = pick(eigen);
      const wijk = WIJKNAMEN[between(0, 2)]!;
      woningen.push({
        id: `W${String(woningen.length + 1).padStart(6, '0')}`,
        gemeente,
        wijk,
        complex: random() < 0.4 ? `Complex ${pick(['A', 'B'])}` : null,
        huurCenten: between(450, 950) * 100,
        maxBewoners: weighted([[1, 30], [2, 40], [3, 20], [5, 10]] as const),
        toegankelijk: random() < 0.35,
        prikkelarm: random() < 0.3,
        ondersteuning: weighted<Ondersteuningsniveau>([['GEEN', 30], ['LICHT', 30], ['MIDDEL', 25], ['INTENSIEF', 15]]),
        beschikbaarVanaf: datum(between(-90, 30)),
      });
    }
  }
  return { kandidaten, woningen };
}

const NIVEAU: Record<Ondersteuningsniveau, number> = { GEEN: 0, LICHT: 1, MIDDEL: 2, INTENSIEF: 3 };

interface GreedyResultaat {
  voorstellen: Voorstel[];
  doelwaarde: number;
  haalbareParen: number;
}

/**
 * The naive peer: list every haalbaar pair, sort by score descending, take a pair when kandidaat and
 * woning are both free and the wijk and complex caps still allow it. The listing uses the same
 * gemeente bucketing as the matcher, so the comparison is about the assignment, not the listing.
 * Caps are inputs of the problem; they are taken from the optimal run.
 */
function greedy(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions, caps: { maxPerWijk: number; maxPerComplex: number }): GreedyResultaat {
  const peildag = Date.parse(options.peildatum) / DAY_MS;
  const bucketVan = new Map<string, number>();
  const buckets: number[][] = [];
  woningen.forEach((woning, w) => {
    if (Date.parse(woning.beschikbaarVanaf) / DAY_MS > peildag) return;
    let bucket = bucketVan.get(woning.gemeente);
    if (bucket === undefined) bucketVan.set(woning.gemeente, (bucket = buckets.push([]) - 1));
    buckets[bucket]!.push(w);
  });
  const gemeenteVan = [...bucketVan.keys()];

  let kandidaatVan = new Int32Array(1 << 16);
  let woningVan = new Int32Array(1 << 16);
  let scoreVan = new Int32Array(1 << 16);
  let paren = 0;
  const uitgesloten = new Int32Array(buckets.length).fill(-1);
  kandidaten.forEach((k, ki) => {
    for (const gemeente of k.uitgeslotenGemeenten) {
      const bucket = bucketVan.get(gemeente);
      if (bucket !== undefined) uitgesloten[bucket] = ki;
    }
    const wachtdagen = Math.min(730, Math.max(0, Math.round(peildag - Date.parse(k.aangemeldOp) / DAY_MS)));
    buckets.forEach((lijst, bucket) => {
      if (uitgesloten[bucket] === ki) return;
      const rang = k.gewensteGemeenten.indexOf(gemeenteVan[bucket]!);
      const voorkeur = k.gewensteGemeenten.length === 0 ? 50 : rang < 0 ? 0 : Math.max(10, 100 - 10 * rang);
      const score = k.urgentie * 1000 + wachtdagen + voorkeur;
      for (const wi of lijst) {
        const w = woningen[wi]!;
        if (w.huurCenten > k.maxHuurCenten || w.maxBewoners < k.huishoudgrootte) continue;
        if ((k.toegankelijkNodig && !w.toegankelijk) || (k.prikkelarmNodig && !w.prikkelarm)) continue;
        if (NIVEAU[w.ondersteuning] < NIVEAU[k.ondersteuningNodig]) continue;
        if (paren === kandidaatVan.length) {
          const grow = (a: Int32Array) => {
            const b = new Int32Array(a.length * 2);
            b.set(a);
            return b;
          };
          kandidaatVan = grow(kandidaatVan);
          woningVan = grow(woningVan);
          scoreVan = grow(scoreVan);
        }
        kandidaatVan[paren] = ki;
        woningVan[paren] = wi;
        scoreVan[paren] = score;
        paren++;
      }
    });
  });

  // Score descending, then listing order, packed into one number so the sort is a native numeric sort.
  const volgorde = new Float64Array(paren);
  for (let p = 0; p < paren; p++) volgorde[p] = (8192 - scoreVan[p]!) * 2 ** 32 + p;
  volgorde.sort();

  const kandidaatBezet = new Uint8Array(kandidaten.length);
  const woningBezet = new Uint8Array(woningen.length);
  const perWijk = new Map<string, number>();
  const perComplex = new Map<string, number>();
  const voorstellen: Voorstel[] = [];
  let doelwaarde = 0;
  for (let i = 0; i < paren; i++) {
    const p = volgorde[i]! % 2 ** 32;
    const ki = kandidaatVan[p]!;
    const wi = woningVan[p]!;
    if (kandidaatBezet[ki] === 1 || woningBezet[wi] === 1) continue;
    const w = woningen[wi]!;
    const wijk = `${w.gemeente}\u0000${w.wijk}`;
    const complex = w.complex === null ? null : `${wijk}\u0000${w.complex}`;
    if ((perWijk.get(wijk) ?? 0) >= caps.maxPerWijk) continue;
    if (complex !== null && (perComplex.get(complex) ?? 0) >= caps.maxPerComplex) continue;
    kandidaatBezet[ki] = 1;
    woningBezet[wi] = 1;
    perWijk.set(wijk, (perWijk.get(wijk) ?? 0) + 1);
    if (complex !== null) perComplex.set(complex, (perComplex.get(complex) ?? 0) + 1);
    voorstellen.push({ kandidaatId: kandidaten[ki]!.id, woningId: w.id, score: scoreVan[p]! });
    doelwaarde += scoreVan[p]!;
  }
  return { voorstellen, doelwaarde, haalbareParen: paren };
}

// --- measurement ---------------------------------------------------------------------------------

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const rssPeak = new Int32Array(new SharedArrayBuffer(8)); // [0] peak RSS in KiB, [1] stop flag
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const s = new Int32Array(workerData);
   const tick = () => {
     const kib = Math.round(process.memoryUsage.rss() / 1024);
     if (kib > Atomics.load(s, 0)) Atomics.store(s, 0, kib);
     if (Atomics.load(s, 1) === 0) setTimeout(tick, 5);
   };
   tick();`,
  { eval: true, workerData: rssPeak.buffer },
);
sampler.unref();

interface Meting<T> {
  result: T;
  ms: number;
  rssBeforeMb: number;
  peakRssMb: number;
  heapBeforeMb: number;
  peakHeapMb: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

function meet<T>(run: () => T): Meting<T> {
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage.rss();
  Atomics.store(rssPeak, 0, Math.round(rssBefore / 1024));
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  const heapAtEnd = process.memoryUsage().heapUsed;
  const rssAtEnd = process.memoryUsage.rss();
  const gcs = profiler.stop().statistics as Array<{ beforeGC: { heapStatistics: { usedHeapSize: number } } }>;
  const peakHeap = Math.max(heapAtEnd, ...gcs.map((gc) => gc.beforeGC.heapStatistics.usedHeapSize));
  const peakRss = Math.max(rssAtEnd, Atomics.load(rssPeak, 0) * 1024);
  return { result, ms, rssBeforeMb: mb(rssBefore), peakRssMb: mb(peakRss), heapBeforeMb: mb(heapBefore), peakHeapMb: mb(peakHeap) };
}

function herhaal<T>(runs: number, run: () => T): Meting<T> & { runsMs: number[] } {
  const metingen = Array.from({ length: runs }, () => meet(run));
  const gesorteerd = [...metingen].sort((a, b) => a.ms - b.ms);
  const mediaan = gesorteerd[Math.floor((runs - 1) / 2)]!;
  return {
    ...mediaan,
    peakRssMb: Math.max(...metingen.map((m) => m.peakRssMb)),
    peakHeapMb: Math.max(...metingen.map((m) => m.peakHeapMb)),
    runsMs: metingen.map((m) => m.ms),
  };
}

/** Checked outside the timings: a benchmark of wrong answers is worth nothing. */
function controleer(naam: string, kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions, voorstellen: Voorstel[]): void {
  const kandidaatById = new Map(kandidaten.map((k) => [k.id, k]));
  const woningById = new Map(woningen.map((w) => [w.id, w]));
  const gezien = new Set<string>();
  for (const voorstel of voorstellen) {
    const beoordeling = beoordeel(kandidaatById.get(voorstel.kandidaatId)!, woningById.get(voorstel.woningId)!, options);
    if (!beoordeling.haalbaar || beoordeling.score !== voorstel.score) throw new Error(`${naam}: invalid proposal ${JSON.stringify(voorstel)}`);
    for (const id of [`k:${voorstel.kandidaatId}`, `w:${voorstel.woningId}`]) {
      if (gezien.has(id)) throw new Error(`${naam}: ${id} proposed twice`);
      gezien.add(id);
    }
  }
}

// --- run -----------------------------------------------------------------------------------------

const outIndex = process.argv.indexOf('--out');
const outFile = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
if (outIndex >= 0 && !outFile) throw new Error('--out needs a file name');

const options: MatchOptions = { peildatum: PEILDATUM };
const rijen = SCHALEN.map((schaal, index) => {
  const { kandidaten, woningen } = genereer(schaal, 20250601 + index);
  collectGarbage();
  for (let i = 0; i < (schaal.runs === 1 ? 1 : 2); i++) {
    greedy(kandidaten, woningen, options, stelVoorstellenOp(kandidaten, woningen, options));
  }
  const optimum = herhaal(schaal.runs, () => stelVoorstellenOp(kandidaten, woningen, options));
  const set = optimum.result;
  const peer = herhaal(schaal.runs, () => greedy(kandidaten, woningen, options, set));
  controleer('optimum', kandidaten, woningen, options, set.voorstellen);
  controleer('greedy', kandidaten, woningen, options, peer.result.voorstellen);
  if (peer.result.haalbareParen !== set.haalbareParen) {
    throw new Error(`greedy listed ${peer.result.haalbareParen} pairs, the matcher ${set.haalbareParen}`);
  }
  if (peer.result.doelwaarde > set.doelwaarde) throw new Error('greedy beat the optimum: the optimum is not optimal');
  const rij = {
    schaal: schaal.naam,
    kandidaten: schaal.kandidaten,
    woningen: schaal.woningen,
    regios: schaal.regios,
    runs: schaal.runs,
    haalbareParen: set.haalbareParen,
    maxPerWijk: set.maxPerWijk,
    maxPerComplex: set.maxPerComplex,
    optimum: {
      voorstellen: set.voorstellen.length,
      doelwaarde: set.doelwaarde,
      ms: optimum.ms,
      runsMs: optimum.runsMs,
      rssBeforeMb: optimum.rssBeforeMb,
      peakRssMb: optimum.peakRssMb,
      heapBeforeMb: optimum.heapBeforeMb,
      peakHeapMb: optimum.peakHeapMb,
    },
    greedy: {
      voorstellen: peer.result.voorstellen.length,
      doelwaarde: peer.result.doelwaarde,
      ms: peer.ms,
      runsMs: peer.runsMs,
      rssBeforeMb: peer.rssBeforeMb,
      peakRssMb: peer.peakRssMb,
      heapBeforeMb: peer.heapBeforeMb,
      peakHeapMb: peer.peakHeapMb,
    },
  };
  process.stderr.write(`${schaal.naam}: optimum ${optimum.ms.toFixed(0)} ms, greedy ${peer.ms.toFixed(0)} ms\n`);
  return rij;
});
Atomics.store(rssPeak, 1, 1);

const n0 = (value: number) => Math.round(value).toLocaleString('en-US');
const n1 = (value: number) => value.toFixed(1);
const n3 = (value: number) => value.toFixed(3);

const tabelOptimum = [
  '| scale | kandidaten × woningen | regions | feasible pairs | caps wijk / complex | proposals | doelwaarde | time (ms) | runs | RSS before → peak (MB) | heap before → peak (MB) |',
  '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...rijen.map(
    (r) =>
      `| ${r.schaal} | ${n0(r.kandidaten)} × ${n0(r.woningen)} | ${r.regios} | ${n0(r.haalbareParen)} | ${r.maxPerWijk} / ${r.maxPerComplex} | ${n0(r.optimum.voorstellen)} | ${n0(r.optimum.doelwaarde)} | ${n0(r.optimum.ms)} | ${r.runs === 1 ? '1' : `median of ${r.runs}`} | ${n0(r.optimum.rssBeforeMb)} → ${n0(r.optimum.peakRssMb)} | ${n1(r.optimum.heapBeforeMb)} → ${n1(r.optimum.peakHeapMb)} |`,
  ),
];
const tabelPeer = [
  '| scale | greedy time (ms) | greedy / optimum time | greedy proposals | greedy / optimum doelwaarde | greedy RSS before → peak (MB) | greedy heap before → peak (MB) |',
  '|---|--:|--:|--:|--:|--:|--:|',
  ...rijen.map(
    (r) =>
      `| ${r.schaal} | ${n0(r.greedy.ms)} | ${n3(r.greedy.ms / r.optimum.ms)} | ${n0(r.greedy.voorstellen)} | ${n3(r.greedy.doelwaarde / r.optimum.doelwaarde)} | ${n0(r.greedy.rssBeforeMb)} → ${n0(r.greedy.peakRssMb)} | ${n1(r.greedy.heapBeforeMb)} → ${n1(r.greedy.peakHeapMb)} |`,
  ),
];
const groei = rijen.map((r, i) => {
  const perPaar = (ms: number) => ((ms * 1000) / Math.max(1, r.haalbareParen)).toFixed(2);
  if (i === 0) {
    return `- ${r.schaal}: ${n0(r.optimum.ms)} ms for ${n0(r.haalbareParen)} feasible pairs, ${perPaar(r.optimum.ms)} µs per pair for the optimum and ${perPaar(r.greedy.ms)} µs per pair for greedy.`;
  }
  const vorige = rijen[i - 1]!;
  const paren = r.haalbareParen / vorige.haalbareParen;
  const tijd = r.optimum.ms / vorige.optimum.ms;
  const tijdGreedy = r.greedy.ms / vorige.greedy.ms;
  const exponent = Math.log(tijd) / Math.log(paren);
  const combinaties = (r.kandidaten * r.woningen) / (vorige.kandidaten * vorige.woningen);
  return (
    `- ${r.schaal} vs ${vorige.schaal}: kandidaten × woningen ×${n1(combinaties)}, feasible pairs ×${n1(paren)}, ` +
    `optimum time ×${n1(tijd)} (time ∝ pairs^${exponent.toFixed(2)}), greedy time ×${n1(tijdGreedy)}; ` +
    `${perPaar(r.optimum.ms)} µs per pair for the optimum (was ${((vorige.optimum.ms * 1000) / vorige.haalbareParen).toFixed(2)}).`
  );
});

const machine = describeMachine();
const omgeving = {
  node: machine.node,
  platform: machine.platform,
  cpus: machine.cpus,
  cpuModel: machine.cpuModel,
  peildatum: PEILDATUM,
  processMaxRssMb: process.resourceUsage().maxRSS / 1024,
};
const markdown = [
  '# Housing matcher benchmark',
  '',
  `Node ${omgeving.node}, ${omgeving.platform}, ${omgeving.cpus} × ${omgeving.cpuModel}. Deterministic instances (mulberry32); ` +
    'each region has 10 gemeenten and 30 wijken, and its kandidaten exclude every gemeente outside it. ' +
    'Steady-state timings: per instance one forced GC, then unmeasured warm-up runs of both algorithms, then the measured runs.',
  '',
  '## Optimum (stelVoorstellenOp: min-cost flow per connected component)',
  '',
  ...tabelOptimum,
  '',
  '## Greedy peer (all feasible pairs by score, take when free and within caps), same process, same instances',
  '',
  ...tabelPeer,
  '',
  '## How cost grows',
  '',
  ...groei,
  '',
  'Peak RSS is process-wide (instance data included), sampled every 5 ms; peak heap is V8 used heap sampled before each GC and at the end, without typed-array buffers.',
  '',
].join('\n');

process.stdout.write(markdown);
if (outFile) {
  writeFileSync(outFile, `${markdown}\n## Raw numbers\n\n\`\`\`json\n${JSON.stringify({ omgeving, rijen }, null, 2)}\n\`\`\`\n`);
  process.stderr.write(`written to ${outFile}\n`);
}
