import { bestaatNietBericht, gelukt as genericGelukt, geweigerd as genericGeweigerd, verouderdBericht, type Outcome as GenericOutcome, type Weigering as GenericWeigering } from '../../../../lib/directory-changes.js';
import type { KengetalRow, ProductRow, SubsidieBedragRow, SubsidieRow } from '../db/database.js';

export type Weigeringscode = 'VERSIE_VEROUDERD' | 'BESTAAT_NIET' | 'BESTAAT_AL' | 'AL_BEEINDIGD' | 'ONGELDIGE_PERIODE';

export type Weigering = GenericWeigering<Weigeringscode>;
type Outcome<Field extends string, Row> = GenericOutcome<Field, Row, Weigeringscode>;

export type ProductResult = Outcome<'product', ProductRow>;
export type SubsidieResult = Outcome<'subsidie', SubsidieRow>;
export type BedragResult = Outcome<'bedrag', SubsidieBedragRow>;
export type KengetalResult = Outcome<'kengetal', KengetalRow>;

export function gelukt<Field extends string, Row>(field: Field, row: Row): Outcome<Field, Row> {
  return genericGelukt(field, row);
}

export function geweigerd<Field extends string, Row>(field: Field, weigering: Weigering): Outcome<Field, Row> {
  return genericGeweigerd<Field, Row, Weigeringscode>(field, weigering);
}

export const weigering = (code: Weigeringscode, bericht: string): Weigering => ({ code, bericht });

export const verouderd = weigering('VERSIE_VEROUDERD', verouderdBericht);

export const bestaatNiet = (wat: string) => weigering('BESTAAT_NIET', bestaatNietBericht(wat));
