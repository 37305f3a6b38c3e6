// The Transferpunt's part of the werkbak: the open demand and the homes of a Matchingspunt, the
// matcher's proposals with the reasons behind each score, a home's candidates and referrals, and a
// person's access log.
import { $, el, euro, gql, metMelding, sessie, tijdstip, toonMelding, toonStatus, vervang } from '../gedeeld/hub.js';
import { laadMatchingspunten, soortNamen, stapKnoppen, woningNaam, woonvraagCellen } from './namen.js';

const PUNT_KEY = 'vangnet-matchingspunt';

const queries = {
  lijsten: `query Werkbak($punt: ID!, $soort: WoningSoort, $gemeente: ID, $status: WoningStatus) {
    matchingspunt(id: $punt) { statistiek { wachtendeWoonvragen beschikbareWoningen lopendeVerwijzingen gehuisvest } }
    woonvragen(matchingspunt: $punt, status: WACHTEND, first: 100) {
      totalCount
      nodes { id referentie herkomst huishoudgrootte urgentie aangemeldOp maxHuur { euro } aangemeldDoor { naam } }
    }
    woningen(matchingspunt: $punt, soort: $soort, gemeente: $gemeente, status: $status, first: 100) {
      totalCount
      nodes { id wijk adres { straat huisnummer postcode plaats } soort kamers status huur { euro } gemeente { naam } aanbieder { naam } }
    }
  }`,
  woning: `query Woning($woning: ID!) {
    woning(id: $woning) {
      id wijk adres { straat huisnummer postcode plaats } soort kamers status huur { euro } gemeente { naam } aanbieder { naam }
      verwijzingen { id status statusNaam score woonvraag { id referentie } stappen { van naar naarNaam door op reden } }
    }
    kandidatenVoorWoning(woning: $woning, first: 10) { score woonvraag { id referentie } redenen { code omschrijving punten } }
  }`,
  voorstellen: `mutation Voorstellen($punt: ID!) {
    stelVoorstellenOp(matchingspunt: $punt) {
      doelwaarde haalbareParen maxPerWijk
      voorstellen { score woonvraag { id referentie } woning { id wijk adres { straat huisnummer postcode plaats } gemeente { naam } } verwijzing { id } }
    }
  }`,
  stelVoor: `mutation StelVoor($woonvraag: ID!, $woning: ID!) {
    stelVoor(woonvraag: $woonvraag, woning: $woning) { ok weigering { code bericht } }
  }`,
  log: `query Toegangslog($woonvraag: ID!) {
    woonvraag(id: $woonvraag) { referentie }
    toegangslog(woonvraag: $woonvraag) { gebeurtenis op gebruiker namens { naam } rol details }
  }`,
};

const state = { punten: [], punt: null, woning: null };
// Staff can switch point or filter while a list is still loading; only the answer to the latest
// request may fill the screen, or a slow earlier one would show another point's lists.
const laatste = { lijsten: 0, woning: 0 };

// ------------------------------------------------------------------------------------------------
// The region's matching points. Staff open on the point they chose last time, else on the point
// that serves their own organisation's municipality, else on the first.

export function toonTransferpunt() {
  return laadPunten();
}

function beginpunt() {
  const onthouden = localStorage.getItem(PUNT_KEY);
  if (state.punten.some((punt) => punt.id === onthouden)) return onthouden;
  const gemeente = sessie.ik.organisatie && sessie.ik.organisatie.gemeente ? sessie.ik.organisatie.gemeente.cbsCode : null;
  const eigen = gemeente ? state.punten.find((punt) => (punt.gemeenten || []).some((kandidaat) => kandidaat.cbsCode === gemeente)) : null;
  return (eigen || state.punten[0]).id;
}

async function laadPunten() {
  const regio = sessie.ik.regio ? sessie.ik.regio.code : null;
  state.punten = await laadMatchingspunten(regio);
  const select = $('matchingspunt');
  vervang(select, state.punten.map((punt) => el('option', { value: punt.id }, punt.naam)));
  const heeftPunt = state.punten.length > 0 && sessie.ik.rollen.includes('TRANSFERPUNT');
  $('geen-punt').hidden = heeftPunt;
  for (const id of ['matchingspunt', 'verversen', 'voorstellen']) $(id).disabled = !heeftPunt;
  if (!heeftPunt) {
    vervang($('woonvragen'));
    vervang($('woningen'));
    vervang($('statistiek'));
    $('vraag-aantal').textContent = '(0)';
    $('aanbod-aantal').textContent = '(0)';
    return;
  }
  state.punt = beginpunt();
  select.value = state.punt;
  vulGemeenten();
  await laadLijsten();
}

