import type { SubsidieBedragRow, SubsidieRow, SubsidietotaalRow, VoorzieningenDb } from './database.js';
import { geldigOp } from '../../../../lib/directory-changes.js';

export interface SubsidieFilter {
  regioCode: string | null;
  ontvangerId: string | null;
  doel: string | null;
  soort: string | null;
  /** The day the list is read as of (YYYY-MM-DD): the subsidies granted then. */
  peildatum: string;
}

export function findSubsidies(db: VoorzieningenDb, filter: SubsidieFilter): Promise<SubsidieRow[]> {
  let query = db.selectFrom('subsidie').selectAll().where(geldigOp('subsidie', filter.peildatum));
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.ontvangerId !== null) query = query.where('ontvangerId', '=', filter.ontvangerId);
  if (filter.doel !== null) query = query.where('doel', '=', filter.doel);
  if (filter.soort !== null) query = query.where('soort', '=', filter.soort);
  return query.orderBy('regioCode').orderBy('volgorde').execute();
}

/** Subsidies by id in their latest version, ended ones too. */
export function findSubsidiesByIds(db: VoorzieningenDb, ids: readonly string[]): Promise<SubsidieRow[]> {
  return db.selectFrom('subsidie').selectAll().where('id', 'in', ids).execute();
}

export function findSubsidiesByRegios(db: VoorzieningenDb, regioCodes: readonly string[], peildatum: string): Promise<SubsidieRow[]> {
  return db.selectFrom('subsidie').selectAll().where('regioCode', 'in', regioCodes).where(geldigOp('subsidie', peildatum)).orderBy('volgorde').execute();
}

export function findSubsidiesByOntvangers(db: VoorzieningenDb, partnerIds: readonly string[], peildatum: string): Promise<SubsidieRow[]> {
  return db
    .selectFrom('subsidie')
    .selectAll()
    .where('ontvangerId', 'in', partnerIds)
    .where(geldigOp('subsidie', peildatum))
    .orderBy('regioCode')
    .orderBy('volgorde')
    .execute();
}

export function findBedragenBySubsidies(db: VoorzieningenDb, subsidieIds: readonly string[]): Promise<SubsidieBedragRow[]> {
  return db.selectFrom('subsidieBedrag').selectAll().where('subsidieId', 'in', subsidieIds).orderBy('volgorde').execute();
}

export function findBedragenByIds(db: VoorzieningenDb, ids: readonly string[]): Promise<SubsidieBedragRow[]> {
  return db.selectFrom('subsidieBedrag').selectAll().where('id', 'in', ids).execute();
}

export function findSubsidietotalenByRegios(db: VoorzieningenDb, regioCodes: readonly string[]): Promise<SubsidietotaalRow[]> {
  return db.selectFrom('subsidietotaal').selectAll().where('regioCode', 'in', regioCodes).orderBy('id').execute();
}

/** Sums per region over the subsidies granted on a day, in exact integer cents; a region without subsidies gets zeros. */
export interface SubsidieSom {
  regioCode: string;
  jaarlijksCenten: bigint;
  incidenteelCenten: bigint;
  aantalSubsidies: number;
  aantalZonderBedrag: number;
}

// SQLite returns sums as numbers and PostgreSQL as strings; both become bigint here.
const toCents = (value: unknown): bigint => BigInt(value === null || value === undefined ? 0 : String(value));

export async function sumSubsidiesByRegios(db: VoorzieningenDb, regioCodes: readonly string[], peildatum: string): Promise<SubsidieSom[]> {
  const [perSubsidie, perBedrag] = await Promise.all([
    db
      .selectFrom('subsidie')
      .select((eb) => [
        'regioCode',
        eb.fn.sum<number>('bedragPerJaarCenten').as('jaarbedragen'),
        eb.fn.countAll<number>().as('aantal'),
        eb.fn.count<number>('bedragPerJaarCenten').as('metBedrag'),
      ])
      .where('regioCode', 'in', regioCodes)
      .where(geldigOp('subsidie', peildatum))
      .groupBy('regioCode')
      .execute(),
    db
      .selectFrom('subsidieBedrag')
      .innerJoin('subsidie', 'subsidie.id', 'subsidieBedrag.subsidieId')
      .select((eb) => ['subsidie.regioCode', 'subsidieBedrag.soort', eb.fn.sum<number>('subsidieBedrag.bedragCenten').as('som')])
      .where('subsidie.regioCode', 'in', regioCodes)
      .where(geldigOp('subsidie', peildatum))
      .groupBy(['subsidie.regioCode', 'subsidieBedrag.soort'])
      .execute(),
  ]);
  return regioCodes.map((regioCode) => {
    const subsidies = perSubsidie.find((row) => row.regioCode === regioCode);
    const bedragen = (soort: string) => toCents(perBedrag.find((row) => row.regioCode === regioCode && row.soort === soort)?.som);
    return {
      regioCode,
      jaarlijksCenten: toCents(subsidies?.jaarbedragen) + bedragen('JAARLIJKS'),
      incidenteelCenten: bedragen('INCIDENTEEL'),
      aantalSubsidies: Number(subsidies?.aantal ?? 0),
      aantalZonderBedrag: Number(subsidies?.aantal ?? 0) - Number(subsidies?.metBedrag ?? 0),
    };
  });
}
