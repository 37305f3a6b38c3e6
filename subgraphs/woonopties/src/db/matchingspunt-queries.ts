import type { MatchingspuntRow, WoonoptiesDb } from './database.js';

export function findMatchingspunten(db: WoonoptiesDb, filter: { regioCode: string | null }): Promise<MatchingspuntRow[]> {
  let query = db.selectFrom('matchingspunt').selectAll();
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  return query.orderBy('naam').execute();
}

export function findMatchingspuntenByIds(db: WoonoptiesDb, ids: readonly string[]): Promise<MatchingspuntRow[]> {
  return db.selectFrom('matchingspunt').selectAll().where('id', 'in', ids).execute();
}

export function findGemeentenByMatchingspunten(db: WoonoptiesDb, ids: readonly string[]) {
  return db.selectFrom('matchingspuntGemeente').selectAll().where('matchingspuntId', 'in', ids).orderBy('cbsCode').execute();
}

export interface Statistiek {
  matchingspuntId: string;
  wachtendeWoonvragen: number;
  beschikbareWoningen: number;
  lopendeVerwijzingen: number;
  gehuisvest: number;
}

/** Counts only: safe to show to anyone, since no row about a person leaves the database. */
export async function countStatistiekByMatchingspunten(db: WoonoptiesDb, ids: readonly string[]): Promise<Statistiek[]> {
  const [vragen, woningen, verwijzingen] = await Promise.all([
    db
      .selectFrom('woonvraag')
      .select((eb) => ['matchingspuntId', 'status', eb.fn.countAll<number>().as('aantal')])
      .where('matchingspuntId', 'in', ids)
      .groupBy(['matchingspuntId', 'status'])
      .execute(),
    db
      .selectFrom('woning')
      .select((eb) => ['matchingspuntId', eb.fn.countAll<number>().as('aantal')])
      .where('matchingspuntId', 'in', ids)
      .where('status', '=', 'BESCHIKBAAR')
      .where('gepubliceerd', '=', 1)
      .groupBy('matchingspuntId')
      .execute(),
    db
      .selectFrom('verwijzing')
      .innerJoin('woning', 'woning.id', 'verwijzing.woningId')
      .select((eb) => ['woning.matchingspuntId', eb.fn.countAll<number>().as('aantal')])
      .where('woning.matchingspuntId', 'in', ids)
      .where('verwijzing.status', 'in', ['VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD'])
      .groupBy('woning.matchingspuntId')
      .execute(),
  ]);
  return ids.map((id) => ({
    matchingspuntId: id,
    wachtendeWoonvragen: Number(vragen.find((row) => row.matchingspuntId === id && row.status === 'WACHTEND')?.aantal ?? 0),
    gehuisvest: Number(vragen.find((row) => row.matchingspuntId === id && row.status === 'GEHUISVEST')?.aantal ?? 0),
    beschikbareWoningen: Number(woningen.find((row) => row.matchingspuntId === id)?.aantal ?? 0),
    lopendeVerwijzingen: Number(verwijzingen.find((row) => row.matchingspuntId === id)?.aantal ?? 0),
  }));
}
