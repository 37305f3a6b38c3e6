// What every vangnet page shares: talking to the public graph (POST /graphql with the user's
// token), messages in plain Dutch, and building the page. Plain JavaScript modules, no framework
// and nothing from a CDN. Everything shown is built with textContent, never innerHTML, so nothing
// a user or a data source typed can become markup.

/** The signed-in user of this tab; both pages share it, so signing in on one signs in the other. */
export const sessie = { token: null, ik: null };

const instellingen = {
  /** What a FORBIDDEN answer means on this page, in the words of its users. */
  verboden: 'U hebt hiervoor geen toegang met uw rol.',
  /** Called when the hub no longer accepts the token. */
  opVerlopen: () => {},
  /** Plain Dutch for a refused input, by the argument the hub names; null to show the hub's own words. */
  invoerUitleg: () => null,
};

/** Each page says what "no access" means for it, and what happens when the token has expired. */
export function configureer(opties) {
  Object.assign(instellingen, opties);
}

export const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------------------------------------
// Talking to the hub.

export class HubFout extends Error {
  constructor(bericht, code, extensions = {}) {
    super(bericht);
    this.code = code;
    this.extensions = extensions;
  }
}

export function foutmelding(error) {
  const code = error.extensions && error.extensions.code;
  switch (code) {
    case 'SUBGRAPH_UNAVAILABLE':
      return `Een deel van de hub (${error.extensions.subgraph || 'onbekend'}) is nu niet bereikbaar; wat daarvan komt ontbreekt. Probeer het straks opnieuw.`;
    case 'DATABASE_UNAVAILABLE':
      return 'De gegevensopslag is even niet beschikbaar. Er is niets gewijzigd; probeer het straks opnieuw.';
    case 'FORBIDDEN':
      return instellingen.verboden;
    case 'UNAUTHENTICATED':
      return 'Uw aanmelding is verlopen of ongeldig. Meld u opnieuw aan.';
    case 'RATE_LIMITED':
      return 'U stuurt te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.';
    case 'REQUEST_TIMEOUT':
    case 'GATEWAY_TIMEOUT':
      return 'De hub deed er te lang over. Probeer het opnieuw.';
    case 'BAD_USER_INPUT': {
      const uitleg = error.extensions.argumentName ? instellingen.invoerUitleg(String(error.extensions.argumentName)) : null;
      return uitleg ? `De invoer klopt niet: ${uitleg} Er is niets gewijzigd.` : `De invoer klopt niet: ${error.message}`;
    }
    default:
      return `Er ging iets mis in de hub (${code || 'onbekende fout'}).`;
  }
}

/**
 * Sends one operation; returns its data, or throws a HubFout with a message the user can act on.
 * With `partial`, an answer with data and errors (a subgraph away) shows the error and returns the data.
 */
