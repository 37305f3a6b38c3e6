// What every part of the werkbak says the same way: names of the graph's values in plain Dutch,
// a home as people recognise it, and the buttons for a referral's next steps per role.
import { datum, el, euro, gql, toonMelding, toonStatus, vraagReden } from '../gedeeld/hub.js';

export const herkomstNamen = {
  MAATSCHAPPELIJKE_OPVANG: 'maatschappelijke opvang',
  BESCHERMD_WONEN: 'beschermd wonen',
  BESCHERMD_THUIS: 'beschermd thuis',
  VROUWENOPVANG: 'vrouwenopvang',
  OVERIG: 'overig',
};

export const soortNamen = {
  ZELFSTANDIGE_WONING: 'zelfstandige woning',
  KAMER: 'kamer',
  TRAJECTBED: 'trajectbed',
  MAATWERKWONING: 'maatwerkwoning',
  SKAEVE_HUSE: 'skaeve huse',
  BW_PLEK: 'BW-plek',
  OVERIG: 'overig',
};

export const ondersteuningNamen = { GEEN: 'geen', LICHT: 'licht', MIDDEL: 'middel', INTENSIEF: 'intensief' };

export const woningStatusNamen = { BESCHIKBAAR: 'beschikbaar', AANGEBODEN: 'aangeboden', VERHUURD: 'verhuurd', INGETROKKEN: 'ingetrokken' };

/**
 * A home as the people who arrange a viewing know it: its address where they may see it, else its
 * wijk (published supply shows the wijk only); never the hub's internal id.
 */
export function woningNaam(woning) {
  const plaats = woning.gemeente ? woning.gemeente.naam : '';
  if (woning.adres) return `${woning.adres.straat} ${woning.adres.huisnummer}, ${woning.adres.postcode} ${woning.adres.plaats || plaats}`.trim();
  return `${woning.wijk}${plaats ? `, ${plaats}` : ''}`;
}

/**
 * The steps the workflow allows from each status, and who takes them: the region's Transferpunt
 * any; the home's provider offers, declines on its own behalf and marks housed; the care provider
 * that registered the person accepts, declines or withdraws on the person's behalf. The hub decides
 * and says why when it refuses; the page only leaves out the buttons a role may not use.
 */
const stappen = {
  VOORGESTELD: [
    { naar: 'AANGEBODEN', label: 'Aanbieden', rollen: ['TRANSFERPUNT', 'AANBIEDER'] },
    { naar: 'AFGEWEZEN_DOOR_AANBIEDER', label: 'Afwijzen (aanbieder)', reden: true, rollen: ['TRANSFERPUNT', 'AANBIEDER'] },
    { naar: 'INGETROKKEN', label: 'Intrekken', reden: true, rollen: ['TRANSFERPUNT', 'CLIENT'] },
  ],
  AANGEBODEN: [
    { naar: 'GEACCEPTEERD', label: 'Accepteren', rollen: ['TRANSFERPUNT', 'CLIENT'] },
    { naar: 'AFGEWEZEN_DOOR_PERSOON', label: 'Afgewezen door persoon', reden: true, rollen: ['TRANSFERPUNT', 'CLIENT'] },
    { naar: 'AFGEWEZEN_DOOR_AANBIEDER', label: 'Afwijzen (aanbieder)', reden: true, rollen: ['TRANSFERPUNT', 'AANBIEDER'] },
    { naar: 'INGETROKKEN', label: 'Intrekken', reden: true, rollen: ['TRANSFERPUNT', 'CLIENT'] },
  ],
  GEACCEPTEERD: [
    { naar: 'GEHUISVEST', label: 'Gehuisvest', rollen: ['TRANSFERPUNT', 'AANBIEDER'] },
    { naar: 'INGETROKKEN', label: 'Intrekken', reden: true, rollen: ['TRANSFERPUNT', 'CLIENT'] },
  ],
};

const stapMutatie = `mutation Stap($verwijzing: ID!, $naar: VerwijzingStatus!, $reden: String) {
  zetVerwijzingStap(verwijzing: $verwijzing, naar: $naar, reden: $reden) { ok weigering { code bericht } verwijzing { id status statusNaam } }
}`;

async function zetStap(verwijzing, stap, daarna) {
  let reden = null;
  if (stap.reden) {
    reden = await vraagReden(`${stap.label}: waarom?`);
    if (reden === undefined) return;
  }
  const data = await gql(stapMutatie, { verwijzing, naar: stap.naar, reden });
  const resultaat = data.zetVerwijzingStap;
  if (!resultaat.ok) toonMelding(`Dit kan niet: ${resultaat.weigering.bericht}`);
  else toonStatus(`Verwijzing is nu ${resultaat.verwijzing.statusNaam}.`);
  await daarna();
}

/** The buttons for a referral's next steps that `rol` (TRANSFERPUNT, AANBIEDER or CLIENT) may take. */
export function stapKnoppen(verwijzing, rol, omschrijving, daarna, metMelding) {
  return (stappen[verwijzing.status] || [])
    .filter((stap) => stap.rollen.includes(rol))
    .map((stap) => el('button', { type: 'button', 'data-stap': stap.naar, onclick: () => metMelding(() => zetStap(verwijzing.id, stap, daarna)), 'aria-label': `${stap.label}: ${omschrijving}` }, stap.label));
}

const puntenQuery = `query Matchingspunten($regio: ID) {
  matchingspunten(regio: $regio) { id naam gemeenten { cbsCode naam } regio { gemeenten { cbsCode naam } } }
}`;

/**
 * The region's matching points, each with the municipalities it serves. Where the sources name
 * none for a point, it offers the region's municipalities: the point's own list is unknown, not empty.
 */
export async function laadMatchingspunten(regio) {
  if (!regio) return [];
  const data = await gql(puntenQuery, { regio });
  return (data.matchingspunten || []).map((punt) => ({
    ...punt,
    gemeenten: punt.gemeenten && punt.gemeenten.length > 0 ? punt.gemeenten : (punt.regio && punt.regio.gemeenten) || [],
  }));
}

/** The cells every list of demand starts with: the provider's reference, origin, household, urgency, rent, date. */
export function woonvraagCellen(vraag) {
  return [
    el('td', {}, vraag.referentie),
    el('td', {}, herkomstNamen[vraag.herkomst] || vraag.herkomst),
    el('td', {}, vraag.huishoudgrootte),
    el('td', {}, vraag.urgentie),
    el('td', {}, euro(vraag.maxHuur)),
    el('td', {}, datum(vraag.aangemeldOp)),
  ];
}

/** A referral's last step in words: "aangeboden op 2026-12-03 (reden)". */
export function laatsteStapTekst(verwijzing) {
  const laatste = verwijzing.stappen[verwijzing.stappen.length - 1];
  return laatste ? `${laatste.naarNaam} op ${datum(laatste.op)}${laatste.reden ? ` (${laatste.reden})` : ''}` : '–';
}