function vulGemeenten() {
  const punt = state.punten.find((candidate) => candidate.id === state.punt);
  vervang($('filter-gemeente'), el('option', { value: '' }, 'alle'), ((punt && punt.gemeenten) || []).map((gemeente) => el('option', { value: gemeente.cbsCode }, gemeente.naam)));
}

// ------------------------------------------------------------------------------------------------
// Lists of demand and supply.

async function laadLijsten() {
  const beurt = ++laatste.lijsten;
  toonStatus('Lijsten laden…');
  const data = await gql(
    queries.lijsten,
    { punt: state.punt, soort: $('filter-soort').value || null, gemeente: $('filter-gemeente').value || null, status: $('filter-status').value || null },
    { partial: true },
  );
  if (beurt !== laatste.lijsten) return;
  const statistiek = data.matchingspunt && data.matchingspunt.statistiek;
  vervang(
    $('statistiek'),
    statistiek
      ? [
          ['Wachtende woonvragen', statistiek.wachtendeWoonvragen],
          ['Beschikbare woningen', statistiek.beschikbareWoningen],
          ['Lopende verwijzingen', statistiek.lopendeVerwijzingen],
          ['Gehuisvest', statistiek.gehuisvest],
        ].map(([naam, aantal]) => el('div', {}, el('dt', {}, naam), el('dd', {}, aantal)))
      : [],
  );
  toonWoonvragen(data.woonvragen);
  toonWoningen(data.woningen);
  toonStatus(`Bijgewerkt om ${new Date().toLocaleTimeString('nl-NL')}.`);
}

function toonWoonvragen(woonvragen) {
  const zoek = $('filter-vraag').value.trim().toLowerCase();
  const urgentie = $('filter-urgentie').value;
  const nodes = ((woonvragen && woonvragen.nodes) || []).filter((vraag) => (!zoek || vraag.referentie.toLowerCase().includes(zoek)) && (!urgentie || String(vraag.urgentie) === urgentie));
  const totaal = woonvragen ? woonvragen.totalCount : 0;
  $('vraag-aantal').textContent = nodes.length === totaal ? `(${totaal})` : `(${nodes.length} van ${totaal})`;
  vervang(
    $('woonvragen'),
    nodes.length === 0
      ? el('tr', {}, el('td', { colspan: 7, class: 'leeg' }, 'Geen open vraag.'))
      : nodes.map((vraag) =>
          el(
            'tr',
            { 'data-referentie': vraag.referentie },
            woonvraagCellen(vraag),
            el('td', { class: 'knoppen' }, el('button', { type: 'button', onclick: () => metMelding(() => toonLog(vraag.id)), 'aria-label': `Toegangslog van ${vraag.referentie}` }, 'Toegangslog')),
          ),
        ),
  );
  state.laatsteWoonvragen = woonvragen;
}

function toonWoningen(woningen) {
  const nodes = (woningen && woningen.nodes) || [];
  $('aanbod-aantal').textContent = `(${woningen ? woningen.totalCount : 0})`;
  vervang(
    $('woningen'),
    nodes.length === 0
      ? el('tr', {}, el('td', { colspan: 7, class: 'leeg' }, 'Geen aanbod.'))
      : nodes.map((woning) =>
          el(
            'tr',
            { 'data-woning': woning.id, class: state.woning === woning.id ? 'gekozen' : null },
            el('td', {}, woning.adres ? woningNaam(woning) : woning.wijk),
            el('td', {}, woning.gemeente ? woning.gemeente.naam : '–'),
            el('td', {}, soortNamen[woning.soort] || woning.soort),
            el('td', {}, woning.kamers),
            el('td', {}, euro(woning.huur)),
            el('td', {}, woning.aanbieder ? woning.aanbieder.naam : '–'),
            el('td', { class: 'knoppen' }, el('button', { type: 'button', onclick: () => metMelding(() => kiesWoning(woning.id)), 'aria-label': `Kandidaten en verwijzingen voor ${woningNaam(woning)}` }, 'Kandidaten')),
          ),
        ),
  );
}

