// A housing corporation's part of the werkbak: its own homes (with their addresses), registering
// and withdrawing a home, and the referrals for a home (never the person: the graph does not show
// a provider who it is) with the steps a provider takes: offer, decline, housed.
import { $, datum, el, euro, gql, HubFout, metMelding, sessie, tabel, toonMelding, toonStatus, veld, vervang } from '../gedeeld/hub.js';
import { laadMatchingspunten, laatsteStapTekst, ondersteuningNamen, soortNamen, stapKnoppen, woningNaam, woningStatusNamen } from './namen.js';

const adresVelden = 'adres { straat huisnummer postcode plaats }';

const queries = {
  woningen: `query EigenWoningen($aanbieder: ID!) {
    woningen(aanbieder: $aanbieder, first: 100) {
      totalCount
      nodes { id wijk ${adresVelden} soort kamers status gepubliceerd beschikbaarVanaf huur { euro } gemeente { naam } matchingspunt { naam } }
    }
  }`,
  woning: `query EigenWoning($woning: ID!) {
    woning(id: $woning) {
      id wijk ${adresVelden} soort kamers status huur { euro } gemeente { naam }
      verwijzingen { id status statusNaam score stappen { naar naarNaam door op reden } }
    }
  }`,
  registreer: `mutation RegistreerWoning($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id wijk ${adresVelden} gemeente { naam } } }`,
  trekIn: 'mutation TrekIn($woning: ID!) { trekWoningIn(woning: $woning) { ok weigering { code bericht } } }',
};

const state = { punten: [], woning: null };

export async function toonWoningbeheer() {
  const regio = sessie.ik.regio ? sessie.ik.regio.code : null;
  state.punten = await laadMatchingspunten(regio);
  await laadWoningen();
}

async function laadWoningen() {
  if (!sessie.ik.organisatie) throw new HubFout('Uw token noemt geen organisatie; zonder organisatie heeft u geen eigen woningen.');
  const data = await gql(queries.woningen, { aanbieder: sessie.ik.organisatie.id }, { partial: true });
  const woningen = (data.woningen && data.woningen.nodes) || [];
  vervang(
    $('eigen-woningen'),
    tabel({
      kop: `${data.woningen ? data.woningen.totalCount : 0} woningen van ${sessie.ik.organisatie.naam}`,
      testid: 'eigen-woningen',
      kolommen: ['Adres', 'Gemeente', 'Soort', 'Kamers', 'Huur', 'Beschikbaar vanaf', 'Status', 'Acties'],
      leeg: 'U heeft nog geen woningen aangemeld.',
      regels: woningen.map((woning) =>
        el(
          'tr',
          { 'data-woning': woning.id, 'data-status': woning.status },
          el('td', {}, woning.adres ? `${woning.adres.straat} ${woning.adres.huisnummer}, ${woning.adres.postcode}` : `wijk ${woning.wijk} (geen adres)`),
          el('td', {}, woning.gemeente ? woning.gemeente.naam : '–'),
          el('td', {}, soortNamen[woning.soort] || woning.soort),
          el('td', {}, woning.kamers),
          el('td', {}, euro(woning.huur)),
          el('td', {}, datum(woning.beschikbaarVanaf)),
          el('td', {}, `${woningStatusNamen[woning.status] || woning.status}${woning.gepubliceerd ? '' : ' (niet gepubliceerd)'}`),
          el(
            'td',
            { class: 'knoppen' },
            el('button', { type: 'button', onclick: () => metMelding(() => openWoning(woning.id)), 'aria-label': `Verwijzingen: ${woningNaam(woning)}` }, 'Verwijzingen'),
            woning.status === 'BESCHIKBAAR' ? el('button', { type: 'button', onclick: () => metMelding(() => trekIn(woning)), 'aria-label': `Intrekken: ${woningNaam(woning)}` }, 'Intrekken') : null,
          ),
        ),
      ),
    }),
  );
}

