import { vastleggingenVan, type HistoryEntry, type VersieColumns } from '../../../../lib/history.js';
import type { BronColumns } from '../../../../lib/bron.js';
import { toontAuteurs } from '../../../../lib/requester.js';
import type { VoorzieningenContext } from '../context.js';


export function geschiedenisVan<Row extends VersieColumns & BronColumns>(versies: readonly Row[], velden: readonly (keyof Row & string)[], context: VoorzieningenContext): HistoryEntry[] {
  return vastleggingenVan(versies, velden, toontAuteurs(context.aanvrager));
}

