import { toBron } from '../../../../lib/bron.js';
import { parseDate, peildatumVan } from '../../../../lib/history.js';
import { loadExisting } from '../../../../lib/loaders.js';
import type { RegioResolvers } from '../__generated__/resolvers-types.js';
import { toTwijfels } from '../../../../lib/twijfels.js';

export const Regio: RegioResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.regioByCode.load(reference.code),
  async gemeenten(regio, { status, peildatum }, { loaders }) {
    const leden = await loaders.lidmaatschappenByRegio(peildatumVan(peildatum)).load(regio.code);
    const selected = status ? leden.filter((lid) => lid.status === status) : leden;
    return Promise.all(selected.map((lid) => loadExisting(loaders.gemeenteByCbsCode, lid.cbsCode, 'gemeente')));
  },
  lidmaatschappen: (regio, { peildatum }, { loaders }) => loaders.lidmaatschappenByRegio(peildatumVan(peildatum)).load(regio.code),
  centrumgemeente: (regio, _args, { loaders }) =>
    regio.centrumgemeenteCbs ? loaders.gemeenteByCbsCode.load(regio.centrumgemeenteCbs) : null,
  budgethouder: (regio, _args, { loaders }) => (regio.budgethouderCbs ? loaders.gemeenteByCbsCode.load(regio.budgethouderCbs) : null),
  // Documents whose period has passed stay listed unless a day is asked for: an ended covenant is still part of the record.
  async beleidsdocumenten(regio, { soort, peildatum }, { loaders }) {
    const documenten = await loaders.beleidsdocumentenByRegio(parseDate(peildatum, 'peildatum')).load(regio.code);
    return soort ? documenten.filter((document) => document.soort === soort) : documenten;
  },
  async bestuursorganen(regio, { soort, peildatum }, { loaders }) {
    const organen = await loaders.bestuursorganenByRegio(peildatumVan(peildatum)).load(regio.code);
    return soort ? organen.filter((orgaan) => orgaan.soort === soort) : organen;
  },
  bron: (regio) => toBron(regio.bronDocument, regio.bronSectie, regio.bronCitaat),
  twijfels: (regio) => toTwijfels(regio.twijfels),
};
