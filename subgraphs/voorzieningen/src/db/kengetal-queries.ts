import type { KengetalRow, VoorzieningenDb } from './database.js';

export interface KengetalFilter {
  regioCode: string | null;
  onderwerp: string | null;
  jaar: number | null;
}

export function findKengetallen(db: VoorzieningenDb, filter: KengetalFilter): Promise<KengetalRow[]> {
  let query = db.selectFrom('kengetal').selectAll();
  if (filter.regioCode !== null) query = query.where('regioCode', '=', filter.regioCode);
  if (filter.onderwerp !== null) query = query.where('onderwerp', '=', filter.onderwerp);
  if (filter.jaar !== null) query = query.where('jaar', '=', filter.jaar);
  return query.orderBy('regioCode').orderBy('volgorde').execute();
}

export function findKengetallenByRegios(db: VoorzieningenDb, regioCodes: readonly string[]): Promise<KengetalRow[]> {
  return db.selectFrom('kengetal').selectAll().where('regioCode', 'in', regioCodes).orderBy('volgorde').execute();
}
