import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { postToRegistry } from '../harness/registry-client.js';
import { startRegiomonitor, type RunningRegiomonitor } from '../harness/regiomonitor.js';
import { runScript } from '../harness/scripts.js';

let hub: RunningHub;
let monitor: RunningRegiomonitor;
let monitorUrl: string;
let regionToken: string;
let adminToken: string;
const sdl = readFileSync(join(repositoryRoot, 'examples', 'regiomonitor', 'schema.graphql'), 'utf8');
const reden = 'Staat voortaan in de beleidsdocumenten van de regio';
/** The region's next schema: `doelen` deprecated, `accountgesprekkenPerJaar` (which no client uses) gone. */
const nextSdl = sdl
  .replace('doelen: [String!]!', `doelen: [String!]! @deprecated(reason: "${reden}")`)
  .replace(/\n\s*"[^"\n]*"\n\s*accountgesprekkenPerJaar: Int\n/, '\n');

interface Changelog {
  versie: number;
  vorige: number | null;
  oorzaak: string;
  door: string;
  op: string;
  wijzigingen: Array<{ soort: string; coordinaat: string; beschrijving: string }>;
  samenvatting: { brekend: number; riskant: number; veilig: number };
}

const getJson = async (path: string) => {
  const response = await fetch(`${hub.registryUrl}${path}`);
  return { status: response.status, body: (await response.json()) as any };
};
const changelog = async (path: string) => (await getJson(path)).body as Changelog;
const subgraphCli = (...args: string[]) => runScript('scripts/subgraph.ts', [...args, '--registry', hub.registryUrl!], { REGISTRY_URL: undefined, REGISTRY_TOKEN: undefined });

beforeAll(async () => {
  hub = await startHub({ withRegistry: true });
  monitor = await startRegiomonitor();
  ({ url: monitorUrl, regionToken, adminToken } = monitor);
});
afterAll(async () => {
  await monitor?.stop();
  await hub?.stop();
});

const added = [
  { soort: 'veilig', coordinaat: 'Query._regiomonitorVersie', beschrijving: 'Veld Query._regiomonitorVersie is toegevoegd' },
  { soort: 'veilig', coordinaat: 'Regio.monitor', beschrijving: 'Veld Regio.monitor is toegevoegd' },
  { soort: 'veilig', coordinaat: 'Regiomonitor', beschrijving: 'Type Regiomonitor is toegevoegd' },
];
const deprecatedAndRemoved = [
  { soort: 'brekend', coordinaat: 'Regiomonitor.accountgesprekkenPerJaar', beschrijving: 'Veld Regiomonitor.accountgesprekkenPerJaar is verwijderd' },
  { soort: 'veilig', coordinaat: 'Regiomonitor.doelen', beschrijving: `Veld Regiomonitor.doelen is verouderd: ${reden}` },
];