export async function gql(query, variables, { partial = false } = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(sessie.token ? { authorization: `Bearer ${sessie.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new HubFout('De hub is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.', 'ONBEREIKBAAR');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new HubFout(`De hub gaf een onverwacht antwoord (HTTP ${response.status}).`, 'ONVERWACHT');
  }
  const errors = body.errors || [];
  const code = (error) => error.extensions && error.extensions.code;
  if (errors.some((error) => code(error) === 'UNAUTHENTICATED')) {
    instellingen.opVerlopen();
    throw new HubFout(foutmelding(errors[0]), 'UNAUTHENTICATED');
  }
  if (errors.length > 0 && !(partial && body.data)) throw new HubFout(foutmelding(errors[0]), code(errors[0]), errors[0].extensions || {});
  if (errors.length > 0) toonMelding(foutmelding(errors[0]));
  return body.data;
}

// ------------------------------------------------------------------------------------------------
// Messages: an alert for what went wrong (with what to do next), a polite status for what went right.

export function toonMelding(tekst) {
  const melding = $('melding');
  melding.textContent = tekst;
  melding.hidden = false;
}

export function wisMelding() {
  $('melding').hidden = true;
  $('melding').textContent = '';
}

export function toonStatus(tekst) {
  $('status').textContent = tekst;
}

/** Runs one piece of work for a button or form; a failure becomes the page's message, never an uncaught error. */
export async function metMelding(werk) {
  try {
    wisMelding();
    return await werk();
  } catch (error) {
    toonMelding(error instanceof HubFout ? error.message : `Er ging iets mis: ${error.message}`);
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------------
// Building the page.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'onsubmit') node.addEventListener('submit', value);
    else if (name === 'onchange') node.addEventListener('change', value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

export function vervang(container, ...children) {
  container.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
}

/** An amount as Dutch readers write it: € 1.234,50. */
export const euro = (bedrag) => (bedrag ? `€\u00a0${Number(bedrag.euro).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : '–');
export const datum = (iso) => (iso ? iso.slice(0, 10) : '–');
export const tijdstip = (iso) => (iso ? iso.replace('T', ' ').slice(0, 19) : '–');
/** `NETWERKPARTNER` → "netwerkpartner", `FLEXIBELE_SCHIL` → "flexibele schil". */
export const enumNaam = (waarde) => (waarde ? waarde.toLowerCase().replace(/_/g, ' ') : '–');

/** A table with a caption (for screen readers and the eye), column headers and rows; `leeg` when there are none. */
export function tabel({ kop, kolommen, regels, leeg, testid }) {
  return el(
    'table',
    { class: 'lijst', 'data-testid': testid },
    kop ? el('caption', {}, kop) : null,
    el('thead', {}, el('tr', {}, kolommen.map((kolom) => el('th', { scope: 'col' }, kolom)))),
    el('tbody', {}, regels.length === 0 ? el('tr', {}, el('td', { colspan: kolommen.length, class: 'leeg' }, leeg)) : regels),
  );
}

/** A form field: its label, the control, and a hint the control names with `aria-describedby`. */
export function veld(id, label, invoer, hint) {
  return el('p', {}, el('label', { for: id }, label), invoer, hint ? el('span', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

/** A modal question with a text answer: resolves to the answer, or undefined when cancelled. */
export function vraagReden(titel, { uitleg = 'Waarom?' } = {}) {
  const dialoog = $('reden-dialoog');
  $('reden-titel').textContent = titel;
  $('reden-label').textContent = uitleg;
  $('reden').value = '';
  return new Promise((resolve) => {
    const klaar = (waarde) => {
      $('reden-formulier').removeEventListener('submit', bevestig);
      $('reden-annuleren').removeEventListener('click', annuleer);
      dialoog.removeEventListener('cancel', annuleer);
      dialoog.close();
      resolve(waarde);
    };
    const bevestig = (event) => {
      event.preventDefault();
      klaar($('reden').value.trim() || null);
    };
    const annuleer = (event) => {
      event.preventDefault();
      klaar(undefined);
    };
    $('reden-formulier').addEventListener('submit', bevestig);
    $('reden-annuleren').addEventListener('click', annuleer);
    dialoog.addEventListener('cancel', annuleer);
    dialoog.showModal();
    $('reden').focus();
  });
}

/**
 * Tabs as a row of buttons, each showing its own part of the page (`aria-pressed` says which);
 * a page passes only the tabs its user may use, so the others are absent, not disabled.
 */
export function tabbladen(nav, tabs, opKeuze) {
  const kies = (naam) => {
    for (const knop of nav.querySelectorAll('button')) knop.setAttribute('aria-pressed', String(knop.dataset.tab === naam));
    for (const tab of tabs) $(tab.naam).hidden = tab.naam !== naam;
    opKeuze(naam);
  };
  vervang(nav, tabs.map((tab) => el('button', { type: 'button', 'data-tab': tab.naam, 'aria-controls': tab.naam, 'aria-pressed': 'false', onclick: () => kies(tab.naam) }, tab.label)));
  return kies;
}
