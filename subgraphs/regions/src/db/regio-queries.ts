import { geldigOp } from '../../../../lib/directory-changes.js';
import type { LidmaatschapRow, RegioRow, RegionsDb } from './database.js';

export function findAllRegios(db: RegionsDb): Promise<RegioRow[]> {
  return db.selectFrom('regio').selectAll().orderBy('naam').execute();
}

export function findRegiosByCodes(db: RegionsDb, codes: readonly string[]): Promise<RegioRow[]> {
  return db.selectFrom('regio').selectAll().where('code', 'in', codes).execute();
}

/**
 * Memberships ordered by the municipality's name, so lists read alphabetically; those that hold on
 * `peildatum`, or every one in its latest version (ended ones too) when it is null.
 */
export function findLidmaatschappenByRegios(db: RegionsDb, regioCodes: readonly string[], peildatum: string | null): Promise<LidmaatschapRow[]> {
  return db
    .selectFrom('lidmaatschap')
    .innerJoin('gemeente', 'gemeente.cbsCode', 'lidmaatschap.cbsCode')
    .selectAll('lidmaatschap')
    .where('lidmaatschap.regioCode', 'in', regioCodes)
    .$if(peildatum !== null, (query) => query.where(geldigOp('lidmaatschap', peildatum!)))
    .orderBy('gemeente.naam')
    .orderBy('lidmaatschap.id')
    .execute();
}

export function findLidmaatschappenByGemeenten(db: RegionsDb, cbsCodes: readonly string[], peildatum: string | null): Promise<LidmaatschapRow[]> {
  return db
    .selectFrom('lidmaatschap')
    .innerJoin('regio', 'regio.code', 'lidmaatschap.regioCode')
    .selectAll('lidmaatschap')
    .where('lidmaatschap.cbsCode', 'in', cbsCodes)
    .$if(peildatum !== null, (query) => query.where(geldigOp('lidmaatschap', peildatum!)))
    .orderBy('regio.naam')
    .orderBy('lidmaatschap.id')
    .execute();
}

export function findLidmaatschappenByIds(db: RegionsDb, ids: readonly string[]): Promise<LidmaatschapRow[]> {
  return db.selectFrom('lidmaatschap').selectAll().where('id', 'in', ids).execute();
}
