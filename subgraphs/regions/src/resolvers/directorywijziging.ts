import { doorVanWijziging, regiosVanWijziging } from '../../../../lib/directory-changes.js';
import { loadExisting } from '../../../../lib/loaders.js';
import type { DirectorywijzigingResolvers } from '../__generated__/resolvers-types.js';

export const Directorywijziging: DirectorywijzigingResolvers = {
  regios: (wijziging, _args, { loaders }) => Promise.all(regiosVanWijziging(wijziging).map(({ code }) => loadExisting(loaders.regioByCode, code, 'regio'))),
  door: doorVanWijziging,
};
