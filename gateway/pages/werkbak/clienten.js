// A care provider's part of the werkbak: the housing demand of its own clients (the graph shows it
// no one else's), registering demand with the reference rules explained, and the referrals for a
// client with the steps taken on the person's behalf: accept, decline, withdraw.
import { $, el, euro, gql, metMelding, sessie, tabel, toonStatus, veld, vervang } from '../gedeeld/hub.js';
import { herkomstNamen, laadMatchingspunten, laatsteStapTekst, ondersteuningNamen, soortNamen, stapKnoppen, woningNaam, woonvraagCellen } from './namen.js';

const queries = {
  woonvragen: `query EigenWoonvragen {
    woonvragen(first: 100) {
      totalCount
      nodes { id referentie herkomst huishoudgrootte urgentie aangemeldOp status maxHuur { euro } matchingspunt { naam } verwijzingen { id status } }
    }
  }`,
  woonvraag: `query EigenWoonvraag($id: ID!) {
    woonvraag(id: $id) {
      id referentie status
      verwijzingen { id status statusNaam score woning { id wijk soort kamers huur { euro } gemeente { naam } adres { straat huisnummer postcode plaats } } stappen { naar naarNaam door op reden } }
    }
  }`,
  registreer: 'mutation RegistreerWoonvraag($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id referentie } }',
};

const statusNamen = { WACHTEND: 'wachtend', GEHUISVEST: 'gehuisvest', INGETROKKEN: 'ingetrokken' };
const state = { punten: [] };

export async function toonClienten() {
  const regio = sessie.ik.regio ? sessie.ik.regio.code : null;
  state.punten = await laadMatchingspunten(regio);
  await laadWoonvragen();
}

async function laadWoonvragen() {
  const data = await gql(queries.woonvragen, {}, { partial: true });
  const vragen = (data.woonvragen && data.woonvragen.nodes) || [];
  vervang(
    $('eigen-woonvragen'),
    tabel({
      kop: `${data.woonvragen ? data.woonvragen.totalCount : 0} woonvragen van ${sessie.ik.organisatie ? sessie.ik.organisatie.naam : 'uw organisatie'}`,
      testid: 'eigen-woonvragen',
      kolommen: ['Kenmerk', 'Herkomst', 'Huishouden', 'Urgentie', 'Max. huur', 'Aangemeld', 'Status', 'Acties'],
      leeg: 'U heeft nog geen woonvragen aangemeld.',
      regels: vragen.map((vraag) => {
        const open = vraag.verwijzingen.filter((verwijzing) => ['VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD'].includes(verwijzing.status)).length;
        return el(
          'tr',
          { 'data-referentie': vraag.referentie },
          woonvraagCellen(vraag),
          el('td', {}, `${statusNamen[vraag.status] || vraag.status}${open > 0 ? `, ${open} lopende verwijzing(en)` : ''}`),
          el('td', { class: 'knoppen' }, el('button', { type: 'button', onclick: () => metMelding(() => openWoonvraag(vraag.id)), 'aria-label': `Verwijzingen: ${vraag.referentie}` }, 'Verwijzingen')),
        );
      }),
    }),
  );
}

async function openWoonvraag(id) {
  const data = await gql(queries.woonvraag, { id });
  const vraag = data.woonvraag;
  const vak = $('eigen-woonvraag-detail');
  vak.setAttribute('aria-labelledby', 'eigen-woonvraag-titel');
  const herlaad = async () => {
    await openWoonvraag(id);
    await laadWoonvragen();
  };
  vervang(
    vak,
    el('h4', { id: 'eigen-woonvraag-titel', tabindex: -1 }, `Verwijzingen voor ${vraag.referentie}`),
    el('p', { class: 'uitleg' }, 'Namens uw cliënt accepteert u een aanbod, wijst het af met een reden, of trekt de verwijzing in.'),
    tabel({
      kop: `${vraag.verwijzingen.length} verwijzingen`,
      testid: 'client-verwijzingen',
      kolommen: ['Woning', 'Soort', 'Huur', 'Status', 'Laatste stap', 'Volgende stap'],
      leeg: 'Nog geen verwijzingen: het Transferpunt stelt woningen voor.',
      regels: vraag.verwijzingen.map((verwijzing) => {
        const woning = woningNaam(verwijzing.woning);
        return el(
          'tr',
          { 'data-verwijzing': verwijzing.id, 'data-status': verwijzing.status },
          el('td', {}, woning),
          el('td', {}, `${soortNamen[verwijzing.woning.soort] || verwijzing.woning.soort}, ${verwijzing.woning.kamers} kamer(s)`),
          el('td', {}, euro(verwijzing.woning.huur)),
          el('td', { class: `status-${verwijzing.status}` }, verwijzing.statusNaam),
          el('td', {}, laatsteStapTekst(verwijzing)),
          el('td', { class: 'knoppen' }, stapKnoppen(verwijzing, 'CLIENT', `${vraag.referentie} in ${woning}`, herlaad, metMelding)),
        );
      }),
    }),
  );
  vak.hidden = false;
  $('eigen-woonvraag-titel').focus();
}

// ------------------------------------------------------------------------------------------------
// Registering demand. The reference is the provider's own case number: the hub refuses anything
// that looks like a person's data, and the form says so before it is sent.

