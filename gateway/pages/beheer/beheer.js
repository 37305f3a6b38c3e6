// The beheer page: a region's steward keeps the directory (partners and their roles, imports) and
// anyone signed in reads it, as of any day. Plain JavaScript on the public graph; talking to the
// hub, messages, signing in and the page's frame are shared with the werkbak (../gedeeld/).
import { $, el, enumNaam, gql, HubFout, metMelding, sessie, tabbladen, tabel, tijdstip, toonMelding, toonStatus, vervang, wisMelding } from '../gedeeld/hub.js';
import { startPagina } from '../gedeeld/pagina.js';

const partnerSoorten = [
  'GEMEENTE', 'GGZ', 'VERSLAVINGSZORG', 'WELZIJN', 'WONINGCORPORATIE', 'POLITIE', 'ZORGVERZEKERAAR', 'GGD', 'MAATSCHAPPELIJKE_OPVANG', 'BESCHERMD_WONEN',
  'GEHANDICAPTENZORG', 'OUDERENZORG', 'THUISZORG', 'HUISARTSEN', 'CLIENTONDERSTEUNING', 'VRIJWILLIGERSORGANISATIE', 'BURGERINITIATIEF', 'BELANGENORGANISATIE',
  'JUSTITIE', 'VEILIGHEIDSHUIS', 'WERK_EN_INKOMEN', 'SAMENWERKINGSVERBAND', 'ZORGAANBIEDER', 'OVERIG',
];
const partnerRollen = ['KETENPARTNER', 'INTENTIEPARTNER', 'SLEUTELPARTNER', 'FLEXIBELE_SCHIL', 'KERNTEAM', 'CONVENANTPARTIJ', 'CENTRUMGEMEENTE', 'BUDGETHOUDER', 'DEELNEMENDE_GEMEENTE', 'NETWERKPARTNER', 'ZORGAANBIEDER', 'OPDRACHTGEVER', 'MONITOR'];

const actieNamen = { AANGEMAAKT: 'aangemaakt', GEWIJZIGD: 'gewijzigd', BEEINDIGD: 'beëindigd', SAMENGEVOEGD: 'samengevoegd', INGETROKKEN: 'ingetrokken' };
const recordNamen = { PARTNER: 'organisatie', PARTNERROL: 'rol', LIDMAATSCHAP: 'lidmaatschap', BELEIDSDOCUMENT: 'document', AFSPRAAK: 'afspraak', BESTUURSORGAAN: 'bestuursorgaan', ORGAANLID: 'deelname aan orgaan', PRODUCT: 'product', SUBSIDIE: 'subsidie', SUBSIDIEBEDRAG: 'subsidiebedrag', KENGETAL: 'kengetal' };

/** What the hub's refused inputs mean, by the argument it names, in the words of the form. */
const invoerUitleggen = {
  kvkNummer: 'het KvK-nummer heeft acht cijfers.',
  agbCode: 'de AGB-code heeft acht cijfers.',
  website: 'de website is een webadres dat begint met https://.',
  email: 'het e-mailadres klopt niet.',
  telefoon: 'schrijf het telefoonnummer als 088 123 45 67 of +31 88 123 45 67.',
  naam: 'de naam ontbreekt of is langer dan 200 tekens.',
  vanaf: 'de begindatum is geen datum.',
  tot: 'de einddatum is geen datum.',
  reden: 'zeg waarom de directory verandert.',
  bron: 'noem de bron: een document, of de organisatie die het opgaf met de datum.',
  opgaveOp: 'de datum van de opgave ontbreekt of is geen datum.',
  bestand: 'het bestand is geen CSV- of XLSX-bestand dat de hub kan lezen, of het heeft geen regels.',
  peildatum: 'de datum van de stand is geen datum.',
};
const invoerUitleg = (argumentName) => invoerUitleggen[argumentName.split('.').pop()] || null;

const bronVelden = 'bron { document documentTitel sectie citaat }';
const twijfelVelden = 'twijfels { veld soort waarschijnlijk afleiding }';
const vastleggingVelden = 'geschiedenis { versie actie op door namens reden bron { document documentTitel sectie } wijzigingen { veld oud nieuw } }';

