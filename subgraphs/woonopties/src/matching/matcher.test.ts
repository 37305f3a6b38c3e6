import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  beoordeel,
  rangschikKandidaten,
  rangschikWoningen,
  type Kandidaat,
  type MatchOptions,
  type Ondersteuningsniveau,
  type Woning,
} from './constraints-and-scores.js';
import { spreidingsgrenzen, stelVoorstellenOp } from './proposal-set.js';
import { MinCostFlow } from './min-cost-flow.js';

const PEILDATUM = '2025-06-01';
const GEMEENTEN = ['GM0200', 'GM0243', 'GM0302'];

function kandidaat(overrides: Partial<Kandidaat> = {}): Kandidaat {
  return {
    id: 'k1',
    huishoudgrootte: 1,
    maxHuurCenten: 80_000,
    gewensteGemeenten: [],
    uitgeslotenGemeenten: [],
    toegankelijkNodig: false,
    prikkelarmNodig: false,
    ondersteuningNodig: 'GEEN',
    urgentie: 1,
    aangemeldOp: '2025-01-01',
    ...overrides,
  };
}

function woning(overrides: Partial<Woning> = {}): Woning {
  return {
    id: 'w1',
    gemeente: 'GM0200',
    wijk: 'Centrum',
    complex: null,
    huurCenten: 70_000,
    maxBewoners: 2,
    toegankelijk: false,
    prikkelarm: false,
    ondersteuning: 'GEEN',
    beschikbaarVanaf: '2025-05-01',
    ...overrides,
  };
}

