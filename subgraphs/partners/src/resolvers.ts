import type { Resolvers } from './__generated__/resolvers-types.js';
import { Directorywijziging } from './resolvers/directorywijziging.js';
import { Directorywijzigingen } from './resolvers/directorywijzigingen.js';
import { ImportUitkomst, Importregel } from './resolvers/import.js';
import { Mutation } from './resolvers/mutation.js';
import { Partner } from './resolvers/partner.js';
import { PartnerConnection } from './resolvers/partner-connection.js';
import { PartnerRolInRegio } from './resolvers/partner-rol-in-regio.js';
import { Query } from './resolvers/query.js';
import { Regio } from './resolvers/regio.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Directorywijziging,
  Directorywijzigingen,
  ImportUitkomst,
  Importregel,
  Partner,
  PartnerRolInRegio,
  PartnerConnection,
  Regio,
};
