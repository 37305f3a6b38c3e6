import type { GraphQLResolveInfo } from 'graphql';
import type { PartnerRow, PartnerRolRow, WijzigingRow } from '../db/database.js';
import type { PartnerPage } from '../db/partner-queries.js';
import type { RegioReference, GemeenteReference, DirectoryFeedKey, PartnersContext } from '../context.js';
import type { ChangeFeedPage } from '../../../../lib/directory-changes.js';
import type { OrganisationResult, RoleResult } from '../changes.js';
import type { HistoryEntry } from '../../../../lib/history.js';
import type { ImportResult, ImportRow } from '../import.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

/** Een spreadsheet voor een import: CSV (komma of puntkomma, UTF-8) of XLSX (het eerste werkblad). */
export type BestandInvoer = {
  /** De inhoud, base64-gecodeerd. */
  inhoud: Scalars['String']['input'];
  /** De bestandsnaam; de extensie (.csv of .xlsx) bepaalt hoe het gelezen wordt. */
  naam: Scalars['String']['input'];
};

/** Waar een feit vandaan komt: document, sectie en een letterlijk citaat. */
export type Bron = {
  __typename?: 'Bron';
  /** Letterlijk citaat uit het document (witruimte samengevoegd). */
  citaat: Maybe<Scalars['String']['output']>;
  /** Id van het brondocument (bestandsnaam in `bronnen/documenten/`). */
  document: Scalars['ID']['output'];
  documentTitel: Scalars['String']['output'];
  sectie: Maybe<Scalars['String']['output']>;
};

/**
 * De bron van een wijziging: een document (met sectie en citaat waar die er zijn), of de opgave van
 * een organisatie op een datum (`opgaveVan` + `opgaveOp`). Precies één van `document` en `opgaveVan`.
 */
export type BronInvoer = {
  citaat?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  opgaveOp?: InputMaybe<Scalars['String']['input']>;
  opgaveVan?: InputMaybe<Scalars['String']['input']>;
  sectie?: InputMaybe<Scalars['String']['input']>;
};

/** Een geweigerde wijziging: er is niets veranderd. `bericht` zegt in gewone taal wat te doen. */
export type Directoryweigering = {
  __typename?: 'Directoryweigering';
  bericht: Scalars['String']['output'];
  code: DirectoryweigeringCode;
};

export type DirectoryweigeringCode =
  | 'AL_BEEINDIGD'
  /** Het record bestaat al (bijvoorbeeld een productcode die al in gebruik is): wijzig het bestaande. */
  | 'BESTAAT_AL'
  | 'BESTAAT_NIET'
  | 'KVK_AL_IN_GEBRUIK'
  | 'LIJKT_OP_BESTAANDE'
  | 'ONGELDIGE_PERIODE'
  | 'ROL_BESTAAT_AL'
  | 'SAMENGEVOEGD'
  /** Iemand anders wijzigde het record intussen: laad het opnieuw. */
  | 'VERSIE_VEROUDERD';

/** Een wijziging in de directory, voor wie de directory bijhoudt. */
export type Directorywijziging = {
  __typename?: 'Directorywijziging';
  actie: WijzigingActie;
  bron: Scalars['String']['output'];
  /** De gebruiker die de wijziging deed; alleen zichtbaar voor beheerders. `bronbestanden` voor wat uit de bronbestanden van de hub komt. */
  door: Maybe<Scalars['String']['output']>;
  /** De organisatie namens wie. */
  namens: Maybe<Scalars['String']['output']>;
  /** Volgnummer binnen de subgraph die de gegevens beheert. */
  nr: Scalars['Int']['output'];
  op: Scalars['String']['output'];
  reden: Scalars['String']['output'];
  regios: Array<Regio>;
  /** De sleutel van het record. */
  sleutel: Scalars['String']['output'];
  soort: Scalars['String']['output'];
  versie: Scalars['Int']['output'];
};

