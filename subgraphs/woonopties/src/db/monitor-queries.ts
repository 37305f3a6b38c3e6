import { sql } from 'kysely';
import type { WoonoptiesDb } from './database.js';

/**
 * The monitor's figures, a fixed handful of statements whatever the volume: counts are grouped in
 * SQL, and only the housed people of the period come back one row each (without any id), for the
 * median and p90 that SQLite cannot compute. Periods are [vanaf, totVoor) on ISO text, which
 * compares in time order for dates and UTC timestamps alike, on SQLite and PostgreSQL.
 */
export interface MaandAantal {
  maand: string;
  aantal: number;
}

export interface MaandUitkomstAantal extends MaandAantal {
  uitkomst: string;
}

export interface Gehuisveste {
  aangemeldOp: string;
  gehuisvestOp: string;
  herkomst: string;
  gemeenteCbs: string;
}

export const uitkomsten = ['GEHUISVEST', 'AFGEWEZEN_DOOR_PERSOON', 'AFGEWEZEN_DOOR_AANBIEDER', 'INGETROKKEN'] as const;

export async function countWachtendeWoonvragenInRegio(db: WoonoptiesDb, regioCode: string): Promise<number> {
  const { aantal } = await db
    .selectFrom('woonvraag')
    .select((eb) => eb.fn.countAll<number>().as('aantal'))
    .where('regioCode', '=', regioCode)
    .where('status', '=', 'WACHTEND')
    .executeTakeFirstOrThrow();
  return Number(aantal);
}

/** Published and available, as the public Matchingsstatistiek counts them. */
export async function countBeschikbareWoningenInRegio(db: WoonoptiesDb, regioCode: string): Promise<number> {
  const { aantal } = await db
    .selectFrom('woning')
    .select((eb) => eb.fn.countAll<number>().as('aantal'))
    .where('regioCode', '=', regioCode)
    .where('status', '=', 'BESCHIKBAAR')
    .where('gepubliceerd', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(aantal);
}

export async function countAangemeldPerMaand(db: WoonoptiesDb, regioCode: string, vanaf: string, totVoor: string): Promise<MaandAantal[]> {
  // The month literally in the SQL (not as parameters), so PostgreSQL sees the same expression in SELECT and GROUP BY.
  const maand = sql<string>`substr(${sql.ref('aangemeldOp')}, 1, 7)`;
  const rows = await db
    .selectFrom('woonvraag')
    .select((eb) => [maand.as('maand'), eb.fn.countAll<number>().as('aantal')])
    .where('regioCode', '=', regioCode)
    .where('aangemeldOp', '>=', vanaf)
    .where('aangemeldOp', '<', totVoor)
    .groupBy(maand)
    .execute();
  return rows.map((row) => ({ maand: row.maand, aantal: Number(row.aantal) }));
}

/** Referrals that reached an outcome, by the month of that step: every outcome is final, so each referral counts once. */
export async function countUitkomstenPerMaand(db: WoonoptiesDb, regioCode: string, vanaf: string, totVoor: string): Promise<MaandUitkomstAantal[]> {
  const maand = sql<string>`substr(${sql.ref('verwijzingStap.op')}, 1, 7)`;
  const rows = await db
    .selectFrom('verwijzingStap')
    .innerJoin('verwijzing', 'verwijzing.id', 'verwijzingStap.verwijzingId')
    .innerJoin('woonvraag', 'woonvraag.id', 'verwijzing.woonvraagId')
    .select((eb) => [maand.as('maand'), 'verwijzingStap.naar as uitkomst', eb.fn.countAll<number>().as('aantal')])
    .where('woonvraag.regioCode', '=', regioCode)
    .where('verwijzingStap.naar', 'in', [...uitkomsten])
    .where('verwijzingStap.op', '>=', vanaf)
    .where('verwijzingStap.op', '<', totVoor)
    .groupBy([maand, 'verwijzingStap.naar'])
    .execute();
  return rows.map((row) => ({ maand: row.maand, uitkomst: row.uitkomst, aantal: Number(row.aantal) }));
}

/** One row per person housed in the period: dates, origin and the municipality of the home, nothing that identifies them. */
export function findGehuisvestenInPeriode(db: WoonoptiesDb, regioCode: string, vanaf: string, totVoor: string): Promise<Gehuisveste[]> {
  return db
    .selectFrom('verwijzingStap')
    .innerJoin('verwijzing', 'verwijzing.id', 'verwijzingStap.verwijzingId')
    .innerJoin('woonvraag', 'woonvraag.id', 'verwijzing.woonvraagId')
    .innerJoin('woning', 'woning.id', 'verwijzing.woningId')
    .select(['woonvraag.aangemeldOp', 'verwijzingStap.op as gehuisvestOp', 'woonvraag.herkomst', 'woning.gemeenteCbs'])
    .where('woonvraag.regioCode', '=', regioCode)
    .where('verwijzingStap.naar', '=', 'GEHUISVEST')
    .where('verwijzingStap.op', '>=', vanaf)
    .where('verwijzingStap.op', '<', totVoor)
    .execute();
}
