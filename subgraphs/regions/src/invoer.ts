import { badUserInput } from '../../../lib/errors.js';
import { parseDate, type BronInvoer } from '../../../lib/history.js';
import { assertAantal, assertKnownGemeente, assertPartnerId, assertText, gewijzigd, optionalCenten, optionalText } from '../../../lib/validation.js';
import type { AfspraakGegevens, BeleidsdocumentGegevens, BestuursorgaanGegevens, LidmaatschapGegevens, OrgaanLidGegevens } from './db/seed.js';

/*
 * A steward's input, checked and turned into a record's facts. Malformed values are BAD_USER_INPUT
 * naming the argument; whether the facts fit the directory (periods, duplicates) is for changes.ts.
 * In an edit, a field left out keeps its value, as does null for one a record cannot lack; an
 * optional field given as null or empty is cleared.
 */

export interface VerantwoordingInvoer {
  reden: string;
  bron: BronInvoer;
}

export interface LidmaatschapInvoer {
  gemeente: string;
  status: string;
  domein?: string | null;
  vanaf?: string | null;
  tot?: string | null;
  toelichting?: string | null;
}

export interface LidmaatschapWijzigingInvoer {
  status?: string | null;
  domein?: string | null;
  vanaf?: string | null;
  tot?: string | null;
  toelichting?: string | null;
}

export interface BeleidsdocumentInvoer {
  soort: string;
  titel: string;
  status?: string | null;
  geldigVan?: string | null;
  geldigTot?: string | null;
}

export interface BeleidsdocumentWijzigingInvoer {
  soort?: string | null;
  titel?: string | null;
  status?: string | null;
  geldigVan?: string | null;
  geldigTot?: string | null;
}

export interface AfspraakInvoer {
  soort: string;
  omschrijving: string;
  gemeente?: string | null;
  percentage?: string | null;
  bedragInCenten?: string | null;
  aantal?: number | null;
  eenheid?: string | null;
  datum?: string | null;
}

export interface BestuursorgaanInvoer {
  naam: string;
  soort: string;
  beleidsdocument?: string | null;
  voorzitter?: string | null;
  vergaderfrequentie?: string | null;
  minimaalPerJaar?: number | null;
  taken?: string[] | null;
  vanaf?: string | null;
  tot?: string | null;
}

export interface OrgaanlidInvoer {
  partner: string;
  toelichting?: string | null;
  vanaf?: string | null;
  tot?: string | null;
}

export interface OrgaanlidWijzigingInvoer {
  toelichting?: string | null;
  vanaf?: string | null;
  tot?: string | null;
}

const domeinPattern = /^[A-Z][A-Z0-9]{1,9}$/;

/** A domain belongs to a membership for one domain only, and such a membership needs one. */
function parseDomein(status: string, domein: string | null | undefined, argumentName: string): string | null {
  const value = domein?.trim() || null;
  if (status !== 'DEELNEMER_VOOR_DOMEIN') {
    if (value !== null) throw badUserInput(`${argumentName} goes only with status DEELNEMER_VOOR_DOMEIN`, argumentName);
    return null;
  }
  if (value === null) throw badUserInput(`${argumentName} is required with status DEELNEMER_VOOR_DOMEIN: the domain, such as BW or MO`, argumentName);
  if (!domeinPattern.test(value)) throw badUserInput(`${argumentName} must be a short code in capitals, such as BW or MO, got "${value}"`, argumentName);
  return value;
}

function parsePeriode(invoer: { vanaf?: string | null; tot?: string | null }, argumentName: string, names: [string, string] = ['vanaf', 'tot']): { vanaf: string | null; tot: string | null } {
  return { vanaf: parseDate(invoer.vanaf, `${argumentName}.${names[0]}`), tot: parseDate(invoer.tot, `${argumentName}.${names[1]}`) };
}

export function parseLidmaatschap(invoer: LidmaatschapInvoer, argumentName = 'lidmaatschap'): Pick<LidmaatschapGegevens, 'cbsCode' | 'status' | 'domein' | 'vanaf' | 'tot' | 'toelichting'> {
  return {
    cbsCode: assertKnownGemeente(invoer.gemeente, `${argumentName}.gemeente`),
    status: invoer.status,
    domein: parseDomein(invoer.status, invoer.domein, `${argumentName}.domein`),
    ...parsePeriode(invoer, argumentName),
    toelichting: optionalText(invoer.toelichting, `${argumentName}.toelichting`, 500),
  };
}

/** Leaving a domain-only status drops its domain, unless the steward names one (which is then refused). */
export function parseLidmaatschapWijziging(huidig: LidmaatschapGegevens, invoer: LidmaatschapWijzigingInvoer, argumentName = 'lidmaatschap'): Pick<LidmaatschapGegevens, 'status' | 'domein' | 'vanaf' | 'tot' | 'toelichting'> {
  const status = invoer.status ?? huidig.status;
  const domein = invoer.domein !== undefined ? invoer.domein : status === huidig.status ? huidig.domein : null;
  return {
    status,
    domein: parseDomein(status, domein, `${argumentName}.domein`),
    vanaf: gewijzigd(invoer.vanaf, huidig.vanaf, (value) => parseDate(value, `${argumentName}.vanaf`)),
    tot: gewijzigd(invoer.tot, huidig.tot, (value) => parseDate(value, `${argumentName}.tot`)),
    toelichting: gewijzigd(invoer.toelichting, huidig.toelichting, (value) => optionalText(value, `${argumentName}.toelichting`, 500)),
  };
}

