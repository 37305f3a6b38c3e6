import { toBron } from '../../../../lib/bron.js';
import type { LidmaatschapResolvers } from '../__generated__/resolvers-types.js';
import { loadExisting } from '../../../../lib/loaders.js';

export const Lidmaatschap: LidmaatschapResolvers = {
  regio: (lid, _args, { loaders }) => loadExisting(loaders.regioByCode, lid.regioCode, 'regio'),
  gemeente: (lid, _args, { loaders }) => loadExisting(loaders.gemeenteByCbsCode, lid.cbsCode, 'gemeente'),
  bron: (lid) => toBron(lid.bronDocument, lid.bronSectie, lid.bronCitaat),
};