const queries = {
  regios: '{ regios { code naam } }',
  regio: `query Regio($regio: ID!, $p: String) {
    regio(code: $regio) {
      code naam aantalGemeentenVolgensBron ${bronVelden} ${twijfelVelden}
      centrumgemeente { naam } budgethouder { naam }
      lidmaatschappen(peildatum: $p) { id status domein vanaf tot toelichting gemeente { cbsCode naam } ${bronVelden} ${twijfelVelden} }
      beleidsdocumenten { id titel soort status geldigVan geldigTot partijen { id naam } ${bronVelden} ${twijfelVelden} }
      bestuursorganen(peildatum: $p) { id naam soort voorzitter leden(peildatum: $p) { id naam } ${bronVelden} ${twijfelVelden} }
      partners(peildatum: $p) { id naam soort rollen(regio: $regio, peildatum: $p) { id rol vanaf tot toelichting ${bronVelden} ${twijfelVelden} } }
    }
  }`,
  partner: `query Partner($id: ID!, $regio: ID!, $p: String) {
    partner(id: $id) {
      id naam naamInBron soort website email telefoon kvkNummer agbCode versie ${bronVelden} ${twijfelVelden}
      regios { code naam }
      rollen(regio: $regio, peildatum: $p) { id rol vanaf tot toelichting versie ${bronVelden} ${twijfelVelden} ${vastleggingVelden} }
      ${vastleggingVelden}
    }
  }`,
  gelijkende: `query Gelijkende($naam: String!, $kvk: String) {
    gelijkendeOrganisaties(naam: $naam, kvkNummer: $kvk) { id naam soort kvkNummer regios { naam } }
  }`,
  maakOrganisatie: `mutation Maak($organisatie: OrganisatieInvoer!, $rollen: [RolInvoer!]!, $verantwoording: VerantwoordingInvoer!, $bevestig: Boolean) {
    maakOrganisatie(organisatie: $organisatie, rollen: $rollen, verantwoording: $verantwoording, bevestigNieuw: $bevestig) {
      ok weigering { code bericht } partner { id naam } gelijkende { id naam soort kvkNummer regios { naam } }
    }
  }`,
  wijzigOrganisatie: `mutation Wijzig($id: ID!, $versie: Int!, $organisatie: OrganisatieInvoer!, $verantwoording: VerantwoordingInvoer!) {
    wijzigOrganisatie(id: $id, versie: $versie, organisatie: $organisatie, verantwoording: $verantwoording) { ok weigering { code bericht } partner { id versie } }
  }`,
  voegRolToe: `mutation VoegRolToe($partner: ID!, $rol: RolInvoer!, $verantwoording: VerantwoordingInvoer!) {
    voegRolToe(partner: $partner, rol: $rol, verantwoording: $verantwoording) { ok weigering { code bericht } rol { id versie } }
  }`,
  wijzigRol: `mutation WijzigRol($id: ID!, $versie: Int!, $rol: RolWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
    wijzigRol(id: $id, versie: $versie, rol: $rol, verantwoording: $verantwoording) { ok weigering { code bericht } rol { id versie } }
  }`,
  beeindigRol: `mutation BeeindigRol($id: ID!, $versie: Int!, $tot: String!, $verantwoording: VerantwoordingInvoer!) {
    beeindigRol(id: $id, versie: $versie, tot: $tot, verantwoording: $verantwoording) { ok weigering { code bericht } rol { id versie tot } }
  }`,
  importeerPartners: `mutation ImporteerPartners($regio: ID!, $bestand: BestandInvoer!, $proef: Boolean!, $verantwoording: VerantwoordingInvoer!) {
    uitkomst: importeerPartners(regio: $regio, bestand: $bestand, proef: $proef, verantwoording: $verantwoording) {
      proef toegepast ongeldig { regel redenen }
      nieuw { ...partnerregel } gewijzigd { ...partnerregel } beeindigd { ...partnerregel } ongewijzigd { ...partnerregel }
    }
  }
  fragment partnerregel on Importregel { regel naam rol velden { veld oud nieuw } }`,
  importeerProducten: `mutation ImporteerProducten($regio: ID!, $bestand: BestandInvoer!, $proef: Boolean!, $verantwoording: VerantwoordingInvoer!) {
    uitkomst: importeerProducten(regio: $regio, bestand: $bestand, proef: $proef, verantwoording: $verantwoording) {
      proef toegepast ongeldig { regel redenen }
      nieuw { ...productregel } gewijzigd { ...productregel } beeindigd { ...productregel } ongewijzigd { ...productregel }
    }
  }
  fragment productregel on Productimportregel { regel naam code velden { veld oud nieuw } }`,
  geschiedenis: `query Regiogeschiedenis($regio: ID!, $na1: String, $na2: String, $na3: String) {
    regiowijzigingen(regio: $regio, vanBeheerders: true, na: $na1, first: 100) { ...pagina }
    partnerwijzigingen(regio: $regio, vanBeheerders: true, na: $na2, first: 100) { ...pagina }
    voorzieningwijzigingen(regio: $regio, vanBeheerders: true, na: $na3, first: 100) { ...pagina }
  }
  fragment pagina on Wijzigingenpagina { cursor heeftMeer wijzigingen { nr op soort sleutel versie actie door namens reden bron } }`,
};

const vandaag = () => new Date().toISOString().slice(0, 10);

const state = { regios: [], regio: null, peildatum: vandaag(), paneel: 'overzicht', partners: [], partner: null, import: null, kiesTab: null };
// A steward can switch region or date while a list is loading; only the latest answer may fill the screen.
const laatste = { regio: 0, partner: 0 };

// ------------------------------------------------------------------------------------------------
// Who may do what: reading is for everyone; changing is for the region's own steward or a hub
// steward, and only in today's directory. What a user may not do is absent, not disabled.

function magBewerken() {
  const ik = sessie.ik;
  if (!ik || state.peildatum !== vandaag()) return false;
  if (ik.rollen.includes('HUBBEHEERDER')) return true;
  return ik.rollen.includes('REGIOBEHEERDER') && ik.regio !== null && ik.regio.code === state.regio;
}

function toonRechten() {
  const ik = sessie.ik;
  const regioNaam = (state.regios.find((regio) => regio.code === state.regio) || {}).naam || state.regio;
  let tekst;
  if (ik.rollen.includes('HUBBEHEERDER')) tekst = `U bent hubbeheerder: u kunt de directory van ${regioNaam} wijzigen.`;
  else if (ik.rollen.includes('REGIOBEHEERDER') && ik.regio && ik.regio.code === state.regio) tekst = `U bent regiobeheerder van ${regioNaam}: u kunt de directory van deze regio wijzigen.`;
  else if (ik.rollen.includes('REGIOBEHEERDER')) tekst = `Alleen lezen: u bent regiobeheerder van ${ik.regio ? ik.regio.naam : 'geen regio'}, niet van ${regioNaam}. Wilt u hier iets wijzigen, vraag het de beheerder van deze regio of de hubbeheerder.`;
  else tekst = `Alleen lezen: wijzigen kan alleen een regiobeheerder van ${regioNaam} of de hubbeheerder.`;
  $('rechten').textContent = tekst;
  const verleden = state.peildatum !== vandaag();
  $('peildatum-uitleg').hidden = !verleden;
  $('peildatum-uitleg').textContent = verleden ? `U ziet de directory zoals die op ${state.peildatum} was. Wijzigen kan alleen in de stand van vandaag.` : '';
  for (const node of document.querySelectorAll('[data-alleen-beheerder]')) node.hidden = !magBewerken();
  const tabs = [
    { naam: 'overzicht', label: 'Overzicht' },
    { naam: 'partners', label: 'Partners' },
    ...(magBewerken() ? [{ naam: 'importeren', label: 'Importeren' }] : []),
    { naam: 'geschiedenis', label: 'Geschiedenis' },
  ];
  const blijft = tabs.some((tab) => tab.naam === state.paneel) && (magBewerken() || $('nieuwe-organisatie').hidden);
  state.kiesTab = tabbladen($('beheer-tabs'), tabs, opTab);
  kiesPaneel(blijft ? state.paneel : 'overzicht', { behoudDetail: blijft });
}

// ------------------------------------------------------------------------------------------------
// Reason and source: every change says why and on what it rests (a document, or an organisation's
// own statement on a date). One builder for every form on the page.

