import { forbidden, type Gebruiker } from '../../../lib/auth.js';
import { heeftRol, vereisGebruiker, type Aanvrager } from '../../../lib/requester.js';
import type { WoningRow, WoonvraagRow } from './db/database.js';
import type { WoningZicht } from './db/woning-queries.js';
import type { WoonvraagZicht } from './db/woonvraag-queries.js';

export function isTransferpuntVan(gebruiker: Gebruiker | null, regioCode: string): boolean {
  return heeftRol(gebruiker, 'TRANSFERPUNT') && gebruiker?.regio === regioCode;
}

export function vereisTransferpuntVan(aanvrager: Aanvrager, regioCode: string): Gebruiker {
  const gebruiker = vereisGebruiker(aanvrager);
  if (!isTransferpuntVan(gebruiker, regioCode)) {
    throw forbidden(`Only Transferpunt staff of region ${regioCode} may do this`);
  }
  return gebruiker;
}

/** A person's demand: Transferpunt staff of its region, and the organisation that registered it. */
export function magWoonvraagZien(gebruiker: Gebruiker | null, vraag: WoonvraagRow): boolean {
  return isTransferpuntVan(gebruiker, vraag.regioCode) || (heeftRol(gebruiker, 'ZORGAANBIEDER') && gebruiker?.organisatie === vraag.aangemeldDoor);
}

export function woonvraagZicht(gebruiker: Gebruiker | null): WoonvraagZicht {
  return {
    regio: heeftRol(gebruiker, 'TRANSFERPUNT') ? (gebruiker?.regio ?? null) : null,
    aangemeldDoor: heeftRol(gebruiker, 'ZORGAANBIEDER') ? (gebruiker?.organisatie ?? null) : null,
  };
}

export function isAanbiederVan(gebruiker: Gebruiker | null, woning: WoningRow): boolean {
  return (heeftRol(gebruiker, 'WONINGCORPORATIE') || heeftRol(gebruiker, 'ZORGAANBIEDER')) && gebruiker?.organisatie === woning.aanbiederId;
}

/** Published, available supply is public; the rest only for its provider and the region's Transferpunt. */
export function magWoningZien(gebruiker: Gebruiker | null, woning: WoningRow): boolean {
  return (woning.gepubliceerd === 1 && woning.status === 'BESCHIKBAAR') || isAanbiederVan(gebruiker, woning) || isTransferpuntVan(gebruiker, woning.regioCode);
}

export function woningZicht(gebruiker: Gebruiker | null): WoningZicht {
  return {
    alleVanRegio: heeftRol(gebruiker, 'TRANSFERPUNT') ? (gebruiker?.regio ?? null) : null,
    eigenAanbieder: heeftRol(gebruiker, 'WONINGCORPORATIE') || heeftRol(gebruiker, 'ZORGAANBIEDER') ? (gebruiker?.organisatie ?? null) : null,
  };
}
