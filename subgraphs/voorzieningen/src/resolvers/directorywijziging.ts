import type { DirectorywijzigingResolvers } from '../__generated__/resolvers-types.js';

export const Directorywijziging: DirectorywijzigingResolvers = {
  regios: (wijziging) => wijziging.regioCodes.split('|').filter(Boolean).map((code) => ({ code })),
};