/** Een pagina van de wijzigingen in de hele directory; de regions-subgraph levert de rest (`directorywijzigingen`). */
export type Directorywijzigingen = {
  __typename?: 'Directorywijzigingen';
  na: Scalars['String']['output'];
  /** Wat er in organisaties en rollen veranderde na deze cursor, hoogstens 100. */
  partners: Wijzigingenpagina;
};

/** Een gemeente; de regions-subgraph levert de gegevens. */
export type Gemeente = {
  __typename?: 'Gemeente';
  cbsCode: Scalars['ID']['output'];
};

export type ImportUitkomst = {
  __typename?: 'ImportUitkomst';
  beeindigd: Array<Importregel>;
  gewijzigd: Array<Importregel>;
  nieuw: Array<Importregel>;
  /** Elke ongeldige regel met al haar redenen; is deze lijst niet leeg, dan is niets toegepast. */
  ongeldig: Array<OngeldigeRegel>;
  ongewijzigd: Array<Importregel>;
  proef: Scalars['Boolean']['output'];
  regio: Regio;
  /** Waar: de wijzigingen zijn vastgelegd. Onwaar bij een proef, een ongeldig bestand of niets te doen. */
  toegepast: Scalars['Boolean']['output'];
};

export type Importregel = {
  __typename?: 'Importregel';
  naam: Scalars['String']['output'];
  partner: Maybe<Partner>;
  /** Het regelnummer in het bestand; leeg voor een rol die het bestand niet meer noemt. */
  regel: Maybe<Scalars['Int']['output']>;
  rol: PartnerRol;
  /** Wat er verandert. */
  velden: Array<Veldwijziging>;
};