// ------------------------------------------------------------------------------------------------
// One home: its referrals with the next steps, and its candidates with the reasons behind each score.

async function kiesWoning(id) {
  state.woning = id;
  for (const row of $('woningen').querySelectorAll('tr')) row.classList.toggle('gekozen', row.dataset.woning === id);
  await laadWoning();
  $('woning-titel').focus();
}

async function laadWoning() {
  const beurt = ++laatste.woning;
  const data = await gql(queries.woning, { woning: state.woning }, { partial: true });
  if (beurt !== laatste.woning) return;
  const woning = data.woning;
  $('woning-detail').hidden = false;
  if (!woning) {
    $('woning-titel').textContent = 'Woning niet gevonden';
    vervang($('verwijzingen'));
    vervang($('kandidaten'));
    return;
  }
  $('woning-titel').textContent = `Woning ${woningNaam(woning)}: ${soortNamen[woning.soort] || woning.soort}, ${woning.kamers} kamer(s), ${euro(woning.huur)}, ${woning.status.toLowerCase()}`;
  const verwijzingen = woning.verwijzingen || [];
  vervang(
    $('verwijzingen'),
    verwijzingen.length === 0
      ? el('tr', {}, el('td', { colspan: 5, class: 'leeg' }, 'Nog geen verwijzingen.'))
      : verwijzingen.map((verwijzing) => {
          const laatste = verwijzing.stappen[verwijzing.stappen.length - 1];
          const referentie = verwijzing.woonvraag ? verwijzing.woonvraag.referentie : '(niet zichtbaar)';
          return el(
            'tr',
            { 'data-verwijzing': verwijzing.id, 'data-status': verwijzing.status },
            el('td', {}, referentie),
            el('td', { class: `status-${verwijzing.status}` }, verwijzing.statusNaam),
            el('td', {}, verwijzing.score === null ? '–' : verwijzing.score),
            el('td', {}, laatste ? `${laatste.naarNaam} door ${laatste.door} op ${tijdstip(laatste.op)}${laatste.reden ? ` (${laatste.reden})` : ''}` : '–'),
            el(
              'td',
              { class: 'knoppen' },
              stapKnoppen(verwijzing, 'TRANSFERPUNT', referentie, herlaad, metMelding),
            ),
          );
        }),
  );
  const kandidaten = data.kandidatenVoorWoning || [];
  vervang(
    $('kandidaten'),
    kandidaten.length === 0
      ? el('li', { class: 'leeg' }, 'Geen geschikte kandidaten: niemand op de lijst voldoet aan alle harde eisen van deze woning.')
      : kandidaten.map((kandidaat) =>
          el(
            'li',
            { 'data-referentie': kandidaat.woonvraag.referentie },
            el('strong', {}, `${kandidaat.woonvraag.referentie}: score ${kandidaat.score}`),
            ' ',
            el('button', { type: 'button', onclick: () => metMelding(() => stelVoor(kandidaat.woonvraag.id)), 'aria-label': `Voorstellen: ${kandidaat.woonvraag.referentie} bij deze woning` }, 'Voorstellen'),
            el('ul', {}, kandidaat.redenen.map((reden) => el('li', {}, `${reden.omschrijving} (${reden.punten >= 0 ? '+' : ''}${reden.punten})`))),
          ),
        ),
  );
}

async function herlaad() {
  await laadWoning();
  await laadLijsten();
}

async function stelVoor(woonvraag) {
  const data = await gql(queries.stelVoor, { woonvraag, woning: state.woning });
  if (!data.stelVoor.ok) toonMelding(`Dit kan niet: ${data.stelVoor.weigering.bericht}`);
  else toonStatus('Voorgesteld.');
  await laadWoning();
  await laadLijsten();
}

