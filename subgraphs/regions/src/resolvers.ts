import type { Resolvers } from './__generated__/resolvers-types.js';
import { Afspraak } from './resolvers/afspraak.js';
import { Beleidsdocument } from './resolvers/beleidsdocument.js';
import { Bestuursorgaan } from './resolvers/bestuursorgaan.js';
import { Bronafwijking } from './resolvers/bronafwijking.js';
import { Directorywijziging } from './resolvers/directorywijziging.js';
import { Directorywijzigingen } from './resolvers/directorywijzigingen.js';
import { Gemeente } from './resolvers/gemeente.js';
import { Lidmaatschap } from './resolvers/lidmaatschap.js';
import { Mutation } from './resolvers/mutation.js';
import { Orgaanlid } from './resolvers/orgaanlid.js';
import { Query } from './resolvers/query.js';
import { Regio } from './resolvers/regio.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Directorywijziging,
  Directorywijzigingen,
  Regio,
  Gemeente,
  Lidmaatschap,
  Beleidsdocument,
  Afspraak,
  Bronafwijking,
  Bestuursorgaan,
  Orgaanlid,
};
