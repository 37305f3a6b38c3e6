import { toBron } from '../../../../lib/bron.js';
import { toGeldbedrag } from '../../../../lib/money.js';
import { assertProductcategorieCode } from '../../../../lib/validation.js';
import type { RegioResolvers } from '../__generated__/resolvers-types.js';
import { peildatumVan } from '../../../../lib/history.js';

export const Regio: RegioResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  async producten(regio, { categorie, situationeel, peildatum }, { loaders }) {
    const producten = await loaders.productenByRegio(peildatumVan(peildatum)).load(regio.code);
    const categorieCode = categorie ? assertProductcategorieCode(categorie) : null;
    return producten.filter(
      (product) =>
        (categorieCode === null || product.categorieCode === categorieCode) &&
        (situationeel === null || situationeel === undefined || (product.situationeel === 1) === situationeel),
    );
  },
  async subsidies(regio, { doel, soort, peildatum }, { loaders }) {
    const subsidies = await loaders.subsidiesByRegio(peildatumVan(peildatum)).load(regio.code);
    return subsidies.filter((subsidie) => (!doel || subsidie.doel === doel) && (!soort || subsidie.soort === soort));
  },
  async subsidietotalen(regio, { peildatum }, { loaders }) {
    const [som, vermeld] = await Promise.all([
      loaders.subsidieSomByRegio(peildatumVan(peildatum)).load(regio.code),
      loaders.subsidietotalenByRegio.load(regio.code),
    ]);
    const berekend = som.jaarlijksCenten + som.incidenteelCenten;
    return {
      jaarlijks: toGeldbedrag(som.jaarlijksCenten)!,
      incidenteel: toGeldbedrag(som.incidenteelCenten)!,
      berekend: toGeldbedrag(berekend)!,
      aantalSubsidies: som.aantalSubsidies,
      aantalZonderBedrag: som.aantalZonderBedrag,
      vermeld: vermeld.map((totaal) => {
        const verschil = BigInt(totaal.bedragCenten) - berekend;
        return {
          omschrijving: totaal.omschrijving,
          omvat: totaal.omvat,
          bedrag: toGeldbedrag(totaal.bedragCenten)!,
          berekend: toGeldbedrag(berekend)!,
          verschil: toGeldbedrag(verschil)!,
          klopt: verschil === 0n,
          bron: toBron(totaal.bronDocument, totaal.bronSectie, totaal.bronCitaat),
        };
      }),
    };
  },
  async kengetallen(regio, { onderwerp, jaar }, { loaders }) {
    const kengetallen = await loaders.kengetallenByRegio.load(regio.code);
    return kengetallen.filter(
      (kengetal) => (!onderwerp || kengetal.onderwerp === onderwerp) && (jaar === null || jaar === undefined || kengetal.jaar === jaar),
    );
  },
};
