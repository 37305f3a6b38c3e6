import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { trekKengetalIn, voegKengetalToe, wijzigKengetal } from '../changes/kengetal.js';
import { beeindigProduct, voegProductToe, wijzigProduct } from '../changes/product.js';
import { importeerProducten } from '../import.js';
import { beeindigSubsidie, maakSubsidie, wijzigSubsidie, zetSubsidiebedrag } from '../changes/subsidie.js';

/** Each change checks its steward and its version itself (changes/); refusals are typed results. */
export const Mutation: MutationResolvers = {
  voegProductToe: (_parent, args, { db, aanvrager }) => voegProductToe(db, aanvrager, args),
  wijzigProduct: (_parent, args, { db, aanvrager }) => wijzigProduct(db, aanvrager, args),
  beeindigProduct: (_parent, args, { db, aanvrager }) => beeindigProduct(db, aanvrager, args),
  maakSubsidie: (_parent, args, { db, aanvrager }) => maakSubsidie(db, aanvrager, args),
  wijzigSubsidie: (_parent, args, { db, aanvrager }) => wijzigSubsidie(db, aanvrager, args),
  zetSubsidiebedrag: (_parent, args, { db, aanvrager }) => zetSubsidiebedrag(db, aanvrager, args),
  beeindigSubsidie: (_parent, args, { db, aanvrager }) => beeindigSubsidie(db, aanvrager, args),
  voegKengetalToe: (_parent, args, { db, aanvrager }) => voegKengetalToe(db, aanvrager, args),
  wijzigKengetal: (_parent, args, { db, aanvrager }) => wijzigKengetal(db, aanvrager, args),
  trekKengetalIn: (_parent, args, { db, aanvrager }) => trekKengetalIn(db, aanvrager, args),
  importeerProducten: (_parent, args, { db, aanvrager }) => importeerProducten(db, aanvrager, args),
};
