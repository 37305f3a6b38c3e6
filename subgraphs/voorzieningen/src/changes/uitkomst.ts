import type { KengetalRow, ProductRow, SubsidieBedragRow, SubsidieRow } from '../db/database.js';

export type Weigeringscode = 'VERSIE_VEROUDERD' | 'BESTAAT_NIET' | 'BESTAAT_AL' | 'AL_BEEINDIGD' | 'ONGELDIGE_PERIODE';

/** A business refusal: nothing changed, and `bericht` tells the steward in plain Dutch what to do. */
export interface Weigering {
  code: Weigeringscode;
  bericht: string;
}

/** A change's typed result: the record as it now is, or the refusal. */
export type Outcome<Field extends string, Row> = ({ ok: true; weigering: null } & { [K in Field]: Row }) | ({ ok: false; weigering: Weigering } & { [K in Field]: null });

export type ProductResult = Outcome<'product', ProductRow>;
export type SubsidieResult = Outcome<'subsidie', SubsidieRow>;
export type BedragResult = Outcome<'bedrag', SubsidieBedragRow>;
export type KengetalResult = Outcome<'kengetal', KengetalRow>;

export function gelukt<Field extends string, Row>(field: Field, row: Row): Outcome<Field, Row> {
  return { ok: true, weigering: null, [field]: row } as Outcome<Field, Row>;
}

export function geweigerd<Field extends string, Row>(field: Field, weigering: Weigering): Outcome<Field, Row> {
  return { ok: false, weigering, [field]: null } as Outcome<Field, Row>;
}

export const weigering = (code: Weigeringscode, bericht: string): Weigering => ({ code, bericht });

export const verouderd = weigering('VERSIE_VEROUDERD', 'Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw, bekijk de wijziging en probeer het dan nog eens.');

export const bestaatNiet = (wat: string) => weigering('BESTAAT_NIET', `${wat} bestaat niet (meer) in de directory.`);