function isoDate(offsetDays: number): string {
  return new Date(Date.UTC(2025, 5, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

interface Plaatsen {
  gemeenten: string[];
  wijken: string[];
  complexen: Array<string | null>;
}

// Weighted towards haalbare pairs (most needs are modest, most homes offer most features), so that
// caps and competition actually occur; wijk names repeat across gemeenten; dates straddle the
// peildatum so availability and the waiting-time cap both come up.
function instanceArb(maxKandidaten: number, maxWoningen: number, plaatsen: Plaatsen) {
  const kandidaatArb = fc.record({
    huishoudgrootte: fc.constantFrom(1, 1, 1, 2, 2, 3, 4),
    maxHuurCenten: fc.integer({ min: 60, max: 110 }).map((n) => n * 1000),
    gewensteGemeenten: fc.subarray(plaatsen.gemeenten).chain((lijst) => fc.shuffledSubarray(lijst, { minLength: lijst.length })),
    uitgeslotenGemeenten: fc.constantFrom(...plaatsen.gemeenten.map((g) => [g]), [], [], []),
    toegankelijkNodig: fc.constantFrom(false, false, false, true),
    prikkelarmNodig: fc.constantFrom(false, false, false, true),
    ondersteuningNodig: fc.constantFrom<Ondersteuningsniveau>('GEEN', 'GEEN', 'LICHT', 'LICHT', 'MIDDEL', 'INTENSIEF'),
    urgentie: fc.constantFrom(1 as const, 2 as const, 3 as const),
    aangemeldOp: fc.integer({ min: -1000, max: 10 }).map(isoDate),
  });
  const woningArb = fc.record({
    gemeente: fc.constantFrom(...plaatsen.gemeenten),
    wijk: fc.constantFrom(...plaatsen.wijken),
    complex: fc.constantFrom(...plaatsen.complexen),
    huurCenten: fc.integer({ min: 50, max: 100 }).map((n) => n * 1000),
    maxBewoners: fc.integer({ min: 1, max: 5 }),
    toegankelijk: fc.constantFrom(false, true, true),
    prikkelarm: fc.constantFrom(false, true, true),
    ondersteuning: fc.constantFrom<Ondersteuningsniveau>('LICHT', 'MIDDEL', 'MIDDEL', 'INTENSIEF', 'INTENSIEF'),
    beschikbaarVanaf: fc.integer({ min: -60, max: 10 }).map(isoDate),
  });
  return fc.record({
    kandidaten: fc
      .array(kandidaatArb, { maxLength: maxKandidaten })
      .map((lijst) => lijst.map((k, i): Kandidaat => ({ id: `k${i}`, ...k }))),
    woningen: fc
      .array(woningArb, { maxLength: maxWoningen })
      .map((lijst) => lijst.map((w, i): Woning => ({ id: `w${i}`, ...w }))),
    options: fc.record({
      peildatum: fc.constant(PEILDATUM),
      maxAandeelPerWijk: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
      maxAandeelPerComplex: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
    }),
  });
}

const REGIO: Plaatsen = { gemeenten: GEMEENTEN, wijken: ['Centrum', 'Noord', 'Zuid'], complexen: [null, null, 'De Linde', 'Het Anker'] };
// Small instances need few places, or no two homes would ever share a wijk or complex.
const DORP: Plaatsen = { gemeenten: GEMEENTEN.slice(0, 2), wijken: ['Centrum'], complexen: [null, 'De Linde'] };

const wijkSleutel = (w: Woning) => `${w.gemeente}/${w.wijk}`;
const complexSleutel = (w: Woning) => (w.complex === null ? null : `${w.gemeente}/${w.wijk}/${w.complex}`);

/** Every assignment, by plain recursion: each kandidaat either stays out or takes a free woning the caps still allow. */
function bruteForce(kandidaten: Kandidaat[], woningen: Woning[], options: MatchOptions) {
  const score = kandidaten.map((k) => woningen.map((w) => (beoordeel(k, w, options).haalbaar ? beoordeel(k, w, options).score : -1)));
  const bezet = woningen.map(() => false);
  const search = (k: number, caps: { wijk: number; complex: number } | null, perWijk: Map<string, number>, perComplex: Map<string, number>): number => {
    if (k === kandidaten.length) return 0;
    let best = search(k + 1, caps, perWijk, perComplex);
    woningen.forEach((w, wi) => {
      const s = score[k]![wi]!;
      if (s < 0 || bezet[wi]) return;
      const wijk = wijkSleutel(w);
      const complex = complexSleutel(w);
      if (caps && (perWijk.get(wijk) ?? 0) >= caps.wijk) return;
      if (caps && complex !== null && (perComplex.get(complex) ?? 0) >= caps.complex) return;
      bezet[wi] = true;
      perWijk.set(wijk, (perWijk.get(wijk) ?? 0) + 1);
      if (complex !== null) perComplex.set(complex, (perComplex.get(complex) ?? 0) + 1);
      // Without caps this counts placements (weight 1), with caps it sums scores.
      best = Math.max(best, (caps ? s : 1) + search(k + 1, caps, perWijk, perComplex));
      bezet[wi] = false;
      perWijk.set(wijk, perWijk.get(wijk)! - 1);
      if (complex !== null) perComplex.set(complex, perComplex.get(complex)! - 1);
    });
    return best;
  };
  const plaatsingen = search(0, null, new Map(), new Map());
  const cap = (aandeel: number) => Math.max(1, Math.ceil(Math.round(aandeel * 100 * plaatsingen) / 100));
  const caps = { wijk: cap(options.maxAandeelPerWijk!), complex: cap(options.maxAandeelPerComplex!) };
  return { optimum: search(0, caps, new Map(), new Map()), caps };
}

describe('stelVoorstellenOp', () => {
  it('proposes only haalbare pairs, uses each kandidaat and woning once, keeps within the caps and sums the scores', () => {
    fc.assert(
      fc.property(instanceArb(30, 20, REGIO), ({ kandidaten, woningen, options }) => {
        const set = stelVoorstellenOp(kandidaten, woningen, options);
        const kandidaatById = new Map(kandidaten.map((k) => [k.id, k]));
        const woningById = new Map(woningen.map((w) => [w.id, w]));
        const perWijk = new Map<string, number>();
        const perComplex = new Map<string, number>();
        for (const voorstel of set.voorstellen) {
          const w = woningById.get(voorstel.woningId)!;
          const beoordeling = beoordeel(kandidaatById.get(voorstel.kandidaatId)!, w, options);
          expect(beoordeling.haalbaar).toBe(true);
          expect(voorstel.score).toBe(beoordeling.score);
          perWijk.set(wijkSleutel(w), (perWijk.get(wijkSleutel(w)) ?? 0) + 1);
          const complex = complexSleutel(w);
          if (complex !== null) perComplex.set(complex, (perComplex.get(complex) ?? 0) + 1);
        }
        expect(new Set(set.voorstellen.map((v) => v.kandidaatId)).size).toBe(set.voorstellen.length);
        expect(new Set(set.voorstellen.map((v) => v.woningId)).size).toBe(set.voorstellen.length);
        for (const count of perWijk.values()) expect(count).toBeLessThanOrEqual(set.maxPerWijk);
        for (const count of perComplex.values()) expect(count).toBeLessThanOrEqual(set.maxPerComplex);
        expect(set.doelwaarde).toBe(set.voorstellen.reduce((sum, v) => sum + v.score, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly the pairs that beoordeel finds haalbaar', () => {
    fc.assert(
      fc.property(instanceArb(30, 20, REGIO), ({ kandidaten, woningen, options }) => {
        const haalbaar = kandidaten.flatMap((k) => woningen.filter((w) => beoordeel(k, w, options).haalbaar)).length;
        expect(stelVoorstellenOp(kandidaten, woningen, options).haalbareParen).toBe(haalbaar);
      }),
      { numRuns: 200 },
    );
  });

  it('reaches the brute-force optimum with the brute-force caps on small instances', () => {
    fc.assert(
      fc.property(instanceArb(5, 5, DORP), ({ kandidaten, woningen, options }) => {
        const { optimum, caps } = bruteForce(kandidaten, woningen, options);
        const set = stelVoorstellenOp(kandidaten, woningen, options);
        expect({ maxPerWijk: set.maxPerWijk, maxPerComplex: set.maxPerComplex }).toEqual({ maxPerWijk: caps.wijk, maxPerComplex: caps.complex });
        expect(spreidingsgrenzen(kandidaten, woningen, options)).toEqual({ maxPerWijk: caps.wijk, maxPerComplex: caps.complex });
        expect(set.doelwaarde).toBe(optimum);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps to the wijk cap even when every kandidaat scores higher in one wijk', () => {
    const kandidaten = [1, 2, 3].map((i) => kandidaat({ id: `k${i}`, gewensteGemeenten: ['GM0200'] }));
    const woningen = [
      ...[1, 2, 3].map((i) => woning({ id: `centrum-${i}`, gemeente: 'GM0200', wijk: 'Centrum' })),
      ...[1, 2, 3].map((i) => woning({ id: `noord-${i}`, gemeente: 'GM0243', wijk: 'Noord' })),
    ];
    const zonderGrens = stelVoorstellenOp(kandidaten, woningen, { peildatum: PEILDATUM, maxAandeelPerWijk: 1 });
    expect(zonderGrens.voorstellen.every((v) => v.woningId.startsWith('centrum'))).toBe(true);

    // M = 3, so the cap is ceil(0.34 × 3) = 2 per wijk.
    const metGrens = stelVoorstellenOp(kandidaten, woningen, { peildatum: PEILDATUM });
    expect(metGrens.maxPerWijk).toBe(2);
    expect(metGrens.voorstellen).toHaveLength(3);
    expect(metGrens.voorstellen.filter((v) => v.woningId.startsWith('centrum'))).toHaveLength(2);
    expect(metGrens.doelwaarde).toBe(zonderGrens.doelwaarde - 100);
  });

  it('treats wijken with the same name in different gemeenten as different wijken', () => {
    const kandidaten = [1, 2].map((i) => kandidaat({ id: `k${i}` }));
    const woningen = [woning({ id: 'a', gemeente: 'GM0200' }), woning({ id: 'b', gemeente: 'GM0243' })];
    const set = stelVoorstellenOp(kandidaten, woningen, { peildatum: PEILDATUM, maxAandeelPerWijk: 0.5 });
    expect(set.maxPerWijk).toBe(1);
    expect(set.voorstellen).toHaveLength(2);
  });

  it('derives caps from the achievable placements without binary rounding up', () => {
    const kandidaten = Array.from({ length: 150 }, (_, i) => kandidaat({ id: `k${i}` }));
    const woningen = Array.from({ length: 150 }, (_, i) => woning({ id: `w${i}`, wijk: `Wijk ${i % 10}` }));
    expect(spreidingsgrenzen(kandidaten, woningen, { peildatum: PEILDATUM })).toEqual({ maxPerWijk: 51, maxPerComplex: 51 });
    expect(spreidingsgrenzen([], woningen, { peildatum: PEILDATUM })).toEqual({ maxPerWijk: 1, maxPerComplex: 1 });
  });

  it('refuses a share outside (0, 1] and a peildatum that is not a date', () => {
    expect(() => stelVoorstellenOp([], [], { peildatum: PEILDATUM, maxAandeelPerWijk: 0 })).toThrow(RangeError);
    expect(() => stelVoorstellenOp([], [], { peildatum: PEILDATUM, maxAandeelPerComplex: 1.5 })).toThrow(RangeError);
    expect(() => stelVoorstellenOp([], [], { peildatum: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('beoordeel', () => {
  it('lists every reason a pair is not haalbaar', () => {
    const beoordeling = beoordeel(
      kandidaat({
        huishoudgrootte: 3,
        maxHuurCenten: 60_000,
        uitgeslotenGemeenten: ['GM0200'],
        toegankelijkNodig: true,
        prikkelarmNodig: true,
        ondersteuningNodig: 'INTENSIEF',
      }),
      woning({ huurCenten: 75_050, maxBewoners: 2, ondersteuning: 'MIDDEL', beschikbaarVanaf: '2025-07-01' }),
      { peildatum: PEILDATUM },
    );
    expect(beoordeling.haalbaar).toBe(false);
    expect(beoordeling.uitsluitingen.map((reden) => reden.code)).toEqual([
      'HUUR_TE_HOOG',
      'TE_KLEIN',
      'NIET_TOEGANKELIJK',
      'NIET_PRIKKELARM',
      'TE_WEINIG_ONDERSTEUNING',
      'GEMEENTE_UITGESLOTEN',
      'NOG_NIET_BESCHIKBAAR',
    ]);
    expect(beoordeling.uitsluitingen[0]!.omschrijving).toContain('€ 750,50');
  });

  it('accepts a pair that meets every constraint exactly', () => {
    const beoordeling = beoordeel(
      kandidaat({ huishoudgrootte: 2, maxHuurCenten: 70_000, ondersteuningNodig: 'MIDDEL' }),
      woning({ huurCenten: 70_000, maxBewoners: 2, ondersteuning: 'MIDDEL', beschikbaarVanaf: PEILDATUM }),
      { peildatum: PEILDATUM },
    );
    expect(beoordeling).toMatchObject({ haalbaar: true, uitsluitingen: [] });
  });

  it('scores urgency, waiting days and preference as separate parts', () => {
    const beoordeling = beoordeel(
      kandidaat({ urgentie: 2, aangemeldOp: '2025-05-22', gewensteGemeenten: ['GM0243', 'GM0200'] }),
      woning({ gemeente: 'GM0200' }),
      { peildatum: PEILDATUM },
    );
    expect(beoordeling.onderdelen.map((o) => [o.code, o.punten])).toEqual([
      ['URGENTIE', 2000],
      ['WACHTTIJD', 10],
      ['VOORKEUR', 90],
    ]);
    expect(beoordeling.score).toBe(2100);
  });

  it('gives preference points by rank, with a floor for listed and a middle value without wishes', () => {
    const voorkeur = (k: Kandidaat, gemeente: string) =>
      beoordeel(k, woning({ gemeente }), { peildatum: PEILDATUM }).onderdelen.find((o) => o.code === 'VOORKEUR')!.punten;
    const lang = kandidaat({ gewensteGemeenten: Array.from({ length: 12 }, (_, i) => `GM${1000 + i}`) });
    expect(voorkeur(lang, 'GM1000')).toBe(100);
    expect(voorkeur(lang, 'GM1008')).toBe(20);
    expect(voorkeur(lang, 'GM1011')).toBe(10);
    expect(voorkeur(lang, 'GM0200')).toBe(0);
    expect(voorkeur(kandidaat(), 'GM0200')).toBe(50);
  });

  it('caps the waiting time at 730 days and counts none before registration', () => {
    const wachttijd = (aangemeldOp: string) =>
      beoordeel(kandidaat({ aangemeldOp }), woning(), { peildatum: PEILDATUM }).onderdelen.find((o) => o.code === 'WACHTTIJD')!.punten;
    expect(wachttijd('2020-01-01')).toBe(730);
    expect(wachttijd('2023-06-02')).toBe(730);
    expect(wachttijd('2023-06-03')).toBe(729);
    expect(wachttijd('2025-07-01')).toBe(0);
  });
});

describe('ranking', () => {
  it('puts higher urgentie first, then earlier registration, then id, and leaves out unhaalbare kandidaten', () => {
    const kandidaten = [
      kandidaat({ id: 'laag', urgentie: 1, aangemeldOp: '2023-06-01' }),
      kandidaat({ id: 'hoog-b', urgentie: 3, aangemeldOp: '2025-05-01' }),
      kandidaat({ id: 'hoog-a', urgentie: 3, aangemeldOp: '2025-05-01' }),
      kandidaat({ id: 'hoog-eerst', urgentie: 3, aangemeldOp: '2025-04-01' }),
      kandidaat({ id: 'te-duur', urgentie: 3, maxHuurCenten: 10_000 }),
    ];
    const ranking = rangschikKandidaten(woning(), kandidaten, { peildatum: PEILDATUM });
    expect(ranking.map((entry) => entry.kandidaat.id)).toEqual(['hoog-eerst', 'hoog-a', 'hoog-b', 'laag']);
  });

  it('puts a preferred gemeente first among woningen for one kandidaat', () => {
    const k = kandidaat({ gewensteGemeenten: ['GM0302', 'GM0243'] });
    const woningen = [
      woning({ id: 'a', gemeente: 'GM0200' }),
      woning({ id: 'b', gemeente: 'GM0243' }),
      woning({ id: 'c', gemeente: 'GM0302' }),
      woning({ id: 'd', gemeente: 'GM0302', huurCenten: 90_000 }),
    ];
    expect(rangschikWoningen(k, woningen, { peildatum: PEILDATUM }).map((entry) => entry.woning.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('MinCostFlow', () => {
  function network() {
    // s=0, t=1; two profitable routes and one that costs more than it earns.
    const flow = new MinCostFlow(5);
    flow.addEdge(0, 2, 1, -5);
    flow.addEdge(0, 3, 1, -1);
    flow.addEdge(0, 4, 1, 3);
    const edges = [2, 3, 4].map((node) => flow.addEdge(node, 1, 1, 0));
    return { flow, edges };
  }

  it('stops at the first path that would not lower the cost when asked to', () => {
    const { flow, edges } = network();
    expect(flow.run(0, 1, { onlyNegativePaths: true })).toEqual({ flow: 2, cost: -6, augmentations: 2 });
    expect(edges.map((edge) => flow.flowOn(edge))).toEqual([1, 1, 0]);
  });

  it('otherwise sends the maximum flow at minimum cost, rerouting earlier flow where that is cheaper', () => {
    const { flow } = network();
    expect(flow.run(0, 1)).toEqual({ flow: 3, cost: -3, augmentations: 3 });

    // The greedy first path s-a-b-t must be undone through the residual edge b-a.
    const reroute = new MinCostFlow(4);
    reroute.addEdge(0, 2, 1, 0);
    reroute.addEdge(0, 3, 1, 0);
    reroute.addEdge(2, 3, 1, -10);
    reroute.addEdge(2, 1, 1, 0);
    reroute.addEdge(3, 1, 1, 5);
    expect(reroute.run(0, 1)).toMatchObject({ flow: 2, cost: 5 });
  });
});
