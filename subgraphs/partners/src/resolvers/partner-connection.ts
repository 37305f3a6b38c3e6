import { encodeCursor } from '../../../../lib/pagination.js';
import type { PartnerConnectionResolvers } from '../__generated__/resolvers-types.js';
import { countPartners } from '../db/partner-queries.js';

export const PartnerConnection: PartnerConnectionResolvers = {
  edges: (page) => page.rows.map((row) => ({ cursor: encodeCursor(row.sorteersleutel), node: row })),
  nodes: (page) => page.rows,
  pageInfo: (page) => {
    const last = page.rows.at(-1);
    return { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.sorteersleutel) : null };
  },
  // Counted only when asked for: a page without totalCount costs one statement.
  totalCount: (page, _args, { db }) => countPartners(db, page.filter),
};
