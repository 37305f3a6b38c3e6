import { encodeCursor } from '../../../../lib/pagination.js';
import type { ProductConnectionResolvers } from '../__generated__/resolvers-types.js';
import { countProducten } from '../db/product-queries.js';

export const ProductConnection: ProductConnectionResolvers = {
  edges: (page) => page.rows.map((row) => ({ cursor: encodeCursor(row.code), node: row })),
  nodes: (page) => page.rows,
  pageInfo: (page) => {
    const last = page.rows.at(-1);
    return { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.code) : null };
  },
  // Counted only when asked for: a page without totalCount costs one statement.
  totalCount: (page, _args, { db }) => countProducten(db, page.filter),
};
