import type { Kysely } from 'kysely';
import { createLatestVersionView } from '../../../../../lib/history.js';

// Frozen in time: later changes get a new migration, never an edit here.
//
// Regions, memberships, documents, agreements and governance bodies carry their doubts
// (lib/twijfels.ts) as JSON text, like the partners and voorzieningen records. Existing rows get
// `[]`: nothing was doubted before, and the seed adds the doubts as new versions. The views of the
// latest versions are made again, because PostgreSQL fixes a view's `*` to the columns it had
// when the view was created.
const versieTabellen = [
  ['lidmaatschap', 'lidmaatschap_versie'],
  ['beleidsdocument', 'beleidsdocument_versie'],
  ['afspraak', 'afspraak_versie'],
  ['bestuursorgaan', 'bestuursorgaan_versie'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [view] of versieTabellen) await db.schema.dropView(view).execute();
  for (const table of ['regio', ...versieTabellen.map(([, table]) => table)]) {
    await db.schema
      .alterTable(table)
      .addColumn('twijfels', 'text', (col) => col.notNull().defaultTo('[]'))
      .execute();
  }
  for (const [view, table] of versieTabellen) await createLatestVersionView(db, view, table, ['id']);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [view] of versieTabellen) await db.schema.dropView(view).execute();
  for (const table of ['regio', ...versieTabellen.map(([, table]) => table)]) await db.schema.alterTable(table).dropColumn('twijfels').execute();
  for (const [view, table] of versieTabellen) await createLatestVersionView(db, view, table, ['id']);
}
