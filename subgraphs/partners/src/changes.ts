import { randomUUID } from 'node:crypto';
import type { Gebruiker } from '../../../lib/auth.js';
import type { BronColumns } from '../../../lib/bron.js';
import { badUserInput } from '../../../lib/errors.js';
import {
  parseDate,
  parseVerantwoording,
  sleutelVan,
  today,
  type BronInvoer,
  type Verantwoording,
  type WijzigingActie,
} from '../../../lib/history.js';
import { overlapt, periodeKlopt, vastleggen, verouderdBericht, bestaatNietBericht, versieVoor } from '../../../lib/directory-changes.js';
import { vereisBeheerder, vereisEnigeBeheerder, type Aanvrager } from '../../../lib/requester.js';
import { nameKey, slug } from '../../../lib/text.js';
import {
  assertAgbCode,
  assertKnownRegio,
  assertEmail,
  assertKnownGemeente,
  assertKvkNummer,
  assertTelefoon,
  assertText,
  assertWebsite,
  optionalText,
} from '../../../lib/validation.js';
import type { PartnerRolRow, PartnerRow, PartnersDb, PartnersTransaction } from './db/database.js';
import { findGelijkendePartners, findPartnersByIds, findRollenByIds, findRollenByPartners } from './db/partner-queries.js';
import { naamKolommen, type PartnerGegevens, type RolGegevens } from './db/seed.js';
import { findHoogsteVolgorde, insertPartnerRolVersies, insertPartnerVersie, insertPartnerVersies } from './db/versie-queries.js';
import { geenTwijfels, twijfelsNaWijziging } from '../../../lib/twijfels.js';
import { partnerTwijfelKolommen, rolTwijfelKolommen } from './twijfels.js';

export type Weigeringscode =
  | 'VERSIE_VEROUDERD'
  | 'BESTAAT_NIET'
  | 'LIJKT_OP_BESTAANDE'
  | 'KVK_AL_IN_GEBRUIK'
  | 'ROL_BESTAAT_AL'
  | 'AL_BEEINDIGD'
  | 'ONGELDIGE_PERIODE'
  | 'SAMENGEVOEGD';

export interface Weigering {
  code: Weigeringscode;
  bericht: string;
}

export type OrganisationResult = { ok: true; partner: PartnerRow; weigering: null; gelijkende: PartnerRow[] } | { ok: false; partner: null; weigering: Weigering; gelijkende: PartnerRow[] };
export type RoleResult = { ok: true; rol: PartnerRolRow; weigering: null } | { ok: false; rol: null; weigering: Weigering };

const weigering = (code: Weigeringscode, bericht: string): Weigering => ({ code, bericht });
const organisatieGeweigerd = (weigering: Weigering, gelijkende: PartnerRow[] = []): OrganisationResult => ({ ok: false, partner: null, weigering, gelijkende });
const rolGeweigerd = (weigering: Weigering): RoleResult => ({ ok: false, rol: null, weigering });

const verouderd = weigering('VERSIE_VEROUDERD', verouderdBericht);
const bestaatNiet = (wat: string) => weigering('BESTAAT_NIET', bestaatNietBericht(wat));

export interface OrganisatieInvoer {
  naam: string;
  soort: string;
  gemeente?: string | null;
  website?: string | null;
  email?: string | null;
  telefoon?: string | null;
  kvkNummer?: string | null;
  agbCode?: string | null;
}

export interface RolInvoer {
  regio: string;
  rol: string;
  toelichting?: string | null;
  vanaf?: string | null;
  tot?: string | null;
}

type Organisatiegegevens = Pick<PartnerGegevens, 'naam' | 'soort' | 'gemeenteCbs' | 'website' | 'email' | 'telefoon' | 'kvkNummer' | 'agbCode'>;

/** An organisation's details as entered, checked; contact details are the organisation's own, not a person's. */
export function parseOrganisatie(invoer: OrganisatieInvoer): Organisatiegegevens {
  const optional = <T>(value: string | null | undefined, check: (value: string) => T): T | null => (value === null || value === undefined || value.trim() === '' ? null : check(value));
  return {
    naam: assertText(invoer.naam, 'naam', 200),
    soort: invoer.soort,
    gemeenteCbs: optional(invoer.gemeente, (code) => assertKnownGemeente(code, 'gemeente')),
    website: optional(invoer.website, (value) => assertWebsite(value)),
    email: optional(invoer.email, (value) => assertEmail(value)),
    telefoon: optional(invoer.telefoon, (value) => assertTelefoon(value)),
    kvkNummer: optional(invoer.kvkNummer, (value) => assertKvkNummer(value)),
    agbCode: optional(invoer.agbCode, (value) => assertAgbCode(value)),
  };
}

