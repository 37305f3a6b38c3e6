import type { Resolvers } from './__generated__/resolvers-types.js';
import { AanvullendBedrag } from './resolvers/aanvullend-bedrag.js';
import { Directorywijziging } from './resolvers/directorywijziging.js';
import { Directorywijzigingen } from './resolvers/directorywijzigingen.js';
import { Productimportregel, ProductimportUitkomst } from './resolvers/import.js';
import { Kengetal } from './resolvers/kengetal.js';
import { Mutation } from './resolvers/mutation.js';
import { Partner } from './resolvers/partner.js';
import { Product } from './resolvers/product.js';
import { ProductConnection } from './resolvers/product-connection.js';
import { Productcategorie } from './resolvers/productcategorie.js';
import { Query } from './resolvers/query.js';
import { Regio } from './resolvers/regio.js';
import { Subsidie } from './resolvers/subsidie.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Directorywijziging,
  Directorywijzigingen,
  Productcategorie,
  Product,
  ProductConnection,
  Subsidie,
  AanvullendBedrag,
  Kengetal,
  ProductimportUitkomst,
  Productimportregel,
  Regio,
  Partner,
};