describe('the changelog of each supergraph version', () => {
  let eerste: number;
  let voor: number;
  let metMonitor: number;
  let verouderd: number;

  it('has no changes for the first version, which has nothing before it', async () => {
    const versions = (await getJson('/supergraphs')).body as Array<{ versie: number }>;
    eerste = versions[0]!.versie;
    voor = versions.at(-1)!.versie;
    expect(await changelog(`/supergraphs/${eerste}/changelog`)).toMatchObject({ versie: eerste, vorige: null, oorzaak: 'hub start', door: 'hub', wijzigingen: [], samenvatting: { brekend: 0, riskant: 0, veilig: 0 } });
  });

  it('a publish that adds a type and fields answers with its changelog, all safe, and the registry serves the same', async () => {
    const result = await postToRegistry(hub.registryUrl!, '/publish', { naam: 'regiomonitor', url: monitorUrl, sdl }, regionToken);
    expect(result.body).toMatchObject({ ok: true, redenen: [], vorige: voor, wijzigingen: added, samenvatting: { brekend: 0, riskant: 0, veilig: 3 } });
    metMonitor = result.body.versie!;
    const served = await changelog(`/supergraphs/${metMonitor}/changelog`);
    expect(served).toEqual({ versie: metMonitor, vorige: voor, oorzaak: 'publish', door: 'noord-en-midden-limburg', op: expect.any(String), wijzigingen: added, samenvatting: { brekend: 0, riskant: 0, veilig: 3 } });
  });

  it('a forced publish that deprecates a field and removes an unused one: the command-line client prints its changelog, breaking first', async () => {
    const schemaFile = join(hub.dataDir, 'regiomonitor-next.graphql');
    writeFileSync(schemaFile, nextSdl);
    const publish = await subgraphCli('publish', '--name', 'regiomonitor', '--url', monitorUrl, '--schema', schemaFile, '--force', '--token', adminToken);
    expect(publish.code, publish.output).toBe(0);
    verouderd = Number(/supergraph version (\d+)/.exec(publish.output)![1]);
    expect(publish.output).toContain(
      [
        `Supergraphversie ${verouderd}, vergeleken met versie ${metMonitor}:`,
        'Brekend (een bestaande query kan falen): 1',
        '  - Veld Regiomonitor.accountgesprekkenPerJaar is verwijderd',
        'Veilig: 1',
        `  - Veld Regiomonitor.doelen is verouderd: ${reden}`,
      ].join('\n'),
    );
    expect(await changelog(`/supergraphs/${verouderd}/changelog`)).toEqual({
      versie: verouderd,
      vorige: metMonitor,
      oorzaak: 'publish (forced)',
      door: 'beheer',
      op: expect.any(String),
      wijzigingen: deprecatedAndRemoved,
      samenvatting: { brekend: 1, riskant: 0, veilig: 1 },
    });
  });

  it('compares with any version given as ?tegen=, in either direction', async () => {
    const sinceStart = await changelog(`/supergraphs/${verouderd}/changelog?tegen=${voor}`);
    expect(sinceStart).toMatchObject({ versie: verouderd, vorige: voor, wijzigingen: added, samenvatting: { brekend: 0, riskant: 0, veilig: 3 } });
    const backwards = await changelog(`/supergraphs/${voor}/changelog?tegen=${verouderd}`);
    expect(backwards.wijzigingen).toEqual([
      { soort: 'brekend', coordinaat: 'Query._regiomonitorVersie', beschrijving: 'Veld Query._regiomonitorVersie is verwijderd' },
      { soort: 'brekend', coordinaat: 'Regio.monitor', beschrijving: 'Veld Regio.monitor is verwijderd' },
      { soort: 'brekend', coordinaat: 'Regiomonitor', beschrijving: 'Type Regiomonitor is verwijderd' },
    ]);
  });

  it('a rollback is a version whose changelog undoes what it rolls back', async () => {
    const result = await postToRegistry(hub.registryUrl!, '/rollback', { versie: metMonitor }, adminToken);
    expect(result.body.ok).toBe(true);
    const rollback = result.body.versie!;
    expect(await changelog(`/supergraphs/${rollback}/changelog`)).toMatchObject({
      versie: rollback,
      vorige: verouderd,
      oorzaak: `rollback to version ${metMonitor}`,
      wijzigingen: [
        { soort: 'veilig', coordinaat: 'Regiomonitor.accountgesprekkenPerJaar', beschrijving: 'Veld Regiomonitor.accountgesprekkenPerJaar is toegevoegd' },
        { soort: 'veilig', coordinaat: 'Regiomonitor.doelen', beschrijving: 'Veld Regiomonitor.doelen is niet meer verouderd' },
      ],
    });
    const versions = (await getJson('/supergraphs?samenvatting=1')).body as Array<{ versie: number; samenvatting: unknown }>;
    expect(versions.slice(-3).map(({ versie, samenvatting }) => [versie, samenvatting])).toEqual([
      [metMonitor, { brekend: 0, riskant: 0, veilig: 3 }],
      [verouderd, { brekend: 1, riskant: 0, veilig: 1 }],
      [rollback, { brekend: 0, riskant: 0, veilig: 2 }],
    ]);
    expect(((await getJson('/supergraphs')).body as object[]).every((entry) => !('samenvatting' in entry))).toBe(true);
  });

  it('the command-line client prints the live version\'s changelog by default, and any version against any other', async () => {
    const live = await subgraphCli('changelog');
    expect(live.code, live.output).toBe(0);
    expect(live.output).toMatch(/vergeleken met versie \d+:\nVeilig: 2\n {2}- Veld Regiomonitor\.accountgesprekkenPerJaar is toegevoegd\n {2}- Veld Regiomonitor\.doelen is niet meer verouderd\n/);
    const chosen = await subgraphCli('changelog', '--versie', String(verouderd), '--tegen', String(voor));
    expect(chosen.code, chosen.output).toBe(0);
    expect(chosen.output).toContain(
      [
        `vergeleken met versie ${voor}:`,
        'Veilig: 3',
        '  - Veld Query._regiomonitorVersie is toegevoegd',
        '  - Veld Regio.monitor is toegevoegd',
        '  - Type Regiomonitor is toegevoegd',
      ].join('\n'),
    );
    const versions = await subgraphCli('versions');
    expect(versions.code, versions.output).toBe(0);
    expect(versions.output).toMatch(new RegExp(`${verouderd}\\s.*publish \\(forced\\).*beheer.*\\s1\\s.*\\s0\\s.*\\s1\\s`));
    const first = await subgraphCli('changelog', '--versie', String(eerste));
    expect(first.output).toContain(`Supergraphversie ${eerste} (hub start door hub,`);
    expect(first.output).toContain('is de eerste: er is geen vorige versie om mee te vergelijken.');
  });

  it('answers 404 for a version that does not exist, and 400 for a ?tegen= that is not a version number', async () => {
    const unknown = await getJson('/supergraphs/99999/changelog');
    expect(unknown).toEqual({ status: 404, body: { ok: false, redenen: ['Supergraph version 99999 does not exist; GET /supergraphs lists the versions'] } });
    expect((await getJson('/supergraphs/laatste/changelog')).status).toBe(404);
    expect(await getJson(`/supergraphs/${verouderd}/changelog?tegen=99999`)).toEqual({ status: 404, body: { ok: false, redenen: ['Supergraph version 99999 (tegen) does not exist; GET /supergraphs lists the versions'] } });
    expect((await getJson(`/supergraphs/${verouderd}/changelog?tegen=twee`)).status).toBe(400);
    const cli = await subgraphCli('changelog', '--versie', '99999');
    expect(cli.code).toBe(1);
    expect(cli.output).toContain('Supergraph version 99999 does not exist');
  });
});