/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Beëindigt een rol: `tot` is de laatste dag waarop ze gold. De rol blijft in de geschiedenis. */
  beeindigRol: RolUitkomst;
  /**
   * De partnerlijst van een regio uit een spreadsheet (CSV of XLSX, kolommen: naam, soort, rol,
   * vanaf, tot, kvk-nummer, agb-code, website, e-mail, telefoon, toelichting, id), vergeleken met de
   * directory. Met `proef: true` (standaard) verandert er niets; anders wordt een geldig bestand in
   * één keer toegepast. Een bestand met een ongeldige regel wordt helemaal niet toegepast. Een rol
   * die de lijst niet meer heeft, eindigt op de dag vóór de import. Een lege cel laat de directory
   * zoals ze is.
   */
  importeerPartners: ImportUitkomst;
  /**
   * Een nieuwe organisatie, met haar rollen. Lijkt ze op een bestaande (zie
   * `gelijkendeOrganisaties`), dan wordt ze alleen toegevoegd met `bevestigNieuw: true`.
   */
  maakOrganisatie: OrganisatieUitkomst;
  /**
   * Voegt `vervalt` samen in `blijft`, per `op` (standaard vandaag): de rollen gaan over, en het id
   * van `vervalt` blijft verwijzen naar `blijft`.
   */
  voegOrganisatiesSamen: OrganisatieUitkomst;
  /** Een rol van een organisatie in een regio, met begin- en einddatum als die bekend zijn. */
  voegRolToe: RolUitkomst;
  /** De gegevens van een organisatie; `versie` is de versie die de beheerder voor zich had. */
  wijzigOrganisatie: OrganisatieUitkomst;
  /** De toelichting of periode van een rol. */
  wijzigRol: RolUitkomst;
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationBeeindigRolArgs = {
  id: Scalars['ID']['input'];
  tot: Scalars['String']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationImporteerPartnersArgs = {
  bestand: BestandInvoer;
  proef?: InputMaybe<Scalars['Boolean']['input']>;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationMaakOrganisatieArgs = {
  bevestigNieuw?: InputMaybe<Scalars['Boolean']['input']>;
  organisatie: OrganisatieInvoer;
  rollen: Array<RolInvoer>;
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationVoegOrganisatiesSamenArgs = {
  blijft: Scalars['ID']['input'];
  blijftVersie: Scalars['Int']['input'];
  op?: InputMaybe<Scalars['String']['input']>;
  verantwoording: VerantwoordingInvoer;
  vervalt: Scalars['ID']['input'];
  vervaltVersie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationVoegRolToeArgs = {
  partner: Scalars['ID']['input'];
  rol: RolInvoer;
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigOrganisatieArgs = {
  id: Scalars['ID']['input'];
  organisatie: OrganisatieInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory, door een beheerder: `REGIOBEHEERDER` van de regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigRolArgs = {
  id: Scalars['ID']['input'];
  rol: RolWijzigingInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};

/** Een regel van een importbestand die niet klopt; het bestand is dan niet toegepast. */
export type OngeldigeRegel = {
  __typename?: 'OngeldigeRegel';
  /** Alle redenen, in gewone taal. */
  redenen: Array<Scalars['String']['output']>;
  /** Het regelnummer zoals de spreadsheet het toont (de kopregel is regel 1). */
  regel: Scalars['Int']['output'];
};

/** De gegevens van een organisatie; contactgegevens zijn die van de organisatie, nooit van een persoon. */
export type OrganisatieInvoer = {
  /** Acht cijfers. */
  agbCode?: InputMaybe<Scalars['String']['input']>;
  /** Het algemene e-mailadres van de organisatie. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Voor een gemeente als partner: haar CBS-code. */
  gemeente?: InputMaybe<Scalars['ID']['input']>;
  /** Acht cijfers. */
  kvkNummer?: InputMaybe<Scalars['String']['input']>;
  naam: Scalars['String']['input'];
  soort: PartnerSoort;
  /** Het algemene telefoonnummer van de organisatie. */
  telefoon?: InputMaybe<Scalars['String']['input']>;
  /** https://... */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisatieUitkomst = {
  __typename?: 'OrganisatieUitkomst';
  /** Bij `LIJKT_OP_BESTAANDE`: de organisaties waarop de nieuwe lijkt. */
  gelijkende: Array<Partner>;
  ok: Scalars['Boolean']['output'];
  partner: Maybe<Partner>;
  weigering: Maybe<Directoryweigering>;
};

/** Waar een pagina in de lijst staat. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Een organisatie (zorgaanbieder, welzijnsorganisatie, woningcorporatie, gemeente, politie, ...). */
export type Partner = {
  __typename?: 'Partner';
  agbCode: Maybe<Scalars['String']['output']>;
  /** De bron van de huidige versie. */
  bron: Bron;
  /** Het algemene e-mailadres van de organisatie. */
  email: Maybe<Scalars['String']['output']>;
  /** Voor een gemeente als partner: de gemeente zelf. */
  gemeente: Maybe<Gemeente>;
  /** Elke versie van deze organisatie, oudste eerst: wie wat wanneer waarom wijzigde. */
  geschiedenis: Array<Vastlegging>;
  /** Stabiel id, afgeleid van de naam (bijvoorbeeld `iriszorg`). */
  id: Scalars['ID']['output'];
  kvkNummer: Maybe<Scalars['String']['output']>;
  naam: Scalars['String']['output'];
  /** De spelling in het brondocument als die afwijkt (scanfouten zoals `lrisZorg`). */
  naamInBron: Maybe<Scalars['String']['output']>;
  /** De regio's waarin deze organisatie op de peildatum (standaard vandaag) een rol heeft. */
  regios: Maybe<Array<Regio>>;
  /** De rollen van deze organisatie op de peildatum (standaard vandaag), optioneel in één regio. */
  rollen: Array<PartnerRolInRegio>;
  soort: PartnerSoort;
  /** Het algemene telefoonnummer van de organisatie. */
  telefoon: Maybe<Scalars['String']['output']>;
  /** Wat de bron niet zelf bewijst: welk veld, waarom en hoe het is afgeleid. Leeg als de bron alles bewijst. */
  twijfels: Array<Twijfel>;
  /** Het versienummer: geef het mee bij een wijziging. */
  versie: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
};


/** Een organisatie (zorgaanbieder, welzijnsorganisatie, woningcorporatie, gemeente, politie, ...). */
export type PartnerRegiosArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
};


/** Een organisatie (zorgaanbieder, welzijnsorganisatie, woningcorporatie, gemeente, politie, ...). */
export type PartnerRollenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
};

/** Een pagina organisaties. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  nodes: Array<Partner>;
  pageInfo: PageInfo;
  /** Het totaal aantal organisaties dat aan de filters voldoet. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerRol =
  | 'BUDGETHOUDER'
  | 'CENTRUMGEMEENTE'
  | 'CONVENANTPARTIJ'
  | 'DEELNEMENDE_GEMEENTE'
  | 'FLEXIBELE_SCHIL'
  | 'INTENTIEPARTNER'
  | 'KERNTEAM'
  | 'KETENPARTNER'
  | 'MONITOR'
  | 'NETWERKPARTNER'
  | 'OPDRACHTGEVER'
  | 'SLEUTELPARTNER'
  | 'ZORGAANBIEDER';

/** De rol die een organisatie in een regio heeft, over een periode. */
export type PartnerRolInRegio = {
  __typename?: 'PartnerRolInRegio';
  bron: Bron;
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  regio: Maybe<Regio>;
  rol: PartnerRol;
  /** Voorwaarde of nuance bij de rol, zoals de bron die noemt. */
  toelichting: Maybe<Scalars['String']['output']>;
  /** Laatste dag waarop de rol gold; leeg zolang ze loopt. */
  tot: Maybe<Scalars['String']['output']>;
  /** Wat de bron niet zelf bewijst: welk veld, waarom en hoe het is afgeleid. Leeg als de bron alles bewijst. */
  twijfels: Array<Twijfel>;
  /** Eerste dag waarop de rol gold, als bekend (JJJJ-MM-DD). */
  vanaf: Maybe<Scalars['String']['output']>;
  versie: Scalars['Int']['output'];
};

export type PartnerSoort =
  | 'BELANGENORGANISATIE'
  | 'BESCHERMD_WONEN'
  | 'BURGERINITIATIEF'
  | 'CLIENTONDERSTEUNING'
  | 'GEHANDICAPTENZORG'
  | 'GEMEENTE'
  | 'GGD'
  | 'GGZ'
  | 'HUISARTSEN'
  | 'JUSTITIE'
  | 'MAATSCHAPPELIJKE_OPVANG'
  | 'OUDERENZORG'
  | 'OVERIG'
  | 'POLITIE'
  | 'SAMENWERKINGSVERBAND'
  | 'THUISZORG'
  | 'VEILIGHEIDSHUIS'
  | 'VERSLAVINGSZORG'
  | 'VRIJWILLIGERSORGANISATIE'
  | 'WELZIJN'
  | 'WERK_EN_INKOMEN'
  | 'WONINGCORPORATIE'
  | 'ZORGAANBIEDER'
  | 'ZORGVERZEKERAAR';

/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Organisaties die lijken op een nieuwe: hetzelfde KvK-nummer, of dezelfde naam als hoofdletters,
   * accenten, leestekens en de rechtsvorm (stichting, B.V., ...) wegvallen. Voor de waarschuwing
   * voordat een organisatie wordt toegevoegd.
   */
  gelijkendeOrganisaties: Array<Partner>;
  /** De organisatie met dit id, of null als die niet bestaat. */
  partner: Maybe<Partner>;
  /**
   * Organisaties, gesorteerd op naam, met cursorpaginering.
   * `zoek` negeert hoofdletters, accenten en leestekens: `heerenloo` vindt `'s Heerenloo`.
   * De filters `regio` en `rol` gelden samen: een organisatie met die rol in die regio.
   */
  partners: Maybe<PartnerConnection>;
  /**
   * Wat er in de organisaties en rollen veranderde, oudste eerst, na de `cursor` van de vorige
   * pagina; optioneel alleen wat de feiten van één regio raakt. Openbaar, voor systemen die de
   * directory bijhouden.
   */
  partnerwijzigingen: Wijzigingenpagina;
};


/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type QueryGelijkendeOrganisatiesArgs = {
  kvkNummer?: InputMaybe<Scalars['String']['input']>;
  naam: Scalars['String']['input'];
};


/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  rol?: InputMaybe<PartnerRol>;
  soort?: InputMaybe<PartnerSoort>;
  zoek?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type QueryPartnerwijzigingenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  na?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  vanBeheerders?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type Regio = {
  __typename?: 'Regio';
  code: Scalars['ID']['output'];
  /** De organisaties met een rol in deze regio, gesorteerd op naam; optioneel gefilterd. */
  partners: Maybe<Array<Partner>>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioPartnersArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  rol?: InputMaybe<PartnerRol>;
  soort?: InputMaybe<PartnerSoort>;
};

export type RolInvoer = {
  regio: Scalars['ID']['input'];
  rol: PartnerRol;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  /** Laatste dag (JJJJ-MM-DD), als bekend. */
  tot?: InputMaybe<Scalars['String']['input']>;
  /** Eerste dag (JJJJ-MM-DD), als bekend. */
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

export type RolUitkomst = {
  __typename?: 'RolUitkomst';
  ok: Scalars['Boolean']['output'];
  rol: Maybe<PartnerRolInRegio>;
  weigering: Maybe<Directoryweigering>;
};

export type RolWijzigingInvoer = {
  toelichting?: InputMaybe<Scalars['String']['input']>;
  tot?: InputMaybe<Scalars['String']['input']>;
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Twijfel over één veld van een record: de waarde is wat de bron drukt of wat eruit is afgeleid, en
 * hier staat waarom die niet zeker is en hoe ze tot stand kwam. Niets is stilzwijgend verbeterd.
 */
export type Twijfel = {
  __typename?: 'Twijfel';
  /** Hoe de waarde is afgeleid of waarom ze twijfelachtig is, in gewone taal. */
  afleiding: Scalars['String']['output'];
  /** De passage waarop de afleiding rust, als dat niet het citaat van het record zelf is. */
  bron: Maybe<Bron>;
  soort: TwijfelSoort;
  /** Het veld van het record waarover getwijfeld wordt (zoals `soort`, `naam`, `code`, `doel`). */
  veld: Scalars['String']['output'];
  /** De waarschijnlijke lezing, bij een `ONZEKERE_LEZING`; leeg als de bron die niet beslist. */
  waarschijnlijk: Maybe<Scalars['String']['output']>;
};

export type TwijfelSoort =
  /** Afgeleid uit een ander document, een lijst van sectoren of algemene kennis; het citaat zegt het niet zelf. */
  | 'AFGELEID'
  /** De bron drukt deze waarde, maar de scan kan een teken verkeerd gelezen hebben. */
  | 'ONZEKERE_LEZING';

/** Eén versie van een record: wie het vastlegde, wanneer, waarom, op welke bron, en wat veranderde. */
export type Vastlegging = {
  __typename?: 'Vastlegging';
  actie: WijzigingActie;
  bron: Bron;
  /** De gebruiker; alleen zichtbaar voor beheerders. `bronbestanden` voor wat uit de bronbestanden van de hub komt. */
  door: Maybe<Scalars['String']['output']>;
  /** De organisatie namens wie. */
  namens: Maybe<Scalars['String']['output']>;
  /** Wanneer (ISO 8601). */
  op: Scalars['String']['output'];
  reden: Scalars['String']['output'];
  versie: Scalars['Int']['output'];
  /** De velden die ten opzichte van de vorige versie veranderden. */
  wijzigingen: Array<Veldwijziging>;
};

export type Veldwijziging = {
  __typename?: 'Veldwijziging';
  nieuw: Maybe<Scalars['String']['output']>;
  oud: Maybe<Scalars['String']['output']>;
  veld: Scalars['String']['output'];
};

/** Waarom een wijziging gebeurt en waarop ze rust. */
export type VerantwoordingInvoer = {
  bron: BronInvoer;
  reden: Scalars['String']['input'];
};

export type WijzigingActie =
  | 'AANGEMAAKT'
  | 'BEEINDIGD'
  | 'GEWIJZIGD'
  /** Ingetrokken: het record had nooit zo mogen worden vastgelegd (een fout in de bron). */
  | 'INGETROKKEN'
  | 'SAMENGEVOEGD';

export type Wijzigingenpagina = {
  __typename?: 'Wijzigingenpagina';
  /** Geef dit mee als `na` voor de volgende pagina. */
  cursor: Scalars['String']['output'];
  heeftMeer: Scalars['Boolean']['output'];
  wijzigingen: Array<Directorywijziging>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Directorywijzigingen: Directorywijzigingen;
  Partner: Partner;
  Regio: Regio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Directorywijzigingen:
    ( { __typename: 'Directorywijzigingen' }
    & GraphQLRecursivePick<FederationTypes['Directorywijzigingen'], {"na":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Regio:
    ( { __typename: 'Regio' }
    & GraphQLRecursivePick<FederationTypes['Regio'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BestandInvoer: BestandInvoer;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Bron: ResolverTypeWrapper<Bron>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BronInvoer: BronInvoer;
  Directoryweigering: ResolverTypeWrapper<Directoryweigering>;
  DirectoryweigeringCode: DirectoryweigeringCode;
  Directorywijziging: ResolverTypeWrapper<WijzigingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Directorywijzigingen: ResolverTypeWrapper<DirectoryFeedKey>;
  Gemeente: ResolverTypeWrapper<GemeenteReference>;
  ImportUitkomst: ResolverTypeWrapper<ImportResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Importregel: ResolverTypeWrapper<ImportRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OngeldigeRegel: ResolverTypeWrapper<OngeldigeRegel>;
  OrganisatieInvoer: OrganisatieInvoer;
  OrganisatieUitkomst: ResolverTypeWrapper<OrganisationResult>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<PartnerPage>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerRol: PartnerRol;
  PartnerRolInRegio: ResolverTypeWrapper<PartnerRolRow>;
  PartnerSoort: PartnerSoort;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioReference>;
  RolInvoer: RolInvoer;
  RolUitkomst: ResolverTypeWrapper<RoleResult>;
  RolWijzigingInvoer: RolWijzigingInvoer;
  Twijfel: ResolverTypeWrapper<Twijfel>;
  TwijfelSoort: TwijfelSoort;
  Vastlegging: ResolverTypeWrapper<HistoryEntry>;
  Veldwijziging: ResolverTypeWrapper<Veldwijziging>;
  VerantwoordingInvoer: VerantwoordingInvoer;
  WijzigingActie: WijzigingActie;
  Wijzigingenpagina: ResolverTypeWrapper<ChangeFeedPage>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BestandInvoer: BestandInvoer;
  String: Scalars['String']['output'];
  Bron: Bron;
  ID: Scalars['ID']['output'];
  BronInvoer: BronInvoer;
  Directoryweigering: Directoryweigering;
  Directorywijziging: WijzigingRow;
  Int: Scalars['Int']['output'];
  Directorywijzigingen: DirectoryFeedKey;
  Gemeente: GemeenteReference;
  ImportUitkomst: ImportResult;
  Boolean: Scalars['Boolean']['output'];
  Importregel: ImportRow;
  Mutation: Record<PropertyKey, never>;
  OngeldigeRegel: OngeldigeRegel;
  OrganisatieInvoer: OrganisatieInvoer;
  OrganisatieUitkomst: OrganisationResult;
  PageInfo: PageInfo;
  Partner: PartnerRow;
  PartnerConnection: PartnerPage;
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerRolInRegio: PartnerRolRow;
  Query: Record<PropertyKey, never>;
  Regio: RegioReference;
  RolInvoer: RolInvoer;
  RolUitkomst: RoleResult;
  RolWijzigingInvoer: RolWijzigingInvoer;
  Twijfel: Twijfel;
  Vastlegging: HistoryEntry;
  Veldwijziging: Veldwijziging;
  VerantwoordingInvoer: VerantwoordingInvoer;
  Wijzigingenpagina: ChangeFeedPage;
}>;

export type BronResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DirectoryweigeringResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Directoryweigering'] = ResolversParentTypes['Directoryweigering']> = ResolversObject<{
  bericht?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['DirectoryweigeringCode'], ParentType, ContextType>;
}>;

export type DirectorywijzigingResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Directorywijziging'] = ResolversParentTypes['Directorywijziging']> = ResolversObject<{
  actie?: Resolver<ResolversTypes['WijzigingActie'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  door?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nr?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regios?: Resolver<Array<ResolversTypes['Regio']>, ParentType, ContextType>;
  sleutel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DirectorywijzigingenResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Directorywijzigingen'] = ResolversParentTypes['Directorywijzigingen'], FederationReferenceType extends FederationReferenceTypes['Directorywijzigingen'] = FederationReferenceTypes['Directorywijzigingen']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Directorywijzigingen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  na?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Wijzigingenpagina'], ParentType, ContextType>;
}>;

export type GemeenteResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Gemeente'] = ResolversParentTypes['Gemeente']> = ResolversObject<{
  cbsCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ImportUitkomstResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['ImportUitkomst'] = ResolversParentTypes['ImportUitkomst']> = ResolversObject<{
  beeindigd?: Resolver<Array<ResolversTypes['Importregel']>, ParentType, ContextType>;
  gewijzigd?: Resolver<Array<ResolversTypes['Importregel']>, ParentType, ContextType>;
  nieuw?: Resolver<Array<ResolversTypes['Importregel']>, ParentType, ContextType>;
  ongeldig?: Resolver<Array<ResolversTypes['OngeldigeRegel']>, ParentType, ContextType>;
  ongewijzigd?: Resolver<Array<ResolversTypes['Importregel']>, ParentType, ContextType>;
  proef?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  toegepast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportregelResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Importregel'] = ResolversParentTypes['Importregel']> = ResolversObject<{
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  regel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rol?: Resolver<ResolversTypes['PartnerRol'], ParentType, ContextType>;
  velden?: Resolver<Array<ResolversTypes['Veldwijziging']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  beeindigRol?: Resolver<ResolversTypes['RolUitkomst'], ParentType, ContextType, RequireFields<MutationBeeindigRolArgs, 'id' | 'tot' | 'verantwoording' | 'versie'>>;
  importeerPartners?: Resolver<ResolversTypes['ImportUitkomst'], ParentType, ContextType, RequireFields<MutationImporteerPartnersArgs, 'bestand' | 'proef' | 'regio' | 'verantwoording'>>;
  maakOrganisatie?: Resolver<ResolversTypes['OrganisatieUitkomst'], ParentType, ContextType, RequireFields<MutationMaakOrganisatieArgs, 'bevestigNieuw' | 'organisatie' | 'rollen' | 'verantwoording'>>;
  voegOrganisatiesSamen?: Resolver<ResolversTypes['OrganisatieUitkomst'], ParentType, ContextType, RequireFields<MutationVoegOrganisatiesSamenArgs, 'blijft' | 'blijftVersie' | 'verantwoording' | 'vervalt' | 'vervaltVersie'>>;
  voegRolToe?: Resolver<ResolversTypes['RolUitkomst'], ParentType, ContextType, RequireFields<MutationVoegRolToeArgs, 'partner' | 'rol' | 'verantwoording'>>;
  wijzigOrganisatie?: Resolver<ResolversTypes['OrganisatieUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigOrganisatieArgs, 'id' | 'organisatie' | 'verantwoording' | 'versie'>>;
  wijzigRol?: Resolver<ResolversTypes['RolUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigRolArgs, 'id' | 'rol' | 'verantwoording' | 'versie'>>;
}>;

export type OngeldigeRegelResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OngeldigeRegel'] = ResolversParentTypes['OngeldigeRegel']> = ResolversObject<{
  redenen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisatieUitkomstResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['OrganisatieUitkomst'] = ResolversParentTypes['OrganisatieUitkomst']> = ResolversObject<{
  gelijkende?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agbCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kvkNummer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naamInBron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regios?: Resolver<Maybe<Array<ResolversTypes['Regio']>>, ParentType, ContextType, Partial<PartnerRegiosArgs>>;
  rollen?: Resolver<Array<ResolversTypes['PartnerRolInRegio']>, ParentType, ContextType, Partial<PartnerRollenArgs>>;
  soort?: Resolver<ResolversTypes['PartnerSoort'], ParentType, ContextType>;
  telefoon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type PartnerRolInRegioResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerRolInRegio'] = ResolversParentTypes['PartnerRolInRegio']> = ResolversObject<{
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  rol?: Resolver<ResolversTypes['PartnerRol'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  gelijkendeOrganisaties?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryGelijkendeOrganisatiesArgs, 'naam'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Maybe<ResolversTypes['PartnerConnection']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
  partnerwijzigingen?: Resolver<ResolversTypes['Wijzigingenpagina'], ParentType, ContextType, RequireFields<QueryPartnerwijzigingenArgs, 'vanBeheerders'>>;
}>;

export type RegioResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio'], FederationReferenceType extends FederationReferenceTypes['Regio'] = FederationReferenceTypes['Regio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Regio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partners?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType, Partial<RegioPartnersArgs>>;
}>;

export type RolUitkomstResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['RolUitkomst'] = ResolversParentTypes['RolUitkomst']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rol?: Resolver<Maybe<ResolversTypes['PartnerRolInRegio']>, ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type TwijfelResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Twijfel'] = ResolversParentTypes['Twijfel']> = ResolversObject<{
  afleiding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bron?: Resolver<Maybe<ResolversTypes['Bron']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['TwijfelSoort'], ParentType, ContextType>;
  veld?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waarschijnlijk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VastleggingResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Vastlegging'] = ResolversParentTypes['Vastlegging']> = ResolversObject<{
  actie?: Resolver<ResolversTypes['WijzigingActie'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  door?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wijzigingen?: Resolver<Array<ResolversTypes['Veldwijziging']>, ParentType, ContextType>;
}>;

export type VeldwijzigingResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Veldwijziging'] = ResolversParentTypes['Veldwijziging']> = ResolversObject<{
  nieuw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oud?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  veld?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WijzigingenpaginaResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Wijzigingenpagina'] = ResolversParentTypes['Wijzigingenpagina']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heeftMeer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijzigingen?: Resolver<Array<ResolversTypes['Directorywijziging']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PartnersContext> = ResolversObject<{
  Bron?: BronResolvers<ContextType>;
  Directoryweigering?: DirectoryweigeringResolvers<ContextType>;
  Directorywijziging?: DirectorywijzigingResolvers<ContextType>;
  Directorywijzigingen?: DirectorywijzigingenResolvers<ContextType>;
  Gemeente?: GemeenteResolvers<ContextType>;
  ImportUitkomst?: ImportUitkomstResolvers<ContextType>;
  Importregel?: ImportregelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OngeldigeRegel?: OngeldigeRegelResolvers<ContextType>;
  OrganisatieUitkomst?: OrganisatieUitkomstResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerRolInRegio?: PartnerRolInRegioResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
  RolUitkomst?: RolUitkomstResolvers<ContextType>;
  Twijfel?: TwijfelResolvers<ContextType>;
  Vastlegging?: VastleggingResolvers<ContextType>;
  Veldwijziging?: VeldwijzigingResolvers<ContextType>;
  Wijzigingenpagina?: WijzigingenpaginaResolvers<ContextType>;
}>;

