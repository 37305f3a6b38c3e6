import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { publicSchemaOf } from '../../lib/public-schema.js';
import { composeHubSupergraph, hubSubgraphServices } from '../../schema/subgraphs.js';
import { scratchDatabase } from '../../test/harness/database.js';
import { actieveAppDocumenten, actieveAppDocumentenTag, appOverzicht, beschermdeAppOperaties, magAppBeheren, parseAppRegistratie, registreerApp, sha256Hex, trekAppIn, valideerAppDocumenten } from './apps.js';
import { openRegistryDatabase, type RegistryDb } from './db/database.js';
import { beginMetHubSubgraphs, werkHubSubgraphsBij } from './store.js';
import type { Uitgever } from './tokens.js';

const services = hubSubgraphServices().map((service) => ({ naam: service.name, url: service.url, sdl: service.sdl }));
const regios = 'query Regios { regios { code naam } }';
const organen = 'query Organen { bestuursorganen { naam } }';
const team: Uitgever = { id: 'team-kaart', subgraphs: [], admin: false, apps: ['regiokaart'] };

describe('an app registration', () => {
  it('takes the client preset\'s persisted documents, with or without "sha256:", and a plain list', () => {
    const preset = parseAppRegistratie({ naam: 'regiokaart', versie: '1.0.0', documenten: { [`sha256:${sha256Hex(regios)}`]: regios, [sha256Hex(organen)]: organen } });
    expect(preset).toEqual({ redenen: [], registratie: { naam: 'regiokaart', versie: '1.0.0', documenten: [{ hash: sha256Hex(regios), document: regios }, { hash: sha256Hex(organen), document: organen }] } });
    const list = parseAppRegistratie({ naam: 'regiokaart', versie: '1.0.0', documenten: [regios, regios] });
    expect(list.registratie.documenten).toEqual([{ hash: sha256Hex(regios), document: regios }]);
  });

  it('lists every problem: names with a ~, an id that is not the text\'s SHA-256, a document that is no string', () => {
    const result = parseAppRegistratie({ naam: 'regio~kaart', versie: '1~0', documenten: { [sha256Hex(organen)]: regios, abc: regios, [sha256Hex('x')]: 42 } });
    const redenen = result.redenen;
    expect(redenen).toHaveLength(5);
    expect(redenen[0]).toMatch(/^naam must be/);
    expect(redenen[1]).toMatch(/^versie must be/);
    expect(redenen[2]).toContain(`the id is not the SHA-256 of the document's text (that is ${sha256Hex(regios)})`);
    expect(redenen[3]).toMatch(/"abc": the id must be the SHA-256/);
    expect(redenen[4]).toMatch(/is not a document/);
    expect(parseAppRegistratie({ naam: 'a', versie: '1', documenten: {} }).redenen).toEqual(['documenten holds no documents']);
  });

  it('names every document that does not parse or validate against the schema', () => {
    const schema = buildSchema(publicSchemaOf(composeHubSupergraph()));
    const redenen = valideerAppDocumenten(schema, [
      { hash: sha256Hex(regios), document: regios },
      { hash: 'a'.repeat(64), document: '{ regios { ' },
      { hash: 'b'.repeat(64), document: 'query Fout { regios { bestaatNiet } regio { code } }' },
    ]);
    expect(redenen).toHaveLength(3);
    expect(redenen[0]).toMatch(/^Document aaaaaaaaaaaa does not parse: Syntax Error/);
    expect(redenen[1]).toMatch(/^Document bbbbbbbbbbbb \(query Fout\) does not validate against the current schema: Cannot query field "bestaatNiet"/);
    expect(redenen[2]).toMatch(/argument "code" of type "ID!" is required/);
  });

  it('only an admin or a token made for the app may register or retire it', () => {
    expect(magAppBeheren(team, 'regiokaart')).toBeNull();
    expect(magAppBeheren({ id: 'beheer', subgraphs: [], admin: true }, 'regiokaart')).toBeNull();
    expect(magAppBeheren(team, 'werkbak')).toMatch(/may register the apps regiokaart, not werkbak/);
    expect(magAppBeheren({ id: 'asten', subgraphs: ['sociale-kaart-asten'], admin: false }, 'regiokaart')).toMatch(/may register no app, not regiokaart; an admin makes one with: npm run subgraph -- token --app regiokaart/);
    expect(magAppBeheren(null, 'regiokaart')).toMatch(/token is required/);
  });

  it('a document that several active versions share is checked once and names each version', () => {
    const operaties = beschermdeAppOperaties([
      { naam: 'regiokaart', versie: '1.0.0', hash: sha256Hex(organen), document: organen },
      { naam: 'regiokaart', versie: '1.1.0', hash: sha256Hex(organen), document: organen },
      { naam: 'regiokaart', versie: '1.1.0', hash: sha256Hex(regios), document: regios },
    ]);
    expect(operaties.map((operatie) => operatie.omschrijving)).toEqual([
      `Document ${sha256Hex(organen).slice(0, 12)} (query Organen) of active app version regiokaart 1.0.0, regiokaart 1.1.0`,
      `Document ${sha256Hex(regios).slice(0, 12)} (query Regios) of active app version regiokaart 1.1.0`,
    ]);
  });
});