/** The organisation a request names; an id merged into another resolves to the one that remains. */
export async function volgSamenvoeging(row: PartnerRow | null, load: (id: string) => Promise<PartnerRow | null>): Promise<PartnerRow | null> {
  let current = row;
  for (let depth = 0; current?.samengevoegdIn && depth < 10; depth++) current = await load(current.samengevoegdIn);
  return current;
}

/** The regions whose facts name an organisation: those of all its roles, ended ones too. */
async function regiosVan(db: PartnersDb, partnerIds: string[]): Promise<string[]> {
  const rollen = await findRollenByPartners(db, partnerIds, null);
  return [...new Set(rollen.map((rol) => rol.regioCode))];
}

/** The id a new organisation gets: its name as a slug, numbered when taken (in the directory, or by `alBezet`). */
export async function vrijId(db: PartnersDb, naam: string, alBezet: ReadonlySet<string> = new Set()): Promise<string> {
  const basis = slug(naam) || 'organisatie';
  const bezet = new Set([...alBezet, ...(await findPartnersByIds(db, [basis, ...Array.from({ length: 20 }, (_, index) => `${basis}-${index + 2}`)])).map((row) => row.id)]);
  for (let index = 1; ; index++) {
    const id = index === 1 ? basis : `${basis}-${index}`;
    if (!bezet.has(id)) return id;
  }
}

function parseRol(invoer: RolInvoer, argumentName: string): Omit<RolGegevens, 'id' | 'partnerId' | 'volgorde' | 'bronDocument' | 'bronSectie' | 'bronCitaat' | 'twijfels'> {
  return {
    regioCode: assertKnownRegio(invoer.regio, `${argumentName}.regio`),
    rol: invoer.rol,
    toelichting: optionalText(invoer.toelichting, `${argumentName}.toelichting`, 500),
    vanaf: parseDate(invoer.vanaf, `${argumentName}.vanaf`),
    tot: parseDate(invoer.tot, `${argumentName}.tot`),
  };
}

export async function maakOrganisatie(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { organisatie: OrganisatieInvoer; rollen: RolInvoer[]; verantwoording: { reden: string; bron: BronInvoer }; bevestigNieuw?: boolean | null },
): Promise<OrganisationResult> {
  const gegevens = parseOrganisatie(args.organisatie);
  const rollen = args.rollen.map((rol, index) => parseRol(rol, `rollen[${index}]`));
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, rollen.map((rol) => rol.regioCode));
  if (rollen.some((rol) => !periodeKlopt(rol.vanaf, rol.tot))) return organisatieGeweigerd(weigering('ONGELDIGE_PERIODE', 'Een rol eindigt voordat ze begint. Controleer de begin- en einddatum.'));
  const gelijkende = await findGelijkendePartners(db, [naamKolommen(gegevens.naam, '').naamsleutel], gegevens.kvkNummer ? [gegevens.kvkNummer] : []);
  const zelfdeKvk = gelijkende.filter((row) => gegevens.kvkNummer !== null && row.kvkNummer === gegevens.kvkNummer);
  if (zelfdeKvk.length > 0) {
    return organisatieGeweigerd(weigering('KVK_AL_IN_GEBRUIK', `KvK-nummer ${gegevens.kvkNummer} hoort al bij ${zelfdeKvk[0]!.naam}. Voeg een rol toe aan die organisatie in plaats van een nieuwe te maken.`), zelfdeKvk);
  }
  if (gelijkende.length > 0 && !args.bevestigNieuw) {
    return organisatieGeweigerd(
      weigering('LIJKT_OP_BESTAANDE', `Deze organisatie lijkt op ${gelijkende.map((row) => row.naam).join(', ')}. Is het een andere organisatie, bevestig dan dat ze nieuw is.`),
      gelijkende,
    );
  }
  const id = await vrijId(db, gegevens.naam);
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNER', sleutel: id, vorige: 0, actie: 'AANGEMAAKT', regioCodes: rollen.map((rol) => rol.regioCode) }, op);
    const partner: PartnerRow = { id, naamInBron: null, samengevoegdIn: null, samengevoegdOp: null, ...gegevens, ...naamKolommen(gegevens.naam, id), ...versie, twijfels: geenTwijfels };
    await insertPartnerVersie(trx, partner);
    const rolVersies: PartnerRolRow[] = [];
    for (const rol of rollen) {
      const rolId = sleutelVan(id, rol.regioCode, rol.rol, randomUUID().slice(0, 8));
      const volgorde = (await findHoogsteVolgorde(trx, rol.regioCode)) + 1 + rolVersies.length;
      const rolVersie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNERROL', sleutel: rolId, vorige: 0, actie: 'AANGEMAAKT', regioCodes: [rol.regioCode] }, op);
      rolVersies.push({ id: rolId, partnerId: id, volgorde, ...rol, ...rolVersie, twijfels: geenTwijfels });
    }
    await insertPartnerRolVersies(trx, rolVersies);
    return partner;
  });
  if (resultaat === 'verouderd') return organisatieGeweigerd(weigering('VERSIE_VEROUDERD', 'Tegelijk werd een organisatie met dezelfde naam toegevoegd. Laad de lijst opnieuw.'));
  return { ok: true, partner: resultaat, weigering: null, gelijkende };
}

