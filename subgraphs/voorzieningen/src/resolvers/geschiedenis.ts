import { parseDate, today, vastleggingenVan, type HistoryEntry, type VersieColumns } from '../../../../lib/history.js';
import type { BronColumns } from '../../../../lib/bron.js';
import { gebruikerVan, heeftRol } from '../../../../lib/requester.js';
import type { VoorzieningenContext } from '../context.js';

/** Who recorded a version is a person: stewards see it, everyone else sees on whose behalf. */
function toontAuteurs({ aanvrager }: VoorzieningenContext): boolean {
  if (aanvrager.tokenFout) return false;
  const gebruiker = gebruikerVan(aanvrager);
  return heeftRol(gebruiker, 'REGIOBEHEERDER') || heeftRol(gebruiker, 'HUBBEHEERDER');
}

export function geschiedenisVan<Row extends VersieColumns & BronColumns>(versies: readonly Row[], velden: readonly (keyof Row & string)[], context: VoorzieningenContext): HistoryEntry[] {
  return vastleggingenVan(versies, velden, toontAuteurs(context));
}

/** The day a list is read as of: the one asked for, or today. */
export function peildatumVan(peildatum: string | null | undefined): string {
  return parseDate(peildatum, 'peildatum') ?? today();
}