async function trekIn(woning) {
  const data = await gql(queries.trekIn, { woning: woning.id });
  if (!data.trekWoningIn.ok) toonMelding(`Dit kan niet: ${data.trekWoningIn.weigering.bericht}`);
  else toonStatus(`${woningNaam(woning)} is ingetrokken.`);
  await laadWoningen();
}

async function openWoning(id) {
  state.woning = id;
  const data = await gql(queries.woning, { woning: id });
  const woning = data.woning;
  const vak = $('eigen-woning-detail');
  vak.setAttribute('aria-labelledby', 'eigen-woning-titel');
  const herlaad = async () => {
    await openWoning(id);
    await laadWoningen();
  };
  vervang(
    vak,
    el('h4', { id: 'eigen-woning-titel', tabindex: -1 }, `Verwijzingen voor ${woningNaam(woning)}`),
    el('p', { class: 'uitleg' }, 'U ziet de verwijzingen voor uw woning, niet wie de persoon is: dat weten het Transferpunt en de zorgaanbieder. U biedt de woning aan, wijst af met een reden, of meldt dat de persoon er woont.'),
    tabel({
      kop: `${woning.verwijzingen.length} verwijzingen`,
      testid: 'eigen-verwijzingen',
      kolommen: ['Verwijzing', 'Status', 'Laatste stap', 'Volgende stap'],
      leeg: 'Nog geen verwijzingen voor deze woning.',
      regels: woning.verwijzingen.map((verwijzing, index) => {
        const omschrijving = `verwijzing ${index + 1} voor ${woningNaam(woning)}`;
        return el(
          'tr',
          { 'data-verwijzing': verwijzing.id, 'data-status': verwijzing.status },
          el('td', {}, `Verwijzing ${index + 1}`),
          el('td', { class: `status-${verwijzing.status}` }, verwijzing.statusNaam),
          el('td', {}, laatsteStapTekst(verwijzing)),
          el('td', { class: 'knoppen' }, stapKnoppen(verwijzing, 'AANBIEDER', omschrijving, herlaad, metMelding)),
        );
      }),
    }),
  );
  vak.hidden = false;
  $('eigen-woning-titel').focus();
}

// ------------------------------------------------------------------------------------------------
// Registering a home.