export async function wijzigOrganisatie(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; organisatie: OrganisatieInvoer; verantwoording: { reden: string; bron: BronInvoer } },
): Promise<OrganisationResult> {
  const gegevens = parseOrganisatie(args.organisatie);
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findPartnersByIds(db, [args.id]);
  if (!huidig) {
    vereisEnigeBeheerder(aanvrager);
    return organisatieGeweigerd(bestaatNiet(`Organisatie ${args.id}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, await regiosVan(db, [huidig.id]));
  if (huidig.samengevoegdIn) return organisatieGeweigerd(weigering('SAMENGEVOEGD', `Deze organisatie is samengevoegd met ${huidig.samengevoegdIn}; wijzig die.`));
  if (huidig.versie !== args.versie) return organisatieGeweigerd(verouderd);
  if (gegevens.kvkNummer !== null && gegevens.kvkNummer !== huidig.kvkNummer) {
    const ander = (await findGelijkendePartners(db, [], [gegevens.kvkNummer])).find((row) => row.id !== huidig.id);
    if (ander) return organisatieGeweigerd(weigering('KVK_AL_IN_GEBRUIK', `KvK-nummer ${gegevens.kvkNummer} hoort al bij ${ander.naam}. Zijn het dezelfde organisatie, voeg ze dan samen.`), [ander]);
  }
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNER', sleutel: huidig.id, vorige: huidig.versie, actie: 'GEWIJZIGD', regioCodes: await regiosVan(trx, [huidig.id]) }, op);
    const partner: PartnerRow = { ...huidig, ...gegevens, ...naamKolommen(gegevens.naam, huidig.id), ...versie, twijfels: twijfelsNaWijziging(huidig, { ...huidig, ...gegevens }, partnerTwijfelKolommen) };
    await insertPartnerVersie(trx, partner);
    return partner;
  });
  if (resultaat === 'verouderd') return organisatieGeweigerd(verouderd);
  return { ok: true, partner: resultaat, weigering: null, gelijkende: [] };
}

export async function voegRolToe(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { partner: string; rol: RolInvoer; verantwoording: { reden: string; bron: BronInvoer } },
): Promise<RoleResult> {
  const rol = parseRol(args.rol, 'rol');
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const gebruiker = vereisBeheerder(aanvrager, [rol.regioCode]);
  const [partner] = await findPartnersByIds(db, [args.partner]);
  if (!partner) return rolGeweigerd(bestaatNiet(`Organisatie ${args.partner}`));
  if (partner.samengevoegdIn) return rolGeweigerd(weigering('SAMENGEVOEGD', `Deze organisatie is samengevoegd met ${partner.samengevoegdIn}; geef die de rol.`));
  if (!periodeKlopt(rol.vanaf, rol.tot)) return rolGeweigerd(weigering('ONGELDIGE_PERIODE', 'De rol eindigt voordat ze begint. Controleer de begin- en einddatum.'));
  const bestaande = (await findRollenByPartners(db, [partner.id], null)).filter((other) => other.regioCode === rol.regioCode && other.rol === rol.rol && overlapt(other, rol));
  if (bestaande.length > 0) return rolGeweigerd(weigering('ROL_BESTAAT_AL', `${partner.naam} heeft deze rol al in deze regio in die periode. Wijzig die rol in plaats van een tweede toe te voegen.`));
  const id = sleutelVan(partner.id, rol.regioCode, rol.rol, randomUUID().slice(0, 8));
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNERROL', sleutel: id, vorige: 0, actie: 'AANGEMAAKT', regioCodes: [rol.regioCode] }, op);
    const row: PartnerRolRow = { id, partnerId: partner.id, volgorde: (await findHoogsteVolgorde(trx, rol.regioCode)) + 1, ...rol, ...versie, twijfels: geenTwijfels };
    await insertPartnerRolVersies(trx, [row]);
    return row;
  });
  if (resultaat === 'verouderd') return rolGeweigerd(verouderd);
  return { ok: true, rol: resultaat, weigering: null };
}

/** A new version of a role with other details or another period; ending it is the same with a last day. */
export async function wijzigRol(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; rol: { toelichting?: string | null; vanaf?: string | null; tot?: string | null }; verantwoording: { reden: string; bron: BronInvoer } },
  actie: 'GEWIJZIGD' | 'BEEINDIGD' = 'GEWIJZIGD',
): Promise<RoleResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const [huidig] = await findRollenByIds(db, [args.id]);
  if (!huidig) {
    vereisEnigeBeheerder(aanvrager);
    return rolGeweigerd(bestaatNiet(`Rol ${args.id}`));
  }
  const gebruiker = vereisBeheerder(aanvrager, [huidig.regioCode]);
  const wijziging = {
    toelichting: args.rol.toelichting === undefined ? huidig.toelichting : optionalText(args.rol.toelichting, 'rol.toelichting', 500),
    vanaf: args.rol.vanaf === undefined ? huidig.vanaf : parseDate(args.rol.vanaf, 'rol.vanaf'),
    tot: args.rol.tot === undefined ? huidig.tot : parseDate(args.rol.tot, 'rol.tot'),
  };
  if (huidig.versie !== args.versie) return rolGeweigerd(verouderd);
  if (actie === 'BEEINDIGD' && huidig.tot !== null) return rolGeweigerd(weigering('AL_BEEINDIGD', `Deze rol is al beëindigd per ${huidig.tot}. Wil je die datum veranderen, wijzig dan de rol.`));
  if (!periodeKlopt(wijziging.vanaf, wijziging.tot)) return rolGeweigerd(weigering('ONGELDIGE_PERIODE', `De rol begon op ${wijziging.vanaf} en kan niet eerder eindigen. Kies een latere einddatum.`));
  const resultaat = await vastleggen(db, async (trx, op) => {
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNERROL', sleutel: huidig.id, vorige: huidig.versie, actie, regioCodes: [huidig.regioCode] }, op);
    const row: PartnerRolRow = { ...huidig, ...wijziging, ...versie, twijfels: twijfelsNaWijziging(huidig, { ...huidig, ...wijziging }, rolTwijfelKolommen) };
    await insertPartnerRolVersies(trx, [row]);
    return row;
  });
  if (resultaat === 'verouderd') return rolGeweigerd(verouderd);
  return { ok: true, rol: resultaat, weigering: null };
}

export function beeindigRol(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { id: string; versie: number; tot: string; verantwoording: { reden: string; bron: BronInvoer } },
): Promise<RoleResult> {
  parseDate(args.tot, 'tot');
  return wijzigRol(db, aanvrager, { id: args.id, versie: args.versie, rol: { tot: args.tot }, verantwoording: args.verantwoording }, 'BEEINDIGD');
}

/**
 * Merges `vervalt` into `blijft` from a day on: `vervalt` gets a version that says so (its id then
 * resolves to `blijft`), and each of its roles a version that moves it to `blijft`. Both keep
 * their history. It touches the facts of every region either organisation has a role in.
 */
export async function voegOrganisatiesSamen(
  db: PartnersDb,
  aanvrager: Aanvrager,
  args: { blijft: string; blijftVersie: number; vervalt: string; vervaltVersie: number; op?: string | null; verantwoording: { reden: string; bron: BronInvoer } },
): Promise<OrganisationResult> {
  const verantwoording = parseVerantwoording(args.verantwoording.reden, args.verantwoording.bron);
  const per = parseDate(args.op, 'op') ?? today();
  if (args.blijft === args.vervalt) throw badUserInput('blijft and vervalt are the same organisation', 'vervalt');
  const rows = await findPartnersByIds(db, [args.blijft, args.vervalt]);
  const blijft = rows.find((row) => row.id === args.blijft);
  const vervalt = rows.find((row) => row.id === args.vervalt);
  const gebruiker = vereisBeheerder(aanvrager, await regiosVan(db, rows.map((row) => row.id)));
  if (!blijft || !vervalt) return organisatieGeweigerd(bestaatNiet(`Organisatie ${!blijft ? args.blijft : args.vervalt}`));
  if (blijft.samengevoegdIn || vervalt.samengevoegdIn) return organisatieGeweigerd(weigering('SAMENGEVOEGD', 'Een van beide organisaties is al samengevoegd met een andere. Voeg de organisatie samen die overbleef.'));
  if (blijft.versie !== args.blijftVersie || vervalt.versie !== args.vervaltVersie) return organisatieGeweigerd(verouderd);
  const resultaat = await vastleggen(db, async (trx, op) => {
    const regioCodes = await regiosVan(trx, [blijft.id, vervalt.id]);
    const versie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNER', sleutel: vervalt.id, vorige: vervalt.versie, actie: 'SAMENGEVOEGD', regioCodes }, op);
    await insertPartnerVersie(trx, { ...vervalt, samengevoegdIn: blijft.id, samengevoegdOp: per, ...versie });
    const rolVersies: PartnerRolRow[] = [];
    for (const rol of await findRollenByPartners(trx, [vervalt.id], null)) {
      const rolVersie = await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNERROL', sleutel: rol.id, vorige: rol.versie, actie: 'SAMENGEVOEGD', regioCodes: [rol.regioCode] }, op);
      rolVersies.push({ ...rol, partnerId: blijft.id, ...rolVersie, twijfels: twijfelsNaWijziging(rol, { ...rol, partnerId: blijft.id }, rolTwijfelKolommen) });
    }
    await insertPartnerRolVersies(trx, rolVersies);
    return blijft;
  });
  if (resultaat === 'verouderd') return organisatieGeweigerd(verouderd);
  return { ok: true, partner: resultaat, weigering: null, gelijkende: [] };
}

/** New versions of organisations and roles, each with the regions whose facts it touches. */
export interface NieuweVersies {
  partners: Array<{ row: Omit<PartnerGegevens, keyof BronColumns>; vorige: number; actie: WijzigingActie; regioCodes: string[] }>;
  rollen: Array<{ row: Omit<RolGegevens, keyof BronColumns>; vorige: number; actie: WijzigingActie; regioCodes: string[] }>;
}

/** Applies many changes (an import) in one transaction: all of them, or, when one is stale, none. */
export async function vastleggenMetVersies(db: PartnersDb, gebruiker: Gebruiker, verantwoording: Verantwoording, versies: NieuweVersies): Promise<'ok' | 'verouderd'> {
  const resultaat = await vastleggen(db, async (trx, op) => {
    const partners: PartnerRow[] = [];
    for (const { row, vorige, actie, regioCodes } of versies.partners) {
      partners.push({ ...row, ...(await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNER', sleutel: row.id, vorige, actie, regioCodes }, op)) });
    }
    const rollen: PartnerRolRow[] = [];
    for (const { row, vorige, actie, regioCodes } of versies.rollen) {
      rollen.push({ ...row, ...(await versieVoor(trx, gebruiker, verantwoording, { soort: 'PARTNERROL', sleutel: row.id, vorige, actie, regioCodes }, op)) });
    }
    await insertPartnerVersies(trx, partners);
    await insertPartnerRolVersies(trx, rollen);
    return 'ok' as const;
  });
  return resultaat;
}
