import { toBron } from '../../../../lib/bron.js';
import { loadExisting } from '../../../../lib/loaders.js';
import type { RegioResolvers } from '../__generated__/resolvers-types.js';

export const Regio: RegioResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.regioByCode.load(reference.code),
  async gemeenten(regio, { status }, { loaders }) {
    const leden = await loaders.lidmaatschappenByRegio.load(regio.code);
    const selected = status ? leden.filter((lid) => lid.status === status) : leden;
    return Promise.all(selected.map((lid) => loadExisting(loaders.gemeenteByCbsCode, lid.cbsCode, 'gemeente')));
  },
  lidmaatschappen: (regio, _args, { loaders }) => loaders.lidmaatschappenByRegio.load(regio.code),
  centrumgemeente: (regio, _args, { loaders }) =>
    regio.centrumgemeenteCbs ? loaders.gemeenteByCbsCode.load(regio.centrumgemeenteCbs) : null,
  budgethouder: (regio, _args, { loaders }) => (regio.budgethouderCbs ? loaders.gemeenteByCbsCode.load(regio.budgethouderCbs) : null),
  async beleidsdocumenten(regio, { soort }, { loaders }) {
    const documenten = await loaders.beleidsdocumentenByRegio.load(regio.code);
    return soort ? documenten.filter((document) => document.soort === soort) : documenten;
  },
  async bestuursorganen(regio, { soort }, { loaders }) {
    const organen = await loaders.bestuursorganenByRegio.load(regio.code);
    return soort ? organen.filter((orgaan) => orgaan.soort === soort) : organen;
  },
  bron: (regio) => toBron(regio.bronDocument, regio.bronSectie, regio.bronCitaat),
};