function toonFormulier() {
  const vak = $('woonvraag-formulier-vak');
  vak.setAttribute('aria-labelledby', 'woonvraag-formulier-titel');
  const formulier = el(
    'form',
    { class: 'formulier', id: 'woonvraag-formulier' },
    el('h4', { id: 'woonvraag-formulier-titel', tabindex: -1 }, 'Woonvraag aanmelden'),
    el(
      'div',
      { class: 'velden' },
      veld('vraag-punt', 'Matchingspunt', el('select', { id: 'vraag-punt', required: true }, state.punten.map((punt) => el('option', { value: punt.id }, punt.naam)))),
      veld(
        'vraag-referentie',
        'Uw dossierkenmerk',
        el('input', { id: 'vraag-referentie', required: true, maxlength: 64, autocomplete: 'off', 'aria-describedby': 'vraag-referentie-hint' }),
        'Uw eigen kenmerk, zoals DOS-2024-0173. Geen naam, BSN, geboortedatum, e-mailadres of telefoonnummer: de hub weigert een kenmerk dat daarop lijkt, zodat niemand de persoon in de hub herkent.',
      ),
      veld('vraag-herkomst', 'Herkomst', el('select', { id: 'vraag-herkomst' }, Object.entries(herkomstNamen).map(([waarde, naam]) => el('option', { value: waarde }, naam)))),
      veld('vraag-huishouden', 'Huishouden (personen)', el('input', { id: 'vraag-huishouden', type: 'number', min: 1, max: 12, value: 1, required: true })),
      veld('vraag-huur', 'Hoogstens huur per maand (euro)', el('input', { id: 'vraag-huur', type: 'number', min: 0, step: '0.01', required: true })),
      veld('vraag-urgentie', 'Urgentie', el('select', { id: 'vraag-urgentie' }, el('option', { value: '1' }, '1 (laag)'), el('option', { value: '2' }, '2'), el('option', { value: '3' }, '3 (hoog)'))),
      veld('vraag-ondersteuning', 'Ondersteuning nodig', el('select', { id: 'vraag-ondersteuning' }, Object.entries(ondersteuningNamen).map(([waarde, naam]) => el('option', { value: waarde }, naam)))),
      veld('vraag-aangemeld', 'Aangemeld op', el('input', { id: 'vraag-aangemeld', type: 'date', value: new Date().toISOString().slice(0, 10), required: true })),
    ),
    el('fieldset', { class: 'vinkjes', id: 'vraag-gemeenten' }, el('legend', {}, 'Gewenste gemeenten (leeg: alle)')),
    el(
      'fieldset',
      { class: 'vinkjes' },
      el('legend', {}, 'Nodig'),
      el('label', {}, el('input', { type: 'checkbox', id: 'vraag-toegankelijk' }), ' toegankelijke woning'),
      el('label', {}, el('input', { type: 'checkbox', id: 'vraag-prikkelarm' }), ' prikkelarme woning'),
    ),
    el('div', { class: 'knoppen' }, el('button', { type: 'submit', class: 'primair' }, 'Woonvraag aanmelden'), el('button', { type: 'button', id: 'vraag-annuleren' }, 'Annuleren')),
  );
  vervang(vak, formulier);
  const vulGemeenten = () => {
    const punt = state.punten.find((kandidaat) => kandidaat.id === $('vraag-punt').value);
    vervang(
      $('vraag-gemeenten'),
      el('legend', {}, 'Gewenste gemeenten (leeg: alle)'),
      ((punt && punt.gemeenten) || []).map((gemeente) => el('label', {}, el('input', { type: 'checkbox', name: 'gemeente', value: gemeente.cbsCode }), ` ${gemeente.naam}`)),
    );
  };
  $('vraag-punt').addEventListener('change', vulGemeenten);
  vulGemeenten();
  $('vraag-annuleren').addEventListener('click', () => {
    vak.hidden = true;
    $('woonvraag-aanmelden-knop').focus();
  });
  formulier.addEventListener('submit', (event) => {
    event.preventDefault();
    metMelding(registreer);
  });
  vak.hidden = false;
  $('woonvraag-formulier-titel').focus();
}

async function registreer() {
  const invoer = {
    matchingspunt: $('vraag-punt').value,
    referentie: $('vraag-referentie').value.trim(),
    herkomst: $('vraag-herkomst').value,
    huishoudgrootte: Number($('vraag-huishouden').value),
    maxHuurInCenten: Math.round(Number($('vraag-huur').value) * 100),
    urgentie: Number($('vraag-urgentie').value),
    ondersteuningNodig: $('vraag-ondersteuning').value,
    aangemeldOp: $('vraag-aangemeld').value,
    gewensteGemeenten: [...document.querySelectorAll('#vraag-gemeenten input:checked')].map((vinkje) => vinkje.value),
    toegankelijkNodig: $('vraag-toegankelijk').checked,
    prikkelarmNodig: $('vraag-prikkelarm').checked,
  };
  const data = await gql(queries.registreer, { invoer });
  $('woonvraag-formulier-vak').hidden = true;
  toonStatus(`Woonvraag ${data.registreerWoonvraag.referentie} is aangemeld.`);
  await laadWoonvragen();
}

export function bindClienten() {
  $('woonvraag-aanmelden-knop').addEventListener('click', toonFormulier);
  $('clienten-verversen').addEventListener('click', () => metMelding(laadWoonvragen));
}
