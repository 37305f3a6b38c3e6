/*
 * Doubts about a seed fact (bronnen/SEED-FORMAT.md): a printed value a scanner may have misread, or
 * a value derived rather than stated. The record keeps what is printed; its `twijfels` say why the
 * value is doubtful, what it probably is, and on which passage that rests.
 */
import { toBron, type Bron, type SeedBron } from './bron.js';

export const twijfelSoorten = ['ONZEKERE_LEZING', 'AFGELEID'] as const;
export type TwijfelSoort = (typeof twijfelSoorten)[number];

/** A doubt about one field of a seed record, as the seed files write it (bronnen/SEED-FORMAT.md). */
export interface SeedTwijfel {
  veld: string;
  soort: TwijfelSoort;
  waarschijnlijk?: string | null;
  afleiding: string;
  bron?: SeedBron | null;
}

/** The GraphQL `Twijfel`. */
export interface Twijfel {
  veld: string;
  soort: TwijfelSoort;
  waarschijnlijk: string | null;
  afleiding: string;
  bron: Bron | null;
}

/** A record without doubts, as the `twijfels` column stores it. */
export const geenTwijfels = '[]';

/** The `twijfels` column: the doubts as JSON text, every optional key written out. */
export function twijfelsKolom(twijfels: readonly SeedTwijfel[] | undefined): string {
  return JSON.stringify(
    (twijfels ?? []).map((twijfel) => ({ veld: twijfel.veld, soort: twijfel.soort, waarschijnlijk: twijfel.waarschijnlijk ?? null, afleiding: twijfel.afleiding, bron: twijfel.bron ?? null })),
  );
}

export function toTwijfels(kolom: string): Twijfel[] {
  return (JSON.parse(kolom) as Array<Omit<Twijfel, 'bron'> & { bron: SeedBron | null }>).map((twijfel) => ({
    ...twijfel,
    bron: twijfel.bron ? toBron(twijfel.bron.document, twijfel.bron.sectie ?? null, twijfel.bron.citaat ?? null) : null,
  }));
}

/**
 * The doubts a steward's new version keeps: those about fields it leaves as they were. A doubt is
 * about a value; a changed value rests on the steward's own bron. `kolommen` maps a doubt's `veld`
 * (the seed's field name) to the column that holds it; a field it does not map keeps its doubt.
 */
export function twijfelsNaWijziging<Row extends { twijfels: string }>(huidig: Row, nieuw: Omit<Row, 'twijfels'>, kolommen: Readonly<Record<string, keyof Row & string>>): string {
  const oud = huidig as Record<string, unknown>;
  const nu = nieuw as Record<string, unknown>;
  const gebleven = (JSON.parse(huidig.twijfels) as Array<{ veld: string }>).filter((twijfel) => {
    const kolom = kolommen[twijfel.veld];
    return kolom === undefined || oud[kolom] === nu[kolom];
  });
  return JSON.stringify(gebleven);
}

/**
 * What is wrong with a seed record's doubts, as messages naming `waar`: a loader refuses a seed
 * whose doubt names a field the record does not have (it would never drop when a steward changes
 * that field) or a kind the `TwijfelSoort` enum does not know (the API could not serve it).
 */
export function seedTwijfelFouten(twijfels: readonly SeedTwijfel[] | undefined, velden: readonly string[], waar: string): string[] {
  return (twijfels ?? []).flatMap((twijfel, index) => {
    const at = `${waar}.twijfels[${index}]`;
    return [
      ...(velden.includes(twijfel.veld) ? [] : [`${at}: veld ${twijfel.veld} is not one of ${velden.join(', ')}`]),
      ...((twijfelSoorten as readonly string[]).includes(twijfel.soort) ? [] : [`${at}: soort ${twijfel.soort} is not one of ${twijfelSoorten.join(', ')}`]),
      ...(typeof twijfel.afleiding === 'string' && twijfel.afleiding.trim() !== '' ? [] : [`${at}: afleiding is empty`]),
    ];
  });
}
