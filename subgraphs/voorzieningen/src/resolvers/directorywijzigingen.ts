import { wijzigingenpagina } from '../../../../lib/directory-changes.js';
import { decodeDirectoryCursor } from '../../../../lib/history.js';
import type { DirectorywijzigingenResolvers } from '../__generated__/resolvers-types.js';

/** This subgraph's part of the directory's feed: its own changes after its position in the cursor. */
export const Directorywijzigingen: DirectorywijzigingenResolvers = {
  __resolveReference: (reference) => ({ na: reference.na }),
  voorzieningen: (pagina, _args, { db }) => wijzigingenpagina(db, decodeDirectoryCursor(pagina.na).voorzieningen, 100, { regioCode: null }),
};