function verantwoordingVelden(fieldset, prefix) {
  const id = (naam) => `${prefix}-${naam}`;
  const organisatie = sessie.ik && sessie.ik.organisatie ? sessie.ik.organisatie.naam : '';
  vervang(
    fieldset,
    el('legend', {}, 'Waarom en op welke bron'),
    el('div', { class: 'velden' },
      el('p', { class: 'breed' }, el('label', { for: id('reden') }, 'Reden van de wijziging'), el('input', { id: id('reden'), required: true, maxlength: 500, autocomplete: 'off' })),
      el('p', {}, el('label', { for: id('bronsoort') }, 'Bron'),
        el('select', { id: id('bronsoort') }, el('option', { value: 'opgave' }, 'opgave van een organisatie'), el('option', { value: 'document' }, 'een document'))),
      el('p', { 'data-bron': 'opgave' }, el('label', { for: id('opgave-van') }, 'Opgave van (organisatie)'), el('input', { id: id('opgave-van'), value: organisatie, maxlength: 200, autocomplete: 'organization' })),
      el('p', { 'data-bron': 'opgave' }, el('label', { for: id('opgave-op') }, 'Datum van de opgave'), el('input', { id: id('opgave-op'), type: 'date', value: vandaag() })),
      el('p', { 'data-bron': 'document', hidden: true }, el('label', { for: id('document') }, 'Document'), el('input', { id: id('document'), maxlength: 300, autocomplete: 'off' })),
      el('p', { 'data-bron': 'document', hidden: true }, el('label', { for: id('sectie') }, 'Sectie'), el('input', { id: id('sectie'), maxlength: 200, autocomplete: 'off' })),
    ),
  );
  const soort = $(id('bronsoort'));
  const toon = () => {
    for (const veld of fieldset.querySelectorAll('[data-bron]')) veld.hidden = veld.dataset.bron !== soort.value;
    $(id('opgave-van')).required = soort.value === 'opgave';
    $(id('opgave-op')).required = soort.value === 'opgave';
    $(id('document')).required = soort.value === 'document';
  };
  soort.addEventListener('change', toon);
  toon();
  return () => ({
    reden: $(id('reden')).value.trim(),
    bron:
      soort.value === 'document'
        ? { document: $(id('document')).value.trim(), sectie: $(id('sectie')).value.trim() || null }
        : { opgaveVan: $(id('opgave-van')).value.trim(), opgaveOp: $(id('opgave-op')).value },
  });
}

// ------------------------------------------------------------------------------------------------
// Refusals: the hub's typed refusal (stale version, already ended, ...) in its own plain Dutch,
// with what to do next; a refused permission says whom to ask. Nothing was changed in either case.

function toonWeigering(weigering) {
  const vak = $('weigering');
  const acties = [];
  if (weigering.code === 'VERSIE_VEROUDERD') acties.push(el('button', { type: 'button', onclick: () => metMelding(() => openPartner(state.partner.id)) }, 'Opnieuw laden'));
  vervang(vak, el('p', {}, el('strong', {}, 'Niet opgeslagen. '), weigering.bericht, ' Er is niets gewijzigd.'), acties);
  vak.hidden = false;
  vak.focus();
}

