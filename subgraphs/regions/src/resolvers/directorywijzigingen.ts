import { wijzigingenpagina, type ChangeFeedPage } from '../../../../lib/directory-changes.js';
import { decodeDirectoryCursor, decodeWijzigingCursor, encodeDirectoryCursor } from '../../../../lib/history.js';
import type { DirectorywijzigingenResolvers } from '../__generated__/resolvers-types.js';
import type { RegionsContext } from '../context.js';

const perPagina = 100;

/** This subgraph's part of a page, read once per request however many fields ask for it. */
const eigenDelen = new WeakMap<RegionsContext, Map<string, Promise<ChangeFeedPage>>>();

function eigenDeel(na: string, context: RegionsContext): Promise<ChangeFeedPage> {
  let delen = eigenDelen.get(context);
  if (!delen) eigenDelen.set(context, (delen = new Map()));
  let deel = delen.get(na);
  if (!deel) delen.set(na, (deel = wijzigingenpagina(context.db, decodeDirectoryCursor(na).regions, perPagina, { regioCode: null })));
  return deel;
}

/**
 * The directory's feed: each owning subgraph answers its own part from its position in the cursor
 * (partners and voorzieningen resolve the same entity), and this one joins the positions again.
 */
export const Directorywijzigingen: DirectorywijzigingenResolvers = {
  __resolveReference: (reference) => reference,
  regios: (pagina, _args, context) => eigenDeel(pagina.na, context),
  async cursor(pagina, _args, context) {
    const eigen = await eigenDeel(pagina.na, context);
    return encodeDirectoryCursor({
      regions: decodeWijzigingCursor(eigen.cursor),
      partners: decodeWijzigingCursor(pagina.partners!.cursor),
      voorzieningen: decodeWijzigingCursor(pagina.voorzieningen!.cursor),
    });
  },
  async heeftMeer(pagina, _args, context) {
    return (await eigenDeel(pagina.na, context)).heeftMeer || pagina.partners!.heeftMeer || pagina.voorzieningen!.heeftMeer;
  },
};
