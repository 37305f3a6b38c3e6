// The werkbak: one page for every side of matching. Transferpunt staff match demand to supply, a
// housing corporation manages its own homes, a care provider its own clients' demand, and every
// one of them sees the region's monitor. Each sees the parts its role may use; the others are
// absent, not disabled. Talking to the hub, messages, signing in and the frame are shared with the
// other pages (../gedeeld/).
import { $, metMelding, tabbladen, toonMelding } from '../gedeeld/hub.js';
import { startPagina } from '../gedeeld/pagina.js';
import { bindClienten, toonClienten } from './clienten.js';
import { bindMonitor, toonMonitor } from './monitor.js';
import { bindTransferpunt, toonTransferpunt } from './transferpunt.js';
import { bindWoningbeheer, toonWoningbeheer } from './woningbeheer.js';

const onderdelen = [
  { naam: 'transferpunt', label: 'Vraag en aanbod', rol: 'TRANSFERPUNT', toon: toonTransferpunt },
  { naam: 'woningbeheer', label: 'Mijn woningen', rol: 'WONINGCORPORATIE', toon: toonWoningbeheer },
  { naam: 'clienten', label: 'Mijn cliënten', rol: 'ZORGAANBIEDER', toon: toonClienten },
  { naam: 'monitor', label: 'Monitor', rol: null, toon: toonMonitor },
];

/** What the hub's refused inputs mean, by the argument it names, in the words of the forms. */
const invoerUitleggen = {
  referentie: 'het dossierkenmerk lijkt op persoonsgegevens (een BSN, e-mailadres, telefoonnummer of datum). Gebruik uw eigen kenmerk, zoals DOS-2024-0173.',
  postcode: 'de postcode schrijft u als 1234 AB.',
  huisnummer: 'het huisnummer schrijft u als 12, 12a of 12-3.',
  straat: 'de straat ontbreekt of is langer dan 100 tekens.',
  wijk: 'de wijk ontbreekt.',
  gemeente: 'kies een gemeente van het matchingspunt.',
  gewensteGemeenten: 'kies gemeenten van het matchingspunt.',
  beschikbaarVanaf: 'de datum van beschikbaarheid is geen datum.',
  aangemeldOp: 'de datum van aanmelding is geen datum, of ligt in de toekomst.',
  huurInCenten: 'de huur is geen bedrag.',
  maxHuurInCenten: 'de hoogste huur is geen bedrag.',
  van: 'de eerste maand is geen maand, of ligt na de laatste.',
  tot: 'de laatste maand is geen maand.',
};

let gekozen = null;

function toonWerkbak(ik) {
  $('werkbak').hidden = false;
  const mijn = onderdelen.filter((onderdeel) => onderdeel.rol === null || ik.rollen.includes(onderdeel.rol));
  if (mijn.length === 1) toonMelding('De werkbak is voor medewerkers van een Transferpunt, woningcorporaties en zorgaanbieders. Met uw rol ziet u hier alleen de monitor.');
  const kies = tabbladen($('werkbak-tabs'), mijn, (naam) => {
    gekozen = naam;
    const onderdeel = mijn.find((kandidaat) => kandidaat.naam === naam);
    metMelding(onderdeel.toon);
  });
  for (const onderdeel of onderdelen) if (!mijn.includes(onderdeel)) $(onderdeel.naam).hidden = true;
  kies(mijn.some((onderdeel) => onderdeel.naam === gekozen) ? gekozen : mijn[0].naam);
}

function verbergWerkbak() {
  $('werkbak').hidden = true;
  gekozen = null;
}

function start() {
  bindTransferpunt();
  bindWoningbeheer();
  bindClienten();
  bindMonitor();
  return startPagina({
    titel: 'Werkbak wonen',
    tokenVoorbeeld: 'npm run token -- --rol TRANSFERPUNT --regio <regio> --organisatie <organisatie>',
    verboden: 'U hebt hiervoor geen toegang met uw rol: het Transferpunt ziet de vraag en het aanbod van de regio, een aanbieder zijn eigen woningen, een zorgaanbieder de woonvragen van zijn eigen cliënten.',
    invoerUitleg: (argumentName) => invoerUitleggen[argumentName.split('.').pop()] || null,
    opAangemeld: toonWerkbak,
    opAfgemeld: verbergWerkbak,
  });
}

start();