async function verwerk(werk) {
  $('weigering').hidden = true;
  try {
    wisMelding();
    return await werk();
  } catch (error) {
    if (error instanceof HubFout && error.code === 'FORBIDDEN') {
      toonMelding('Niet opgeslagen: u mag dit niet wijzigen. Het hoort bij een andere regio, of raakt ook de gegevens van een andere regio. Er is niets gewijzigd; vraag de hubbeheerder om deze wijziging.');
    } else {
      toonMelding(error instanceof HubFout ? error.message : `Er ging iets mis: ${error.message}`);
    }
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------------
// Showing a source: the document and section, and the quote behind a disclosure.

function bronCel(bron, twijfels = []) {
  if (!bron) return '–';
  return el(
    'div',
    { class: 'bron' },
    [bron.documentTitel || bron.document, bron.sectie].filter(Boolean).join(', '),
    bron.citaat ? el('details', {}, el('summary', {}, 'citaat'), el('q', {}, bron.citaat)) : null,
    twijfels.map((twijfel) => el('p', { class: 'twijfel' }, `Twijfel over ${twijfel.veld}: ${twijfel.afleiding}${twijfel.waarschijnlijk ? ` (waarschijnlijk: ${twijfel.waarschijnlijk})` : ''}`)),
  );
}

const geldigOp = (vanaf, tot, dag) => (!vanaf || vanaf <= dag) && (!tot || tot >= dag);
const periode = (vanaf, tot) => (vanaf || tot ? `${vanaf || '…'} t/m ${tot || '…'}` : '–');

// ------------------------------------------------------------------------------------------------
// Panels.

// The panels a tab shows; `importeren` is absent for whoever may not edit.
const panelen = ['overzicht', 'partners', 'importeren', 'geschiedenis'];

function opTab(naam) {
  state.paneel = naam;
  $('importeren').hidden = naam !== 'importeren';
  // A tab opens its panel's start: for Partners the list, not an organisation left open.
  $('partner-detail').hidden = true;
  $('nieuwe-organisatie').hidden = true;
  if (naam === 'geschiedenis') metMelding(laadGeschiedenis);
}

/** Shows a panel as its tab would; `behoudDetail` keeps an open organisation open (a reload after an edit). */
function kiesPaneel(naam, { behoudDetail = false } = {}) {
  const detail = !$('partner-detail').hidden;
  const nieuw = !$('nieuwe-organisatie').hidden;
  state.kiesTab(naam);
  for (const paneel of panelen) if (paneel !== naam) $(paneel).hidden = true;
  if (behoudDetail && naam === 'partners' && (detail || nieuw)) {
    $('partners').hidden = true;
    $('partner-detail').hidden = !detail;
    $('nieuwe-organisatie').hidden = !nieuw;
  }
}

// ------------------------------------------------------------------------------------------------
// The region as of the chosen day.

async function laadRegio() {
  const beurt = ++laatste.regio;
  toonStatus('De directory laden…');
  const data = await gql(queries.regio, { regio: state.regio, p: state.peildatum }, { partial: true });
  if (beurt !== laatste.regio) return;
  const regio = data.regio;
  if (!regio) throw new HubFout('Deze regio staat niet in de hub.');
  $('beheer-titel').textContent = `${regio.naam}${state.peildatum === vandaag() ? '' : ` op ${state.peildatum}`}`;
  toonRechten();

  vervang(
    $('regio-kern'),
    [
      ['Centrumgemeente', regio.centrumgemeente ? regio.centrumgemeente.naam : 'niet genoemd'],
      ['Budgethouder', regio.budgethouder ? regio.budgethouder.naam : 'niet genoemd'],
      ['Gemeenten', String((regio.lidmaatschappen || []).length) + (regio.aantalGemeentenVolgensBron ? ` (volgens de bron ${regio.aantalGemeentenVolgensBron})` : '')],
      ['Partners', String((regio.partners || []).length)],
    ].map(([naam, waarde]) => el('div', {}, el('dt', {}, naam), el('dd', {}, waarde))),
  );
  vervang($('regio-bron'), 'Bron van de regio: ', bronCel(regio.bron, regio.twijfels));
  vervang(
    $('gemeenten'),
    tabel({
      kop: 'Gemeenten en hun lidmaatschap',
      testid: 'gemeenten',
      kolommen: ['Gemeente', 'CBS-code', 'Status', 'Periode', 'Toelichting', 'Bron'],
      leeg: 'Geen gemeenten op deze dag.',
      regels: (regio.lidmaatschappen || []).map((lid) =>
        el('tr', {}, el('td', {}, lid.gemeente.naam), el('td', {}, lid.gemeente.cbsCode), el('td', {}, `${enumNaam(lid.status)}${lid.domein ? ` (${lid.domein})` : ''}`), el('td', {}, periode(lid.vanaf, lid.tot)), el('td', {}, lid.toelichting || ''), el('td', {}, bronCel(lid.bron, lid.twijfels))),
      ),
    }),
  );
  vervang(
    $('documenten'),
    tabel({
      kop: `Documenten en hun looptijd (alle, ook beëindigde; in de kolom Op ${state.peildatum}: of het document die dag gold)`,
      testid: 'documenten',
      kolommen: ['Document', 'Soort', 'Looptijd', `Op ${state.peildatum}`, 'Partijen', 'Bron'],
      leeg: 'De regio heeft geen documenten in de hub.',
      regels: (regio.beleidsdocumenten || []).map((document) =>
        el(
          'tr',
          {},
          el('td', {}, document.titel, document.status === 'CONCEPT' ? ' (concept)' : ''),
          el('td', {}, enumNaam(document.soort)),
          el('td', {}, periode(document.geldigVan, document.geldigTot)),
          el('td', {}, geldigOp(document.geldigVan, document.geldigTot, state.peildatum) ? 'geldig' : 'niet geldig'),
          el('td', {}, (document.partijen || []).length > 0 ? `${document.partijen.length} partijen` : '–'),
          el('td', {}, bronCel(document.bron, document.twijfels)),
        ),
      ),
    }),
  );
  vervang(
    $('organen'),
    tabel({
      kop: 'Bestuursorganen',
      testid: 'organen',
      kolommen: ['Orgaan', 'Soort', 'Voorzitter', 'Leden', 'Bron'],
      leeg: 'Geen bestuursorganen op deze dag.',
      regels: (regio.bestuursorganen || []).map((orgaan) =>
        el('tr', {}, el('td', {}, orgaan.naam), el('td', {}, enumNaam(orgaan.soort)), el('td', {}, orgaan.voorzitter || '–'), el('td', {}, (orgaan.leden || []).map((lid) => lid.naam).join(', ') || '–'), el('td', {}, bronCel(orgaan.bron, orgaan.twijfels))),
      ),
    }),
  );
  state.partners = regio.partners || [];
  toonPartners();
  toonStatus(`Stand op ${state.peildatum}, bijgewerkt om ${new Date().toLocaleTimeString('nl-NL')}.`);
}

function toonPartners() {
  const rol = $('filter-rol').value;
  const zoek = $('filter-naam').value.trim().toLowerCase();
  const regels = state.partners
    .flatMap((partner) => partner.rollen.map((rolInRegio) => ({ partner, rol: rolInRegio })))
    .filter((regel) => (!rol || regel.rol.rol === rol) && (!zoek || regel.partner.naam.toLowerCase().includes(zoek)))
    .sort((a, b) => partnerRollen.indexOf(a.rol.rol) - partnerRollen.indexOf(b.rol.rol) || a.partner.naam.localeCompare(b.partner.naam, 'nl'));
  const bewerken = magBewerken();
  vervang(
    $('partnerlijst'),
    tabel({
      kop: `${regels.length} rollen van ${state.partners.length} organisaties op ${state.peildatum}`,
      testid: 'partnertabel',
      kolommen: ['Rol', 'Organisatie', 'Soort', 'Periode', 'Bron', 'Acties'],
      leeg: 'Geen partners met deze rol op deze dag.',
      regels: regels.map(({ partner, rol: rolInRegio }) =>
        el(
          'tr',
          { 'data-partner': partner.id, 'data-rol': rolInRegio.rol },
          el('td', {}, enumNaam(rolInRegio.rol)),
          el('td', {}, partner.naam),
          el('td', {}, enumNaam(partner.soort)),
          el('td', {}, periode(rolInRegio.vanaf, rolInRegio.tot)),
          el('td', {}, bronCel(rolInRegio.bron, rolInRegio.twijfels)),
          el('td', { class: 'knoppen' }, el('button', { type: 'button', onclick: () => metMelding(() => openPartner(partner.id)), 'aria-label': `${bewerken ? 'Bewerken' : 'Bekijken'}: ${partner.naam}` }, bewerken ? 'Bewerken' : 'Bekijken')),
        ),
      ),
    }),
  );
}

// ------------------------------------------------------------------------------------------------
// One organisation: its details, its roles in this region, and its history. It takes the list's
// place, so the steward need not scroll past the whole list; "Terug" brings the list back.

function terugNaarLijst() {
  const vorige = state.partner;
  $('partner-detail').hidden = true;
  $('nieuwe-organisatie').hidden = true;
  $('partners').hidden = false;
  const knop = vorige ? document.querySelector(`[data-testid="partnertabel"] tr[data-partner="${CSS.escape(vorige.id)}"] button`) : null;
  if (knop) knop.focus();
  else $('partners-titel').focus();
}

async function openPartner(id) {
  const beurt = ++laatste.partner;
  const data = await gql(queries.partner, { id, regio: state.regio, p: state.peildatum }, { partial: true });
  if (beurt !== laatste.partner) return;
  const partner = data.partner;
  if (!partner) throw new HubFout('Deze organisatie staat niet (meer) in de directory.');
  state.partner = partner;
  $('nieuwe-organisatie').hidden = true;
  $('partners').hidden = true;
  $('partner-detail').hidden = false;
  $('weigering').hidden = true;
  $('partner-titel').textContent = `${partner.naam} (${enumNaam(partner.soort)})`;
  const bewerken = magBewerken();
  const andereRegios = (partner.regios || []).filter((regio) => regio.code !== state.regio);

  // Details: a form for a steward, a list for anyone else.
  if (bewerken) {
    const velden = [
      ['naam', 'Naam', partner.naam, { required: true, maxlength: 200 }],
      ['website', 'Website', partner.website, { type: 'url', placeholder: 'https://' }],
      ['email', 'Algemeen e-mailadres', partner.email, { type: 'email' }],
      ['telefoon', 'Algemeen telefoonnummer', partner.telefoon, { type: 'tel' }],
      ['kvkNummer', 'KvK-nummer', partner.kvkNummer, { inputmode: 'numeric' }],
      ['agbCode', 'AGB-code', partner.agbCode, { inputmode: 'numeric' }],
    ];
    const formulier = el(
      'form',
      { class: 'formulier', id: 'gegevens-formulier', 'aria-label': `Gegevens van ${partner.naam}` },
      andereRegios.length > 0 ? el('p', { class: 'uitleg' }, `Deze organisatie is ook partner in ${andereRegios.map((regio) => regio.naam).join(', ')}. Haar gegevens wijzigen kan daarom alleen de hubbeheerder; haar rollen in deze regio kunt u wel wijzigen.`) : null,
      el('div', { class: 'velden' },
        velden.map(([naam, label, waarde, extra]) => el('p', {}, el('label', { for: `gegevens-${naam}` }, label), el('input', { id: `gegevens-${naam}`, value: waarde || '', autocomplete: 'off', ...extra }))),
        el('p', {}, el('label', { for: 'gegevens-soort' }, 'Soort organisatie'), el('select', { id: 'gegevens-soort' }, partnerSoorten.map((soort) => el('option', { value: soort, selected: soort === partner.soort }, enumNaam(soort))))),
      ),
      el('fieldset', { id: 'gegevens-verantwoording', class: 'verantwoording' }),
      el('div', { class: 'knoppen' }, el('button', { type: 'submit', class: 'primair' }, 'Gegevens opslaan')),
    );
    vervang($('partner-gegevens'), formulier);
    const verantwoording = verantwoordingVelden($('gegevens-verantwoording'), 'gegevens');
    formulier.addEventListener('submit', (event) => {
      event.preventDefault();
      verwerk(() => slaGegevensOp(partner, verantwoording()));
    });
  } else {
    vervang(
      $('partner-gegevens'),
      el('dl', { class: 'gegevens' },
        [['KvK-nummer', partner.kvkNummer], ['AGB-code', partner.agbCode], ['Website', partner.website], ['E-mail', partner.email], ['Telefoon', partner.telefoon], ['Ook partner in', andereRegios.map((regio) => regio.naam).join(', ')]]
          .map(([naam, waarde]) => el('div', {}, el('dt', {}, naam), el('dd', {}, waarde || '–')))),
      el('p', {}, 'Bron: ', bronCel(partner.bron, partner.twijfels)),
    );
  }

  vervang(
    $('partner-rollen'),
    tabel({
      kop: `Rollen in ${state.regios.find((regio) => regio.code === state.regio).naam} op ${state.peildatum}`,
      testid: 'rollen',
      kolommen: ['Rol', 'Vanaf', 'Tot en met', 'Toelichting', 'Bron', 'Acties'],
      leeg: 'Geen rol in deze regio op deze dag.',
      regels: partner.rollen.map((rol) =>
        el(
          'tr',
          { 'data-rol': rol.rol, 'data-versie': rol.versie },
          el('td', {}, enumNaam(rol.rol)),
          el('td', {}, rol.vanaf || '–'),
          el('td', {}, rol.tot || '–'),
          el('td', {}, rol.toelichting || ''),
          el('td', {}, bronCel(rol.bron, rol.twijfels)),
          el('td', { class: 'knoppen' }, bewerken ? el('button', { type: 'button', onclick: () => toonRolFormulier(partner, rol), 'aria-label': `Rol ${enumNaam(rol.rol)} wijzigen of beëindigen` }, 'Wijzigen of beëindigen') : null),
        ),
      ),
    }),
  );
  vervang($('partner-formulieren'), bewerken ? el('button', { type: 'button', id: 'rol-toevoegen', onclick: () => toonRolFormulier(partner, null) }, 'Rol toevoegen') : null);

  const regels = [
    ...partner.geschiedenis.map((versie) => ({ versie, wat: 'gegevens' })),
    ...partner.rollen.flatMap((rol) => rol.geschiedenis.map((versie) => ({ versie, wat: `rol ${enumNaam(rol.rol)}` }))),
  ].sort((a, b) => b.versie.op.localeCompare(a.versie.op));
  vervang($('partner-geschiedenis'), geschiedenisTabel(regels, 'partnergeschiedenis'));
  $('partner-titel').focus();
}

function geschiedenisTabel(regels, testid) {
  return tabel({
    kop: `${regels.length} versies, nieuwste eerst`,
    testid,
    kolommen: ['Wanneer', 'Wat', 'Door', 'Waarom', 'Bron', 'Veranderd'],
    leeg: 'Geen geschiedenis.',
    regels: regels.map(({ versie, wat }) =>
      el(
        'tr',
        {},
        el('td', {}, tijdstip(versie.op)),
        el('td', {}, `${wat} ${actieNamen[versie.actie] || versie.actie} (versie ${versie.versie})`),
        el('td', {}, [versie.door, versie.namens].filter(Boolean).join(' namens ') || '–'),
        el('td', {}, versie.reden),
        el('td', {}, [versie.bron.documentTitel || versie.bron.document, versie.bron.sectie].filter(Boolean).join(', ')),
        el('td', {}, versie.wijzigingen.filter((wijziging) => wijziging.veld !== 'twijfels').map((wijziging) => `${wijziging.veld}: ${wijziging.oud ?? '–'} → ${wijziging.nieuw ?? '–'}`).join('; ') || '–'),
      ),
    ),
  });
}

/** The form for one role (dates, note; or end it), or for a new role when `rol` is null. */
function toonRolFormulier(partner, rol) {
  const nieuw = rol === null;
  const formulier = el(
    'form',
    { class: 'formulier', id: 'rol-formulier', 'aria-labelledby': 'rol-formulier-titel' },
    el('h4', { id: 'rol-formulier-titel', tabindex: -1 }, nieuw ? 'Rol toevoegen' : `Rol ${enumNaam(rol.rol)} wijzigen`),
    el('div', { class: 'velden' },
      nieuw ? el('p', {}, el('label', { for: 'rol-rol' }, 'Rol'), el('select', { id: 'rol-rol', required: true }, partnerRollen.map((waarde) => el('option', { value: waarde }, enumNaam(waarde))))) : null,
      el('p', {}, el('label', { for: 'rol-vanaf' }, 'Vanaf'), el('input', { id: 'rol-vanaf', type: 'date', value: nieuw ? '' : rol.vanaf || '' })),
      el('p', {}, el('label', { for: 'rol-tot' }, 'Tot en met'), el('input', { id: 'rol-tot', type: 'date', value: nieuw ? '' : rol.tot || '' })),
      el('p', { class: 'breed' }, el('label', { for: 'rol-toelichting' }, 'Toelichting'), el('input', { id: 'rol-toelichting', value: nieuw ? '' : rol.toelichting || '', maxlength: 500, autocomplete: 'off' })),
    ),
    el('fieldset', { id: 'rol-verantwoording', class: 'verantwoording' }),
    el(
      'div',
      { class: 'knoppen' },
      el('button', { type: 'submit', class: 'primair', value: 'opslaan' }, nieuw ? 'Rol toevoegen' : 'Rol opslaan'),
      nieuw ? null : el('button', { type: 'button', id: 'rol-beeindigen' }, 'Rol beëindigen'),
      el('button', { type: 'button', id: 'rol-annuleren' }, 'Annuleren'),
    ),
  );
  vervang($('partner-formulieren'), formulier);
  const verantwoording = verantwoordingVelden($('rol-verantwoording'), 'rol');
  formulier.addEventListener('submit', (event) => {
    event.preventDefault();
    verwerk(() => (nieuw ? voegRolToe(partner) : slaRolOp(rol, verantwoording())));
  });
  if (!nieuw) {
    $('rol-beeindigen').addEventListener('click', () => {
      if (!formulier.reportValidity()) return;
      if (!$('rol-tot').value) {
        $('rol-tot').setCustomValidity('Vul de laatste dag van de rol in.');
        $('rol-tot').reportValidity();
        $('rol-tot').addEventListener('input', () => $('rol-tot').setCustomValidity(''), { once: true });
        return;
      }
      verwerk(() => beeindigRol(rol, $('rol-tot').value, verantwoording()));
    });
  }
  $('rol-annuleren').addEventListener('click', () => openPartner(partner.id));
  const voegRolToe = async () => {
    const data = await gql(queries.voegRolToe, {
      partner: partner.id,
      rol: { regio: state.regio, rol: $('rol-rol').value, vanaf: $('rol-vanaf').value || null, tot: $('rol-tot').value || null, toelichting: $('rol-toelichting').value.trim() || null },
      verantwoording: verantwoording(),
    });
    await naWijziging(data.voegRolToe, `Rol ${enumNaam($('rol-rol').value)} toegevoegd aan ${partner.naam}.`);
  };
  $('rol-formulier-titel').focus();
}

async function naWijziging(uitkomst, gelukt) {
  if (!uitkomst.ok) {
    toonWeigering(uitkomst.weigering);
    return;
  }
  const id = state.partner.id;
  await laadRegio();
  await openPartner(id);
  toonStatus(gelukt);
}

async function slaGegevensOp(partner, verantwoording) {
  const waarde = (naam) => $(`gegevens-${naam}`).value.trim() || null;
  const organisatie = { naam: waarde('naam'), soort: $('gegevens-soort').value, website: waarde('website'), email: waarde('email'), telefoon: waarde('telefoon'), kvkNummer: waarde('kvkNummer'), agbCode: waarde('agbCode') };
  const data = await gql(queries.wijzigOrganisatie, { id: partner.id, versie: partner.versie, organisatie, verantwoording });
  await naWijziging(data.wijzigOrganisatie, `De gegevens van ${organisatie.naam} zijn opgeslagen.`);
}

async function slaRolOp(rol, verantwoording) {
  const wijziging = { vanaf: $('rol-vanaf').value || null, tot: $('rol-tot').value || null, toelichting: $('rol-toelichting').value.trim() || null };
  const data = await gql(queries.wijzigRol, { id: rol.id, versie: rol.versie, rol: wijziging, verantwoording });
  await naWijziging(data.wijzigRol, `Rol ${enumNaam(rol.rol)} is opgeslagen.`);
}

async function beeindigRol(rol, tot, verantwoording) {
  const data = await gql(queries.beeindigRol, { id: rol.id, versie: rol.versie, tot, verantwoording });
  await naWijziging(data.beeindigRol, `Rol ${enumNaam(rol.rol)} is beëindigd per ${tot}.`);
}

// ------------------------------------------------------------------------------------------------
// A new organisation: the hub's duplicate check is shown before anything is saved.

let nieuweVerantwoording = null;

function toonNieuwFormulier() {
  $('partner-detail').hidden = true;
  $('partners').hidden = true;
  $('nieuwe-organisatie').hidden = false;
  $('nieuw-formulier').reset();
  $('gelijkende').hidden = true;
  nieuweVerantwoording = verantwoordingVelden($('nieuw-verantwoording'), 'nieuw');
  $('nieuw-titel').focus();
}

function nieuweOrganisatie() {
  const waarde = (id) => $(id).value.trim() || null;
  return {
    organisatie: { naam: waarde('nieuw-naam'), soort: $('nieuw-soort').value, kvkNummer: waarde('nieuw-kvk'), website: waarde('nieuw-website') },
    rollen: [{ regio: state.regio, rol: $('nieuw-rol').value, vanaf: waarde('nieuw-vanaf') }],
  };
}

async function controleerEnVoegToe() {
  const { organisatie, rollen } = nieuweOrganisatie();
  const data = await gql(queries.gelijkende, { naam: organisatie.naam, kvk: organisatie.kvkNummer });
  if (data.gelijkendeOrganisaties.length > 0) {
    toonGelijkende(data.gelijkendeOrganisaties);
    return;
  }
  await voegNieuweToe(false);
}

function toonGelijkende(gelijkende) {
  const vak = $('gelijkende');
  vervang(
    vak,
    el('h4', { id: 'gelijkende-titel', tabindex: -1 }, 'Let op: deze organisatie lijkt op een die al in de directory staat'),
    el('p', {}, 'Dezelfde naam (zonder rechtsvorm, hoofdletters en leestekens) of hetzelfde KvK-nummer. Er is nog niets opgeslagen. Is het dezelfde organisatie, geef haar dan hier een rol in plaats van haar opnieuw toe te voegen.'),
    el('ul', {}, gelijkende.map((partner) =>
      el('li', { 'data-partner': partner.id },
        `${partner.naam} (${enumNaam(partner.soort)}${partner.kvkNummer ? `, KvK ${partner.kvkNummer}` : ''}${(partner.regios || []).length > 0 ? `, partner in ${partner.regios.map((regio) => regio.naam).join(', ')}` : ''}) `,
        el('button', { type: 'button', onclick: () => verwerk(() => geefBestaandeRol(partner)) }, `Rol geven aan ${partner.naam}`)))),
    el('div', { class: 'knoppen' }, el('button', { type: 'button', class: 'primair', id: 'toch-toevoegen', onclick: () => verwerk(() => voegNieuweToe(true)) }, 'Toch als nieuwe organisatie toevoegen')),
  );
  vak.hidden = false;
  $('gelijkende-titel').focus();
}

async function geefBestaandeRol(partner) {
  const { rollen } = nieuweOrganisatie();
  const data = await gql(queries.voegRolToe, { partner: partner.id, rol: rollen[0], verantwoording: nieuweVerantwoording() });
  if (!data.voegRolToe.ok) {
    toonMelding(`Niet opgeslagen: ${data.voegRolToe.weigering.bericht} Er is niets gewijzigd.`);
    return;
  }
  state.partner = partner;
  await laadRegio();
  await openPartner(partner.id);
  toonStatus(`${partner.naam} heeft nu de rol ${enumNaam(rollen[0].rol)} in deze regio.`);
}

async function voegNieuweToe(bevestig) {
  const { organisatie, rollen } = nieuweOrganisatie();
  const data = await gql(queries.maakOrganisatie, { organisatie, rollen, verantwoording: nieuweVerantwoording(), bevestig });
  const uitkomst = data.maakOrganisatie;
  if (!uitkomst.ok) {
    if (uitkomst.weigering.code === 'LIJKT_OP_BESTAANDE') toonGelijkende(uitkomst.gelijkende);
    else toonMelding(`Niet opgeslagen: ${uitkomst.weigering.bericht} Er is niets gewijzigd.`);
    return;
  }
  $('nieuwe-organisatie').hidden = true;
  state.partner = uitkomst.partner;
  await laadRegio();
  await openPartner(uitkomst.partner.id);
  toonStatus(`${uitkomst.partner.naam} is toegevoegd.`);
}

// ------------------------------------------------------------------------------------------------
// Importing a spreadsheet: first the difference (a dry run), then apply or cancel.

let importVerantwoording = null;

function leesBestand(bestand) {
  return new Promise((resolve, reject) => {
    const lezer = new FileReader();
    lezer.onload = () => resolve(String(lezer.result).replace(/^data:[^,]*,/, ''));
    lezer.onerror = () => reject(new Error('het bestand kan niet gelezen worden'));
    lezer.readAsDataURL(bestand);
  });
}

async function bekijkImport() {
  const bestand = $('import-bestand').files[0];
  if (!bestand) return;
  const lijst = $('import-lijst').value;
  toonStatus(`${bestand.name} vergelijken met de directory…`);
  const variabelen = { regio: state.regio, bestand: { naam: bestand.name, inhoud: await leesBestand(bestand) }, proef: true, verantwoording: importVerantwoording() };
  const data = await gql(lijst === 'producten' ? queries.importeerProducten : queries.importeerPartners, variabelen);
  state.import = { lijst, variabelen };
  toonImport(data.uitkomst, bestand.name);
  toonStatus(`${bestand.name} is vergeleken met de directory.`);
}

function toonImport(uitkomst, naam) {
  const lijst = state.import.lijst;
  const wat = (regel) => (lijst === 'producten' ? `${regel.code} ${regel.naam}` : `${regel.naam}, ${enumNaam(regel.rol)}`);
  const waar = (regel) => (regel.regel === null ? 'niet meer in het bestand' : `regel ${regel.regel}`);
  const velden = (regel) => regel.velden.map((veld) => `${veld.veld}: ${veld.oud ?? '–'} → ${veld.nieuw ?? '–'}`).join('; ');
  const groep = (titel, regels, testid) =>
    tabel({ kop: `${titel} (${regels.length})`, testid, kolommen: ['Waar', 'Wat', 'Verandert'], leeg: 'Geen.', regels: regels.map((regel) => el('tr', {}, el('td', {}, waar(regel)), el('td', {}, wat(regel)), el('td', {}, velden(regel) || '–'))) });
  const vak = $('import-uitkomst');
  const geweigerd = uitkomst.ongeldig.length > 0;
  const niets = uitkomst.nieuw.length + uitkomst.gewijzigd.length + uitkomst.beeindigd.length === 0;
  let samenvatting;
  if (geweigerd) samenvatting = `${naam} is geweigerd: ${uitkomst.ongeldig.length} ${uitkomst.ongeldig.length === 1 ? 'regel klopt' : 'regels kloppen'} niet. Er is niets toegepast. Verbeter het bestand en kies het opnieuw.`;
  else if (uitkomst.toegepast) samenvatting = `${naam} is toegepast: ${uitkomst.nieuw.length} nieuw, ${uitkomst.gewijzigd.length} gewijzigd, ${uitkomst.beeindigd.length} beëindigd.`;
  else if (niets) samenvatting = `${naam} verandert niets: de directory zegt al wat het bestand zegt.`;
  else samenvatting = `Proef van ${naam}: ${uitkomst.nieuw.length} nieuw, ${uitkomst.gewijzigd.length} gewijzigd, ${uitkomst.beeindigd.length} beëindigd, ${uitkomst.ongewijzigd.length} ongewijzigd. Er is nog niets toegepast.`;
  vervang(
    vak,
    el('h4', { id: 'import-samenvatting', tabindex: -1, class: geweigerd ? 'fout' : null, 'data-testid': 'import-samenvatting' }, samenvatting),
    geweigerd
      ? tabel({
          kop: `Ongeldige regels (${uitkomst.ongeldig.length})`,
          testid: 'import-ongeldig',
          kolommen: ['Regel', 'Redenen'],
          leeg: 'Geen.',
          regels: uitkomst.ongeldig.map((regel) => el('tr', {}, el('td', {}, `regel ${regel.regel}`), el('td', {}, el('ul', {}, regel.redenen.map((reden) => el('li', {}, reden)))))),
        })
      : null,
    groep('Nieuw', uitkomst.nieuw, 'import-nieuw'),
    groep('Gewijzigd', uitkomst.gewijzigd, 'import-gewijzigd'),
    groep('Beëindigd', uitkomst.beeindigd, 'import-beeindigd'),
    el('details', {}, el('summary', {}, `Ongewijzigd (${uitkomst.ongewijzigd.length})`), uitkomst.ongewijzigd.map((regel) => el('p', {}, `${waar(regel)}: ${wat(regel)}`))),
    !geweigerd && !uitkomst.toegepast && !niets
      ? el('div', { class: 'knoppen' },
          el('button', { type: 'button', class: 'primair', id: 'import-toepassen', onclick: () => verwerk(pasImportToe) }, 'Toepassen'),
          el('button', { type: 'button', id: 'import-annuleren', onclick: annuleerImport }, 'Annuleren'))
      : null,
  );
  vak.hidden = false;
  $('import-samenvatting').focus();
}

async function pasImportToe() {
  const { lijst, variabelen } = state.import;
  toonStatus('Het bestand toepassen…');
  const data = await gql(lijst === 'producten' ? queries.importeerProducten : queries.importeerPartners, { ...variabelen, proef: false });
  toonImport(data.uitkomst, variabelen.bestand.naam);
  await laadRegio();
  toonStatus(data.uitkomst.toegepast ? `${variabelen.bestand.naam} is toegepast.` : 'Er is niets toegepast.');
}

function annuleerImport() {
  state.import = null;
  $('import-uitkomst').hidden = true;
  $('import-formulier').reset();
  toonStatus('De import is geannuleerd; er is niets toegepast.');
  $('import-bestand').focus();
}

// ------------------------------------------------------------------------------------------------
// The region's history: every steward's change in regions, partners and voorzieningen, newest first.

async function laadGeschiedenis() {
  const regels = [];
  const cursors = { na1: null, na2: null, na3: null };
  for (let pagina = 0; pagina < 20; pagina++) {
    const data = await gql(queries.geschiedenis, { regio: state.regio, ...cursors });
    const delen = [data.regiowijzigingen, data.partnerwijzigingen, data.voorzieningwijzigingen];
    for (const deel of delen) regels.push(...deel.wijzigingen);
    [cursors.na1, cursors.na2, cursors.na3] = delen.map((deel) => deel.cursor);
    if (!delen.some((deel) => deel.heeftMeer)) break;
  }
  regels.sort((a, b) => b.op.localeCompare(a.op));
  vervang(
    $('regiogeschiedenis'),
    tabel({
      kop: `${regels.length} wijzigingen door beheerders`,
      testid: 'regiogeschiedenis',
      kolommen: ['Wanneer', 'Wat', 'Door', 'Waarom', 'Bron'],
      leeg: 'Nog geen wijzigingen door beheerders: alles komt uit de bronbestanden.',
      regels: regels.map((regel) =>
        el(
          'tr',
          {},
          el('td', {}, tijdstip(regel.op)),
          el('td', {}, `${recordNamen[regel.soort] || regel.soort} ${regel.sleutel} ${actieNamen[regel.actie] || regel.actie} (versie ${regel.versie})`),
          el('td', {}, [regel.door, regel.namens].filter(Boolean).join(' namens ') || '–'),
          el('td', {}, regel.reden),
          el('td', {}, regel.bron),
        ),
      ),
    }),
  );
}

// ------------------------------------------------------------------------------------------------
// Start.

async function toonBeheer(ik) {
  $('beheer').hidden = false;
  const data = await gql(queries.regios);
  state.regios = data.regios || [];
  vervang($('regio'), state.regios.map((regio) => el('option', { value: regio.code }, regio.naam)));
  state.regio = ik.regio && state.regios.some((regio) => regio.code === ik.regio.code) ? ik.regio.code : state.regios[0].code;
  $('regio').value = state.regio;
  state.peildatum = vandaag();
  $('peildatum').value = state.peildatum;
  await laadRegio();
}

function verbergBeheer() {
  $('beheer').hidden = true;
  state.partner = null;
  state.import = null;
  $('partner-detail').hidden = true;
  $('nieuwe-organisatie').hidden = true;
  $('import-uitkomst').hidden = true;
}

function start() {
  vervang($('filter-rol'), el('option', { value: '' }, 'alle rollen'), partnerRollen.map((rol) => el('option', { value: rol }, enumNaam(rol))));
  vervang($('nieuw-soort'), partnerSoorten.map((soort) => el('option', { value: soort }, enumNaam(soort))));
  vervang($('nieuw-rol'), partnerRollen.map((rol) => el('option', { value: rol }, enumNaam(rol))));
  $('regio').addEventListener('change', () => {
    state.regio = $('regio').value;
    $('partner-detail').hidden = true;
    $('nieuwe-organisatie').hidden = true;
    $('import-uitkomst').hidden = true;
    metMelding(laadRegio);
  });
  const kiesDatum = (waarde) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return;
    state.peildatum = waarde;
    metMelding(async () => {
      await laadRegio();
      if (!$('partner-detail').hidden && state.partner) await openPartner(state.partner.id);
    });
  };
  $('peildatum').addEventListener('change', () => kiesDatum($('peildatum').value));
  $('vandaag').addEventListener('click', () => {
    $('peildatum').value = vandaag();
    kiesDatum(vandaag());
  });
  $('filter-rol').addEventListener('change', toonPartners);
  $('filter-naam').addEventListener('input', toonPartners);
  $('nieuwe-organisatie-knop').addEventListener('click', toonNieuwFormulier);
  $('nieuw-annuleren').addEventListener('click', () => {
    terugNaarLijst();
    toonStatus('Er is geen organisatie toegevoegd.');
  });
  $('terug-naar-lijst').addEventListener('click', terugNaarLijst);
  $('terug-van-nieuw').addEventListener('click', terugNaarLijst);
  $('nieuw-formulier').addEventListener('submit', (event) => {
    event.preventDefault();
    verwerk(controleerEnVoegToe);
  });
  $('import-formulier').addEventListener('submit', (event) => {
    event.preventDefault();
    verwerk(bekijkImport);
  });
  $('import-bestand').addEventListener('change', () => {
    const bestand = $('import-bestand').files[0];
    const reden = $('import-reden');
    if (bestand && reden && !reden.value) reden.value = `Import van ${bestand.name}`;
  });
  return startPagina({
    titel: 'Beheer regio-directory',
    tokenVoorbeeld: 'npm run token -- --rol REGIOBEHEERDER --regio <regio> --organisatie <organisatie>',
    verboden: 'U mag dit niet: alleen een regiobeheerder van deze regio of de hubbeheerder kan de directory wijzigen. Er is niets gewijzigd.',
    invoerUitleg,
    opAangemeld: async (ik) => {
      importVerantwoording = verantwoordingVelden($('import-verantwoording'), 'import');
      await toonBeheer(ik);
    },
    opAfgemeld: verbergBeheer,
  });
}

start();
