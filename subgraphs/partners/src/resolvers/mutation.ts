import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { importeerPartners } from '../import.js';
import { beeindigRol, maakOrganisatie, voegOrganisatiesSamen, voegRolToe, wijzigOrganisatie, wijzigRol } from '../changes.js';

/** Each change checks its steward and its version itself (changes.ts); refusals are typed results. */
export const Mutation: MutationResolvers = {
  maakOrganisatie: (_parent, args, { db, aanvrager }) => maakOrganisatie(db, aanvrager, args),
  wijzigOrganisatie: (_parent, args, { db, aanvrager }) => wijzigOrganisatie(db, aanvrager, args),
  voegRolToe: (_parent, args, { db, aanvrager }) => voegRolToe(db, aanvrager, args),
  wijzigRol: (_parent, args, { db, aanvrager }) => wijzigRol(db, aanvrager, args),
  beeindigRol: (_parent, args, { db, aanvrager }) => beeindigRol(db, aanvrager, args),
  voegOrganisatiesSamen: (_parent, args, { db, aanvrager }) => voegOrganisatiesSamen(db, aanvrager, args),
  importeerPartners: (_parent, args, { db, aanvrager }) => importeerPartners(db, aanvrager, args),
};