describe('app versions in the registry', () => {
  let db: RegistryDb;
  let drop: () => Promise<void>;
  const registreer = (versie: string, documenten: string[]) => {
    return registreerApp(db, parseAppRegistratie({ naam: 'regiokaart', versie, documenten }), team);
  };

  beforeEach(async () => {
    const scratch = await scratchDatabase('registry');
    drop = scratch.drop;
    db = await openRegistryDatabase(scratch.location, { statements: 0 });
    await beginMetHubSubgraphs(db, services, composeHubSupergraph());
  });
  afterEach(async () => {
    await db.destroy();
    await drop();
  });

  it('registers a version once: the same documents again change nothing, other documents are refused', async () => {
    expect(await registreer('1.0.0', [regios, organen])).toEqual({ status: 201, body: { ok: true, redenen: [], nieuw: true, documenten: 2 } });
    expect(await registreer('1.0.0', [organen, regios])).toEqual({ status: 200, body: { ok: true, redenen: [], nieuw: false, documenten: 2 } });
    const other = await registreer('1.0.0', [regios]);
    expect(other.status).toBe(409);
    expect(other.body.redenen[0]).toMatch(/^App version regiokaart 1\.0\.0 is already registered with other documents \(2, registered .* by team-kaart\); an app version never changes/);
    const overzicht = await appOverzicht(db, 30);
    expect(overzicht).toEqual([expect.objectContaining({ naam: 'regiokaart', versie: '1.0.0', status: 'actief', documenten: 2, door: 'team-kaart', ingetrokkenOp: null, laatstGebruikt: null })]);
  });

  it('lists the documents that do not match their id together with those that do not validate, and writes nothing', async () => {
    const result = await registreerApp(db, parseAppRegistratie({ naam: 'regiokaart', versie: '1.0.0', documenten: { [sha256Hex(organen)]: regios, [sha256Hex('{ x }')]: '{ x }' } }), team);
    expect(result.status).toBe(400);
    expect(result.body.redenen).toHaveLength(2);
    expect(result.body.redenen[0]).toMatch(/the id is not the SHA-256/);
    expect(result.body.redenen[1]).toMatch(/\(query \(anonymous\)\) does not validate against the current schema: Cannot query field "x"/);
    expect(await appOverzicht(db, 30)).toEqual([]);
  });

  it('writes nothing when a document does not validate', async () => {
    const result = await registreer('1.0.0', [regios, '{ regios { bestaatNiet } }']);
    expect(result.status).toBe(422);
    expect(result.body.redenen).toHaveLength(1);
    expect(await appOverzicht(db, 30)).toEqual([]);
    expect(await actieveAppDocumenten(db)).toEqual({});
  });

  it('hands the gateways the active versions\' documents as name~version~hash, under a tag that changes with them', async () => {
    const empty = await actieveAppDocumentenTag(db);
    await registreer('1.0.0', [regios]);
    await registreer('1.1.0', [regios, organen]);
    const both = await actieveAppDocumentenTag(db);
    expect(both).not.toBe(empty);
    expect(await actieveAppDocumenten(db)).toEqual({
      [`regiokaart~1.0.0~${sha256Hex(regios)}`]: regios,
      [`regiokaart~1.1.0~${sha256Hex(regios)}`]: regios,
      [`regiokaart~1.1.0~${sha256Hex(organen)}`]: organen,
    });
    expect(await trekAppIn(db, 'regiokaart', '1.0.0', team)).toEqual({ status: 200, body: { ok: true, redenen: [] } });
    expect(await actieveAppDocumentenTag(db)).not.toBe(both);
    expect(Object.keys(await actieveAppDocumenten(db))).toEqual([`regiokaart~1.1.0~${sha256Hex(organen)}`, `regiokaart~1.1.0~${sha256Hex(regios)}`].sort());
    expect((await trekAppIn(db, 'regiokaart', '1.0.0', team)).body.waarschuwingen?.[0]).toMatch(/was already retired .* by team-kaart/);
    expect(await trekAppIn(db, 'regiokaart', '9.9.9', team)).toEqual({ status: 404, body: { ok: false, redenen: ['App version regiokaart 9.9.9 is not registered'] } });
    const again = await registreer('1.0.0', [regios]);
    expect(again.status).toBe(409);
    expect(again.body.redenen[0]).toMatch(/was retired .* by team-kaart; register a new version/);
    expect((await appOverzicht(db, 30)).map((versie) => [versie.versie, versie.status])).toEqual([['1.0.0', 'ingetrokken'], ['1.1.0', 'actief']]);
  });

  it('an active version\'s documents hold the schema back, naming the app version; once retired they do not', async () => {
    const zonderOrganen = services.map((service) =>
      service.naam === 'regions' ? { ...service, sdl: service.sdl.replace(/\n\s*"[^"\n]*"\n\s*bestuursorganen\([^)]*\): \[Bestuursorgaan!\]!?\n/, '\n') } : service,
    );
    await registreer('1.0.0', [regios, organen]);
    const refused = await werkHubSubgraphsBij(db, zonderOrganen);
    expect(refused?.ok).toBe(false);
    expect(refused?.redenen).toEqual([`Document ${sha256Hex(organen).slice(0, 12)} (query Organen) of active app version regiokaart 1.0.0 would break: Cannot query field "bestuursorganen" on type "Query".`]);
    await trekAppIn(db, 'regiokaart', '1.0.0', team);
    expect((await werkHubSubgraphsBij(db, zonderOrganen))?.ok).toBe(true);
  });
});