export function parseBeleidsdocument(invoer: BeleidsdocumentInvoer, argumentName = 'document'): Pick<BeleidsdocumentGegevens, 'soort' | 'titel' | 'status' | 'geldigVan' | 'geldigTot'> {
  const periode = parsePeriode({ vanaf: invoer.geldigVan, tot: invoer.geldigTot }, argumentName, ['geldigVan', 'geldigTot']);
  return { soort: invoer.soort, titel: assertText(invoer.titel, `${argumentName}.titel`, 300), status: invoer.status ?? null, geldigVan: periode.vanaf, geldigTot: periode.tot };
}

export function parseBeleidsdocumentWijziging(
  huidig: BeleidsdocumentGegevens,
  invoer: BeleidsdocumentWijzigingInvoer,
  argumentName = 'document',
): Pick<BeleidsdocumentGegevens, 'soort' | 'titel' | 'status' | 'geldigVan' | 'geldigTot'> {
  return {
    soort: invoer.soort ?? huidig.soort,
    titel: invoer.titel === undefined || invoer.titel === null ? huidig.titel : assertText(invoer.titel, `${argumentName}.titel`, 300),
    status: invoer.status === undefined ? huidig.status : invoer.status,
    geldigVan: gewijzigd(invoer.geldigVan, huidig.geldigVan, (value) => parseDate(value, `${argumentName}.geldigVan`)),
    geldigTot: gewijzigd(invoer.geldigTot, huidig.geldigTot, (value) => parseDate(value, `${argumentName}.geldigTot`)),
  };
}

const percentagePattern = /^\d{1,3}(?:\.\d{1,4})?$/;

export function parseAfspraak(invoer: AfspraakInvoer, argumentName = 'afspraak'): Pick<AfspraakGegevens, 'soort' | 'omschrijving' | 'gemeenteCbs' | 'percentage' | 'bedragCenten' | 'aantal' | 'eenheid' | 'datum'> {
  const percentage = invoer.percentage?.trim() || null;
  if (percentage !== null && !percentagePattern.test(percentage)) throw badUserInput(`${argumentName}.percentage must be a decimal number as text, such as "85" or "12.5", got "${percentage}"`, `${argumentName}.percentage`);
  return {
    soort: invoer.soort,
    omschrijving: assertText(invoer.omschrijving, `${argumentName}.omschrijving`, 1_000),
    gemeenteCbs: invoer.gemeente ? assertKnownGemeente(invoer.gemeente, `${argumentName}.gemeente`) : null,
    percentage,
    bedragCenten: optionalCenten(invoer.bedragInCenten, `${argumentName}.bedragInCenten`),
    aantal: invoer.aantal === null || invoer.aantal === undefined ? null : assertAantal(invoer.aantal, `${argumentName}.aantal`),
    eenheid: invoer.eenheid ?? null,
    datum: parseDate(invoer.datum, `${argumentName}.datum`),
  };
}

export function parseBestuursorgaan(
  invoer: BestuursorgaanInvoer,
  argumentName = 'orgaan',
): Pick<BestuursorgaanGegevens, 'naam' | 'soort' | 'documentId' | 'voorzitter' | 'vergaderfrequentie' | 'minimaalPerJaar' | 'taken' | 'vanaf' | 'tot'> {
  if (invoer.minimaalPerJaar !== null && invoer.minimaalPerJaar !== undefined && (invoer.minimaalPerJaar < 0 || invoer.minimaalPerJaar > 366)) {
    throw badUserInput(`${argumentName}.minimaalPerJaar must be 0 to 366`, `${argumentName}.minimaalPerJaar`);
  }
  const taken = invoer.taken ?? [];
  if (taken.length > 50) throw badUserInput(`${argumentName}.taken may list at most 50 tasks`, `${argumentName}.taken`);
  return {
    naam: assertText(invoer.naam, `${argumentName}.naam`, 200),
    soort: invoer.soort,
    documentId: invoer.beleidsdocument?.trim() || null,
    voorzitter: optionalText(invoer.voorzitter, `${argumentName}.voorzitter`, 300),
    vergaderfrequentie: optionalText(invoer.vergaderfrequentie, `${argumentName}.vergaderfrequentie`, 300),
    minimaalPerJaar: invoer.minimaalPerJaar ?? null,
    taken: JSON.stringify(taken.map((taak, index) => assertText(taak, `${argumentName}.taken[${index}]`, 500))),
    ...parsePeriode(invoer, argumentName),
  };
}

export function parseOrgaanlid(invoer: OrgaanlidInvoer, argumentName = 'lid'): Pick<OrgaanLidGegevens, 'partnerId' | 'toelichting' | 'vanaf' | 'tot'> {
  // The partners subgraph owns organisations; here an id can only be checked for its form.
  return { partnerId: assertPartnerId(invoer.partner, `${argumentName}.partner`), toelichting: optionalText(invoer.toelichting, `${argumentName}.toelichting`, 500), ...parsePeriode(invoer, argumentName) };
}

export function parseOrgaanlidWijziging(huidig: OrgaanLidGegevens, invoer: OrgaanlidWijzigingInvoer, argumentName = 'lid'): Pick<OrgaanLidGegevens, 'toelichting' | 'vanaf' | 'tot'> {
  return {
    toelichting: gewijzigd(invoer.toelichting, huidig.toelichting, (value) => optionalText(value, `${argumentName}.toelichting`, 500)),
    vanaf: gewijzigd(invoer.vanaf, huidig.vanaf, (value) => parseDate(value, `${argumentName}.vanaf`)),
    tot: gewijzigd(invoer.tot, huidig.tot, (value) => parseDate(value, `${argumentName}.tot`)),
  };
}
