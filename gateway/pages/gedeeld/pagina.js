// The frame every vangnet page shares: the header with who is signed in, the message and status
// lines, signing in (a development token, or the identity provider in production) and out, and the
// reason dialog. A page calls startPagina() with its own title and what to do once someone is in.
import { $, configureer, el, metMelding, sessie, toonMelding, toonStatus, gql, HubFout } from './hub.js';

// One key for every page, so a user signed in on the werkbak is signed in on the beheer page in the same tab.
const TOKEN_KEY = 'vangnet-token';
const STATE_KEY = 'vangnet-aanmeld-state';

const ikQuery = '{ ik { id rollen regio { code naam } organisatie { id naam gemeente { cbsCode } } } }';

const rolNamen = {
  TRANSFERPUNT: 'Transferpunt',
  ZORGAANBIEDER: 'zorgaanbieder',
  WONINGCORPORATIE: 'woningcorporatie',
  GEMEENTE: 'gemeente',
  REGIOBEHEERDER: 'regiobeheerder',
  HUBBEHEERDER: 'hubbeheerder',
};

export const rolNaam = (rol) => rolNamen[rol] || rol.toLowerCase();

function bouwKader({ titel, tokenVoorbeeld }) {
  const inhoud = $('inhoud');
  document.body.prepend(
    el('a', { class: 'skip', href: '#inhoud' }, 'Naar de inhoud'),
    el('header', { class: 'kop' }, el('h1', {}, titel), el('p', { id: 'wie', class: 'wie', 'data-testid': 'wie', hidden: true }), el('button', { id: 'afmelden', type: 'button', hidden: true }, 'Afmelden')),
    el('div', { id: 'melding', class: 'melding', role: 'alert', 'aria-live': 'assertive', 'data-testid': 'melding', hidden: true }),
    el('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'status' }),
  );
  inhoud.prepend(
    el(
      'section',
      { id: 'aanmelden', 'aria-labelledby': 'aanmelden-titel', hidden: true },
      el('h2', { id: 'aanmelden-titel' }, 'Aanmelden'),
      el('div', { id: 'aanmelden-idp', hidden: true }, el('p', {}, 'Meld u aan bij de identiteitsprovider van uw organisatie.'), el('p', {}, el('a', { id: 'idp-link', class: 'knop', href: '#' }, 'Aanmelden'))),
      el(
        'form',
        { id: 'token-formulier' },
        el('p', { id: 'token-uitleg' }, 'Plak uw token. In ontwikkeling maakt ', el('code', {}, tokenVoorbeeld), ' er een.'),
        el('label', { for: 'token' }, 'Token'),
        el('textarea', { id: 'token', name: 'token', rows: 4, autocomplete: 'off', spellcheck: 'false', required: true }),
        el('button', { type: 'submit', class: 'primair' }, 'Aanmelden'),
      ),
    ),
  );
  document.body.append(
    el(
      'dialog',
      { id: 'reden-dialoog', 'aria-labelledby': 'reden-titel' },
      el(
        'form',
        { method: 'dialog', id: 'reden-formulier' },
        el('h2', { id: 'reden-titel' }, 'Reden'),
        el('label', { for: 'reden', id: 'reden-label' }, 'Waarom?'),
        el('textarea', { id: 'reden', rows: 3, required: true }),
        el('div', { class: 'knoppen' }, el('button', { type: 'button', id: 'reden-annuleren' }, 'Annuleren'), el('button', { type: 'submit', class: 'primair' }, 'Bevestigen')),
      ),
    ),
  );
}

/** To the identity provider, which sends the browser back here with the token and this `state`. */
function naarIdentiteitsprovider(aanmeldUrl) {
  const url = new URL(aanmeldUrl);
  if (!url.searchParams.has('redirect_uri')) url.searchParams.set('redirect_uri', `${location.origin}${location.pathname}`);
  const state = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  sessionStorage.setItem(STATE_KEY, state);
  url.searchParams.set('state', state);
  location.assign(url.toString());
}

/**
 * Builds the frame and signs in from the identity provider's answer or the tab's stored token.
 * `opAangemeld(ik)` shows the page for that user; `opAfgemeld()` hides everything of the last one.
 */
export async function startPagina({ titel, tokenVoorbeeld, verboden, invoerUitleg, opAangemeld, opAfgemeld }) {
  bouwKader({ titel, tokenVoorbeeld });

  const afmelden = () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessie.token = null;
    sessie.ik = null;
    $('wie').hidden = true;
    $('afmelden').hidden = true;
    $('aanmelden').hidden = false;
    opAfgemeld();
  };
  configureer({ verboden, opVerlopen: afmelden, ...(invoerUitleg ? { invoerUitleg } : {}) });

  const aanmelden = async (token) => {
    sessie.token = token.trim();
    const data = await gql(ikQuery);
    if (!data.ik) throw new HubFout('Dit token hoort bij niemand. Meld u opnieuw aan.');
    sessie.ik = data.ik;
    sessionStorage.setItem(TOKEN_KEY, sessie.token);
    const { ik } = data;
    $('wie').textContent = `Aangemeld als ${ik.id} (${ik.rollen.map(rolNaam).join(', ')})${ik.organisatie ? `, ${ik.organisatie.naam}` : ''} · regio ${ik.regio ? ik.regio.naam : 'geen'}`;
    $('wie').hidden = false;
    $('afmelden').hidden = false;
    $('aanmelden').hidden = true;
    await opAangemeld(ik);
  };

  let instellingen = { modus: 'development', aanmeldUrl: null };
  try {
    instellingen = await (await fetch('../gedeeld/instellingen.json')).json();
  } catch {
    toonMelding('De hub is niet bereikbaar. Controleer de verbinding en laad de pagina opnieuw.');
  }
  if (instellingen.aanmeldUrl) {
    $('aanmelden-idp').hidden = false;
    $('idp-link').addEventListener('click', (event) => {
      event.preventDefault();
      naarIdentiteitsprovider(instellingen.aanmeldUrl);
    });
  }
  // In production the identity provider is the way in; pasting a token is for development.
  $('token-formulier').hidden = instellingen.modus === 'production' && Boolean(instellingen.aanmeldUrl);
  $('token-formulier').addEventListener('submit', (event) => {
    event.preventDefault();
    metMelding(() => aanmelden($('token').value));
  });
  $('afmelden').addEventListener('click', () => {
    afmelden();
    toonStatus('U bent afgemeld.');
  });

  // The identity provider sends users back with the token in the fragment, which never reaches a server log.
  const fragment = new URLSearchParams(location.hash.slice(1));
  let fromProvider = fragment.get('access_token') || fragment.get('id_token');
  if (fragment.size > 0) history.replaceState(null, '', location.pathname);
  if (fromProvider && fragment.get('state') !== sessionStorage.getItem(STATE_KEY)) {
    // A token this page did not ask for (another site's link, an old tab) is not used.
    fromProvider = null;
    toonMelding('Deze aanmelding is niet vanuit deze pagina gestart en wordt niet gebruikt. Meld u opnieuw aan.');
  }
  sessionStorage.removeItem(STATE_KEY);
  const token = fromProvider || sessionStorage.getItem(TOKEN_KEY);
  if (token) await metMelding(() => aanmelden(token));
  if (!sessie.ik) afmelden();
}
