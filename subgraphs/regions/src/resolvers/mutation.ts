import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import {
  beeindigBestuursorgaan,
  beeindigLidmaatschap,
  beeindigOrgaanlid,
  maakBeleidsdocument,
  maakBestuursorgaan,
  trekAfspraakIn,
  voegAfspraakToe,
  voegLidmaatschapToe,
  voegOrgaanlidToe,
  wijzigAfspraak,
  wijzigBeleidsdocument,
  wijzigBestuursorgaan,
  wijzigLidmaatschap,
  wijzigOrgaanlid,
} from '../changes.js';

/** Each change checks its steward and its version itself (changes.ts); refusals are typed results. */
export const Mutation: MutationResolvers = {
  voegLidmaatschapToe: (_parent, args, { db, aanvrager }) => voegLidmaatschapToe(db, aanvrager, args),
  wijzigLidmaatschap: (_parent, args, { db, aanvrager }) => wijzigLidmaatschap(db, aanvrager, args),
  beeindigLidmaatschap: (_parent, args, { db, aanvrager }) => beeindigLidmaatschap(db, aanvrager, args),
  maakBeleidsdocument: (_parent, args, { db, aanvrager }) => maakBeleidsdocument(db, aanvrager, args),
  wijzigBeleidsdocument: (_parent, args, { db, aanvrager }) => wijzigBeleidsdocument(db, aanvrager, args),
  voegAfspraakToe: (_parent, args, { db, aanvrager }) => voegAfspraakToe(db, aanvrager, args),
  wijzigAfspraak: (_parent, args, { db, aanvrager }) => wijzigAfspraak(db, aanvrager, args),
  trekAfspraakIn: (_parent, args, { db, aanvrager }) => trekAfspraakIn(db, aanvrager, args),
  maakBestuursorgaan: (_parent, args, { db, aanvrager }) => maakBestuursorgaan(db, aanvrager, args),
  wijzigBestuursorgaan: (_parent, args, { db, aanvrager }) => wijzigBestuursorgaan(db, aanvrager, args),
  beeindigBestuursorgaan: (_parent, args, { db, aanvrager }) => beeindigBestuursorgaan(db, aanvrager, args),
  voegOrgaanlidToe: (_parent, args, { db, aanvrager }) => voegOrgaanlidToe(db, aanvrager, args),
  wijzigOrgaanlid: (_parent, args, { db, aanvrager }) => wijzigOrgaanlid(db, aanvrager, args),
  beeindigOrgaanlid: (_parent, args, { db, aanvrager }) => beeindigOrgaanlid(db, aanvrager, args),
};