function toonFormulier() {
  const vak = $('woning-formulier-vak');
  vak.setAttribute('aria-labelledby', 'woning-formulier-titel');
  const punten = state.punten;
  const formulier = el(
    'form',
    { class: 'formulier', id: 'woning-formulier' },
    el('h4', { id: 'woning-formulier-titel', tabindex: -1 }, 'Woning aanmelden'),
    el('p', { class: 'uitleg' }, 'Het adres zien alleen het Transferpunt en uw organisatie, om een bezichtiging te regelen; het gepubliceerde aanbod toont alleen de wijk.'),
    el(
      'div',
      { class: 'velden' },
      veld('woning-punt', 'Matchingspunt', el('select', { id: 'woning-punt', required: true }, punten.map((punt) => el('option', { value: punt.id }, punt.naam)))),
      veld('woning-gemeente', 'Gemeente', el('select', { id: 'woning-gemeente', required: true })),
      veld('woning-wijk', 'Wijk', el('input', { id: 'woning-wijk', required: true, maxlength: 100, autocomplete: 'off' })),
      veld('woning-straat', 'Straat', el('input', { id: 'woning-straat', required: true, maxlength: 100, autocomplete: 'off' })),
      veld('woning-huisnummer', 'Huisnummer', el('input', { id: 'woning-huisnummer', required: true, maxlength: 10, autocomplete: 'off', 'aria-describedby': 'woning-huisnummer-hint' }), 'zoals 12, 12a of 12-3'),
      veld('woning-postcode', 'Postcode', el('input', { id: 'woning-postcode', required: true, pattern: '[0-9]{4} ?[A-Za-z]{2}', autocomplete: 'off', 'aria-describedby': 'woning-postcode-hint' }), 'zoals 5911 AB'),
      veld('woning-soort', 'Soort', el('select', { id: 'woning-soort' }, Object.entries(soortNamen).map(([waarde, naam]) => el('option', { value: waarde }, naam)))),
      veld('woning-kamers', 'Kamers', el('input', { id: 'woning-kamers', type: 'number', min: 1, max: 20, value: 1, required: true })),
      veld('woning-bewoners', 'Hoogstens bewoners', el('input', { id: 'woning-bewoners', type: 'number', min: 1, max: 20, value: 1, required: true })),
      veld('woning-huur', 'Huur per maand (euro)', el('input', { id: 'woning-huur', type: 'number', min: 0, step: '0.01', required: true })),
      veld('woning-vanaf', 'Beschikbaar vanaf', el('input', { id: 'woning-vanaf', type: 'date', required: true })),
      veld('woning-ondersteuning', 'Ondersteuning mogelijk', el('select', { id: 'woning-ondersteuning' }, Object.entries(ondersteuningNamen).map(([waarde, naam]) => el('option', { value: waarde }, naam)))),
    ),
    el(
      'fieldset',
      { class: 'vinkjes' },
      el('legend', {}, 'Kenmerken'),
      el('label', {}, el('input', { type: 'checkbox', id: 'woning-toegankelijk' }), ' toegankelijk'),
      el('label', {}, el('input', { type: 'checkbox', id: 'woning-prikkelarm' }), ' prikkelarm'),
      el('label', {}, el('input', { type: 'checkbox', id: 'woning-gepubliceerd', checked: true }), ' publiceren in het aanbod'),
    ),
    el('div', { class: 'knoppen' }, el('button', { type: 'submit', class: 'primair' }, 'Woning aanmelden'), el('button', { type: 'button', id: 'woning-annuleren' }, 'Annuleren')),
  );
  vervang(vak, formulier);
  const vulGemeenten = () => {
    const punt = punten.find((kandidaat) => kandidaat.id === $('woning-punt').value);
    vervang($('woning-gemeente'), ((punt && punt.gemeenten) || []).map((gemeente) => el('option', { value: gemeente.cbsCode }, gemeente.naam)));
  };
  $('woning-punt').addEventListener('change', vulGemeenten);
  vulGemeenten();
  $('woning-annuleren').addEventListener('click', () => {
    vak.hidden = true;
    $('woning-aanmelden-knop').focus();
  });
  formulier.addEventListener('submit', (event) => {
    event.preventDefault();
    metMelding(registreer);
  });
  vak.hidden = false;
  $('woning-formulier-titel').focus();
}

async function registreer() {
  const getal = (id) => Number($(id).value);
  const invoer = {
    matchingspunt: $('woning-punt').value,
    gemeente: $('woning-gemeente').value,
    wijk: $('woning-wijk').value.trim(),
    adres: { straat: $('woning-straat').value.trim(), huisnummer: $('woning-huisnummer').value.trim(), postcode: $('woning-postcode').value.trim() },
    soort: $('woning-soort').value,
    kamers: getal('woning-kamers'),
    maxBewoners: getal('woning-bewoners'),
    huurInCenten: Math.round(getal('woning-huur') * 100),
    beschikbaarVanaf: $('woning-vanaf').value,
    toegankelijk: $('woning-toegankelijk').checked,
    prikkelarm: $('woning-prikkelarm').checked,
    ondersteuning: $('woning-ondersteuning').value,
    gepubliceerd: $('woning-gepubliceerd').checked,
  };
  const data = await gql(queries.registreer, { invoer });
  $('woning-formulier-vak').hidden = true;
  toonStatus(`${woningNaam(data.registreerWoning)} is aangemeld.`);
  await laadWoningen();
}

export function bindWoningbeheer() {
  $('woning-aanmelden-knop').addEventListener('click', toonFormulier);
  $('woningen-verversen').addEventListener('click', () => metMelding(laadWoningen));
}
