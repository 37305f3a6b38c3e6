import { describe, expect, it } from 'vitest';
import { composeHubSupergraph, hubSubgraphServices } from '../../schema/subgraphs.js';
import { scratchDatabase } from '../../test/harness/database.js';
import { openRegistryDatabase } from './db/database.js';
import { findLatestSupergraphVersion } from './db/supergraph-queries.js';
import { beginMetHubSubgraphs, huidigeSubgraphs, werkHubSubgraphsBij } from './store.js';

const services = hubSubgraphServices().map((service) => ({ naam: service.name, url: service.url, sdl: service.sdl }));

describe('registry store', () => {
  it('publishes the hub\'s own subgraphs anew when the running code has a newer schema, and not otherwise', async () => {
    const scratch = await scratchDatabase('registry');
    const db = await openRegistryDatabase(scratch.location, { statements: 0 });
    const older = services.map((service) =>
      service.naam === 'regions' ? { ...service, sdl: service.sdl.replace(/\n\s*"[^"\n]*"\n\s*bestuursorganen\([^)]*\): \[Bestuursorgaan!\]!?\n/, '\n') } : service,
    );
    expect(older.find((service) => service.naam === 'regions')!.sdl).not.toEqual(services.find((service) => service.naam === 'regions')!.sdl);
    await beginMetHubSubgraphs(db, older, composeHubSupergraph());
    const first = (await findLatestSupergraphVersion(db))!.id;

    const upgrade = await werkHubSubgraphsBij(db, services);
    expect(upgrade?.ok).toBe(true);
    expect((await findLatestSupergraphVersion(db))!.id).toBeGreaterThan(first);
    expect((await huidigeSubgraphs(db)).find((service) => service.naam === 'regions')!.sdl).toEqual(services.find((service) => service.naam === 'regions')!.sdl);

    expect(await werkHubSubgraphsBij(db, services)).toBeNull();
    await db.destroy();
    await scratch.drop();
  });
});
