import type { Resolvers } from './__generated__/resolvers-types.js';
import { Mutation } from './resolvers/mutation.js';
import {
  Gebruiker,
  Matchingspunt,
  Toegangsregel,
  Verwijzing,
  Verwijzingsstap,
  Woning,
  WoningConnection,
  Woonvraag,
  WoonvraagConnection,
} from './resolvers/object-types.js';
import { Query } from './resolvers/query.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Gebruiker,
  Matchingspunt,
  Woning,
  WoningConnection,
  Woonvraag,
  WoonvraagConnection,
  Verwijzing,
  Verwijzingsstap,
  Toegangsregel,
};