/** The reasons behind each proposal's score: the candidates of each proposed home, in one request. */
async function redenenVan(voorstellen) {
  const woningen = [...new Set(voorstellen.map((voorstel) => voorstel.woning.id))];
  if (woningen.length === 0) return new Map();
  const velden = woningen.map((_, index) => `k${index}: kandidatenVoorWoning(woning: $w${index}, first: 100) { woonvraag { id } redenen { omschrijving punten } }`).join('\n');
  const query = `query Redenen(${woningen.map((_, index) => `$w${index}: ID!`).join(', ')}) {\n${velden}\n}`;
  const data = await gql(query, Object.fromEntries(woningen.map((id, index) => [`w${index}`, id])), { partial: true });
  const redenen = new Map();
  woningen.forEach((woning, index) => {
    for (const kandidaat of (data && data[`k${index}`]) || []) redenen.set(`${woning}|${kandidaat.woonvraag.id}`, kandidaat.redenen);
  });
  return redenen;
}

async function stelVoorstellenOp() {
  toonStatus('De matcher stelt voorstellen op…');
  const data = await gql(queries.voorstellen, { punt: state.punt });
  const set = data.stelVoorstellenOp;
  const redenen = await redenenVan(set.voorstellen);
  $('voorstelset').hidden = false;
  $('voorstelset-samenvatting').textContent =
    set.voorstellen.length === 0
      ? `Geen nieuwe voorstellen: er is geen haalbaar paar van wachtende vraag en beschikbaar aanbod zonder lopende verwijzing (${set.haalbareParen} haalbare paren).`
      : `${set.voorstellen.length} voorstel(len), totale score ${set.doelwaarde}, uit ${set.haalbareParen} haalbare paren; hooguit ${set.maxPerWijk} per wijk.`;
  vervang(
    $('voorstelset-regels'),
    set.voorstellen.map((voorstel) => {
      const waarom = redenen.get(`${voorstel.woning.id}|${voorstel.woonvraag.id}`) || [];
      return el(
        'tr',
        { 'data-referentie': voorstel.woonvraag.referentie },
        el('td', {}, voorstel.woonvraag.referentie),
        el('td', {}, woningNaam(voorstel.woning)),
        el('td', {}, voorstel.score),
        el('td', {}, waarom.length === 0 ? '–' : el('ul', { class: 'redenen' }, waarom.map((reden) => el('li', {}, `${reden.omschrijving} (${reden.punten >= 0 ? '+' : ''}${reden.punten})`)))),
      );
    }),
  );
  toonStatus(`${set.voorstellen.length} voorstel(len) opgeslagen als verwijzing.`);
  await laadLijsten();
  if (state.woning) await laadWoning();
}

// ------------------------------------------------------------------------------------------------
// The access log of one person.

async function toonLog(woonvraag) {
  const data = await gql(queries.log, { woonvraag });
  $('log').hidden = false;
  $('log-titel').textContent = `Toegangslog van ${data.woonvraag ? data.woonvraag.referentie : woonvraag}`;
  vervang(
    $('log-regels'),
    (data.toegangslog || []).map((regel) =>
      el('tr', {}, el('td', {}, tijdstip(regel.op)), el('td', {}, regel.gebeurtenis), el('td', {}, regel.gebruiker), el('td', {}, regel.namens ? regel.namens.naam : '–'), el('td', {}, regel.rol || '–'), el('td', {}, regel.details || '')),
    ),
  );
  $('log-titel').focus();
}

// ------------------------------------------------------------------------------------------------
// Start.

/** Binds the controls once; showing and loading happen when staff sign in. */
export function bindTransferpunt() {
  $('matchingspunt').addEventListener('change', () => {
    state.punt = $('matchingspunt').value;
    localStorage.setItem(PUNT_KEY, state.punt);
    state.woning = null;
    $('woning-detail').hidden = true;
    vulGemeenten();
    metMelding(laadLijsten);
  });
  $('verversen').addEventListener('click', () => metMelding(laadLijsten));
  $('voorstellen').addEventListener('click', () => metMelding(stelVoorstellenOp));
  for (const id of ['filter-soort', 'filter-gemeente', 'filter-status']) $(id).addEventListener('change', () => metMelding(laadLijsten));
  for (const id of ['filter-vraag', 'filter-urgentie']) $(id).addEventListener('input', () => toonWoonvragen(state.laatsteWoonvragen));
}
