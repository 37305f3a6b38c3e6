import { doorVanWijziging, regiosVanWijziging } from '../../../../lib/directory-changes.js';
import type { DirectorywijzigingResolvers } from '../__generated__/resolvers-types.js';

export const Directorywijziging: DirectorywijzigingResolvers = {
  regios: regiosVanWijziging,
  door: doorVanWijziging,
};
