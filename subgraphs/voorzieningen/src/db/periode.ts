import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * A record holds on a day when its period contains that day: both ends inclusive, a null end open.
 * Dates are stored as YYYY-MM-DD text, so comparing the text compares the days.
 */
export function geldigOp(table: 'product' | 'subsidie', peildatum: string): Expression<SqlBool> {
  const vanaf = sql.ref(`${table}.vanaf`);
  const tot = sql.ref(`${table}.tot`);
  return sql<SqlBool>`((${vanaf} is null or ${vanaf} <= ${peildatum}) and (${tot} is null or ${tot} >= ${peildatum}))`;
}
