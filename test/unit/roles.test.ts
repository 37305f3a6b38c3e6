import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rollen } from '../../lib/auth.js';
import { hubSubgraph } from '../../lib/hub-subgraphs.js';
import { repositoryRoot } from '../../lib/paths.js';

describe('the roles a token can carry', () => {
  // `ik { rollen }` serialises every role of the token through this enum; a role missing from it
  // made `ik` fail for every steward until the enum caught up.
  it('are all values of the graph\'s Rol enum, so `ik` answers for every user', () => {
    const document = parse(readFileSync(join(repositoryRoot, hubSubgraph('woonopties').schema), 'utf8'));
    const rol = document.definitions.find((node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === 'Rol');
    expect(rol?.kind).toBe(Kind.ENUM_TYPE_DEFINITION);
    const values = rol?.kind === Kind.ENUM_TYPE_DEFINITION ? rol.values?.map((value) => value.name.value) : [];
    expect([...values!].sort()).toEqual([...rollen].sort());
  });
});
