import type { GraphQLResolveInfo } from 'graphql';
import type { IngelogdeGebruiker, Pagina, RegioReference, GemeenteReference, PartnerReference, WoonoptiesContext } from '../context.js';
import type { MatchingspuntRow, WoningRow, WoonvraagRow, VerwijzingRow, VerwijzingStapRow, ToegangslogRow } from '../db/database.js';
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

/** Het adres van een woning (nooit van een persoon). */
export type Adres = {
  __typename?: 'Adres';
  /** Huisnummer met eventuele toevoeging, zoals 12, 12a of 12-3. */
  huisnummer: Scalars['String']['output'];
  plaats: Maybe<Scalars['String']['output']>;
  /** Postcode als 1234 AB. */
  postcode: Scalars['String']['output'];
  straat: Scalars['String']['output'];
};

export type AdresInvoer = {
  /** Een nummer met eventuele toevoeging: 12, 12a, 12-3 (hooguit 10 tekens). */
  huisnummer: Scalars['String']['input'];
  plaats?: InputMaybe<Scalars['String']['input']>;
  /** Postcode als 1234 AB (1234ab mag ook; opgeslagen als 1234 AB). */
  postcode: Scalars['String']['input'];
  /** 1 tot en met 100 tekens. */
  straat: Scalars['String']['input'];
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

export type Gebruiker = {
  __typename?: 'Gebruiker';
  id: Scalars['ID']['output'];
  organisatie: Maybe<Partner>;
  regio: Maybe<Regio>;
  rollen: Array<Rol>;
};

/** Een exact geldbedrag; nooit een float. */
export type Geldbedrag = {
  __typename?: 'Geldbedrag';
  /** Het bedrag in eurocenten, als geheel getal in een string. */
  centen: Scalars['String']['output'];
  /** Het bedrag in euro's met twee decimalen, bijvoorbeeld `"1234.50"`. */
  euro: Scalars['String']['output'];
};

export type Gemeente = {
  __typename?: 'Gemeente';
  cbsCode: Scalars['ID']['output'];
};

export type Herkomst =
  | 'BESCHERMD_THUIS'
  | 'BESCHERMD_WONEN'
  | 'MAATSCHAPPELIJKE_OPVANG'
  | 'OVERIG'
  | 'VROUWENOPVANG';

export type Kandidaatscore = {
  __typename?: 'Kandidaatscore';
  redenen: Array<Scorereden>;
  score: Scalars['Int']['output'];
  woonvraag: Woonvraag;
};

/** Een Transferpunt of Matchingspunt: waar vraag en aanbod van een (sub)regio samenkomen. */
export type Matchingspunt = {
  __typename?: 'Matchingspunt';
  bron: Bron;
  /** Gemeenten die het punt bedient, voor zover de bron ze noemt. */
  gemeenten: Maybe<Array<Gemeente>>;
  id: Scalars['ID']['output'];
  naam: Scalars['String']['output'];
  regio: Maybe<Regio>;
  /** Het jaar waarin het punt startte. */
  startjaar: Maybe<Scalars['Int']['output']>;
  /** Aantallen zonder persoonsgegevens: voor iedereen zichtbaar. */
  statistiek: Matchingsstatistiek;
  subregio: Maybe<Scalars['String']['output']>;
};

export type Matchingsstatistiek = {
  __typename?: 'Matchingsstatistiek';
  beschikbareWoningen: Scalars['Int']['output'];
  gehuisvest: Scalars['Int']['output'];
  lopendeVerwijzingen: Scalars['Int']['output'];
  wachtendeWoonvragen: Scalars['Int']['output'];
};

/** De monitor van het Transferpunt: vraag, aanbod en doorstroom van een regio, in aantallen. */
export type Monitor = {
  __typename?: 'Monitor';
  /** Beschikbare woningen nu, gepubliceerd (woningen, geen mensen: nooit onderdrukt). */
  beschikbareWoningen: Scalars['Int']['output'];
  /** Onder dit aantal mensen wordt een cel onderdrukt (5). */
  drempel: Scalars['Int']['output'];
  /** Open vraag nu: wachtende woonvragen (mensen). */
  openVraag: Telling;
  /** Per maand van `van` tot en met `tot`, ook maanden zonder iets. */
  perMaand: Array<Monitormaand>;
  regio: Regio;
  /** Laatste maand (JJJJ-MM). */
  tot: Scalars['String']['output'];
  /** Waar: de aanvrager ziet de uitsplitsingen (Transferpunt van de regio). */
  uitsplitsingen: Scalars['Boolean']['output'];
  /** Eerste maand (JJJJ-MM). */
  van: Scalars['String']['output'];
  /**
   * Wachttijd per gemeente waar mensen gehuisvest werden (de gemeente van de woning), alleen gemeenten
   * waar iemand gehuisvest werd. Leeg zonder uitsplitsingen.
   */
  wachttijdNaarGemeente: Maybe<Array<Wachttijd>>;
  /**
   * Wachttijd van aanmelding tot gehuisvest, per herkomst (MO, BW, ...), over de hele periode: elke
   * herkomst, ook zonder gehuisveste mensen. Leeg zonder uitsplitsingen.
   */
  wachttijdNaarHerkomst: Maybe<Array<Wachttijd>>;
};

export type Monitormaand = {
  __typename?: 'Monitormaand';
  /** Woonvragen aangemeld in deze maand. */
  aangemeld: Telling;
  /** Mensen gehuisvest in deze maand (de stap GEHUISVEST). */
  gehuisvest: Telling;
  /** JJJJ-MM. */
  maand: Scalars['String']['output'];
  /**
   * Verwijzingen die in deze maand op hun uitkomst kwamen, naar uitkomst: altijd alle vier de
   * uitkomsten. Is precies één uitkomst onderdrukt, dan ook de kleinste getoonde (niet-nul) uitkomst.
   * Leeg zonder uitsplitsingen.
   */
  verwijzingenNaarUitkomst: Maybe<Array<Uitkomsttelling>>;
};

/** Het resultaat van een wijziging: een zakelijke weigering is een resultaat, geen fout. */
export type MutatieResultaat = {
  __typename?: 'MutatieResultaat';
  ok: Scalars['Boolean']['output'];
  verwijzing: Maybe<Verwijzing>;
  weigering: Maybe<Weigering>;
  woning: Maybe<Woning>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Een aanbieder (woningcorporatie of zorgaanbieder) meldt een woning aan, voor de eigen organisatie. */
  registreerWoning: Woning;
  /** Een zorgaanbieder meldt de woonvraag van een eigen cliënt aan. */
  registreerWoonvraag: Woonvraag;
  /** Het Transferpunt stelt één woonvraag voor bij één woning. */
  stelVoor: MutatieResultaat;
  /**
   * Het Transferpunt laat de matcher een optimale voorstelset maken voor de wachtende woonvragen en
   * het beschikbare aanbod van een matchingspunt; met `opslaan` worden het verwijzingen (VOORGESTELD).
   */
  stelVoorstellenOp: Voorstelset;
  /** De aanbieder of het Transferpunt trekt een woning in die nog niet is aangeboden. */
  trekWoningIn: MutatieResultaat;
  /**
   * Zet een verwijzing een stap verder. Toegestaan: VOORGESTELD → AANGEBODEN → GEACCEPTEERD →
   * GEHUISVEST; AANGEBODEN → AFGEWEZEN_DOOR_PERSOON; VOORGESTELD/AANGEBODEN → AFGEWEZEN_DOOR_AANBIEDER;
   * VOORGESTELD/AANGEBODEN/GEACCEPTEERD → INGETROKKEN. Afwijzen en intrekken vragen een reden.
   */
  zetVerwijzingStap: MutatieResultaat;
};


export type MutationRegistreerWoningArgs = {
  invoer: WoningInvoer;
};


export type MutationRegistreerWoonvraagArgs = {
  invoer: WoonvraagInvoer;
};


export type MutationStelVoorArgs = {
  woning: Scalars['ID']['input'];
  woonvraag: Scalars['ID']['input'];
};


export type MutationStelVoorstellenOpArgs = {
  matchingspunt: Scalars['ID']['input'];
  maxAandeelPerWijk?: InputMaybe<Scalars['Float']['input']>;
  opslaan?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationTrekWoningInArgs = {
  woning: Scalars['ID']['input'];
};


export type MutationZetVerwijzingStapArgs = {
  naar: VerwijzingStatus;
  reden?: InputMaybe<Scalars['String']['input']>;
  verwijzing: Scalars['ID']['input'];
};

export type Ondersteuningsniveau =
  | 'GEEN'
  | 'INTENSIEF'
  | 'LICHT'
  | 'MIDDEL';

/** Waar een pagina in de lijst staat. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
};

/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type Query = {
  __typename?: 'Query';
  /** Wie de hub in het token ziet; null zonder token. */
  ik: Maybe<Gebruiker>;
  /** Geschikte kandidaten voor één woning, beste eerst, met de redenen achter elke score (Transferpunt). */
  kandidatenVoorWoning: Maybe<Array<Kandidaatscore>>;
  matchingspunt: Maybe<Matchingspunt>;
  matchingspunten: Maybe<Array<Matchingspunt>>;
  /**
   * Cijfers over vraag, aanbod en doorstroom van een regio: alleen aantallen, nooit een persoon, een
   * referentie of een woning. Een cel die minder dan 5 mensen telt, wordt onderdrukt (`aantal` leeg,
   * `onderdrukt` waar); 0 wordt wel getoond. Staat een totaal naast zijn delen (de uitkomsten van een
   * maand, de groepen van een wachttijdlijst) en is precies één deel onderdrukt, dan wordt ook het
   * kleinste getoonde deel onderdrukt, zodat het verborgen deel niet uit de rest is af te leiden.
   * Iedereen ziet de totalen; de uitsplitsingen (verwijzingen naar uitkomst, wachttijden) zijn alleen
   * voor het Transferpunt van de regio en zijn voor anderen leeg.
   * `van` en `tot` zijn maanden (JJJJ-MM, hooguit 60 maanden); standaard de laatste 12 maanden tot en
   * met deze maand. Maanden volgen de kalender in UTC.
   */
  monitor: Monitor;
  /** Het toegangslog van één woonvraag (Transferpunt van de regio). */
  toegangslog: Maybe<Array<Toegangsregel>>;
  woning: Maybe<Woning>;
  /**
   * Woonaanbod. Iedereen ziet gepubliceerd, beschikbaar aanbod; een aanbieder ziet ook zijn eigen
   * overige aanbod, en Transferpuntmedewerkers al het aanbod van hun regio.
   */
  woningen: Maybe<WoningConnection>;
  /** Geschikte woningen voor één woonvraag, beste eerst (Transferpunt en de aanmeldende organisatie). */
  woningenVoorWoonvraag: Maybe<Array<Woningscore>>;
  woonvraag: Maybe<Woonvraag>;
  /** Woonvragen: Transferpuntmedewerkers zien die van hun regio, een zorgaanbieder die van zichzelf. */
  woonvragen: Maybe<WoonvraagConnection>;
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryKandidatenVoorWoningArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  woning: Scalars['ID']['input'];
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryMatchingspuntArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryMatchingspuntenArgs = {
  regio?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryMonitorArgs = {
  regio: Scalars['ID']['input'];
  tot?: InputMaybe<Scalars['String']['input']>;
  van?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryToegangslogArgs = {
  woonvraag: Scalars['ID']['input'];
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryWoningArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryWoningenArgs = {
  aanbieder?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  gemeente?: InputMaybe<Scalars['ID']['input']>;
  matchingspunt?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<WoningSoort>;
  status?: InputMaybe<WoningStatus>;
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryWoningenVoorWoonvraagArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  woonvraag: Scalars['ID']['input'];
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryWoonvraagArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Het Transferpunt / Matchingspunt: woonaanbod, woonvragen van mensen die uitstromen uit MO/BW,
 * matching en verwijzingen. Een woonvraag gaat over een persoon: die is alleen zichtbaar voor
 * Transferpuntmedewerkers van de regio en voor de organisatie die haar aanmeldde, en elke inzage of
 * wijziging staat in het toegangslog. Een persoon is een pseudoniem: geen naam, BSN, geboortedatum,
 * adres of diagnose.
 */
export type QueryWoonvragenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  matchingspunt?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<WoonvraagStatus>;
};

export type Regio = {
  __typename?: 'Regio';
  code: Scalars['ID']['output'];
};

export type Rol =
  /** Beheerder van de directory van de hele hub. */
  | 'HUBBEHEERDER'
  /** Beheerder van de directory van één regio (partners, lidmaatschappen, voorzieningen). */
  | 'REGIOBEHEERDER'
  /** Medewerker van het Transferpunt / Matchingspunt van een regio. */
  | 'TRANSFERPUNT'
  /** Woningcorporatie die eigen aanbod beheert. */
  | 'WONINGCORPORATIE'
  /** Zorgaanbieder die woonvragen van eigen cliënten aanmeldt. */
  | 'ZORGAANBIEDER';

export type Scorereden = {
  __typename?: 'Scorereden';
  code: Scalars['String']['output'];
  omschrijving: Scalars['String']['output'];
  punten: Scalars['Int']['output'];
};

/** Een aantal mensen dat onderdrukt kan zijn. */
export type Telling = {
  __typename?: 'Telling';
  /** Het aantal; leeg als het onderdrukt is. */
  aantal: Maybe<Scalars['Int']['output']>;
  onderdrukt: Scalars['Boolean']['output'];
};

export type Toegangsregel = {
  __typename?: 'Toegangsregel';
  details: Maybe<Scalars['String']['output']>;
  gebeurtenis: Scalars['String']['output'];
  gebruiker: Scalars['String']['output'];
  namens: Maybe<Partner>;
  /** ISO 8601-tijdstip. */
  op: Scalars['String']['output'];
  rol: Maybe<Scalars['String']['output']>;
  woonvraag: Scalars['ID']['output'];
};

export type Uitkomsttelling = {
  __typename?: 'Uitkomsttelling';
  telling: Telling;
  /** GEHUISVEST, AFGEWEZEN_DOOR_PERSOON, AFGEWEZEN_DOOR_AANBIEDER of INGETROKKEN. */
  uitkomst: VerwijzingStatus;
  uitkomstNaam: Scalars['String']['output'];
};

export type Verwijzing = {
  __typename?: 'Verwijzing';
  id: Scalars['ID']['output'];
  score: Maybe<Scalars['Int']['output']>;
  /** Elke stap, met wie, namens wie en wanneer. */
  stappen: Array<Verwijzingsstap>;
  status: VerwijzingStatus;
  /** De status in gewone taal, zoals "afgewezen door de persoon". */
  statusNaam: Scalars['String']['output'];
  woning: Woning;
  /** Null voor wie de woonvraag niet mag zien (zoals de woningaanbieder). */
  woonvraag: Maybe<Woonvraag>;
};

export type VerwijzingStatus =
  | 'AANGEBODEN'
  | 'AFGEWEZEN_DOOR_AANBIEDER'
  | 'AFGEWEZEN_DOOR_PERSOON'
  | 'GEACCEPTEERD'
  | 'GEHUISVEST'
  | 'INGETROKKEN'
  | 'VOORGESTELD';

export type Verwijzingsstap = {
  __typename?: 'Verwijzingsstap';
  door: Scalars['String']['output'];
  naar: VerwijzingStatus;
  /** De nieuwe status in gewone taal. */
  naarNaam: Scalars['String']['output'];
  namens: Maybe<Partner>;
  /** ISO 8601-tijdstip. */
  op: Scalars['String']['output'];
  reden: Maybe<Scalars['String']['output']>;
  rol: Rol;
  van: Maybe<VerwijzingStatus>;
};

export type Voorstel = {
  __typename?: 'Voorstel';
  score: Scalars['Int']['output'];
  /** De opgeslagen verwijzing, als `opslaan` waar was. */
  verwijzing: Maybe<Verwijzing>;
  woning: Woning;
  woonvraag: Woonvraag;
};

/**
 * Een voorstelset: optimaal voor de doelfunctie (som van scores: urgentie × 1000 + wachtdagen tot
 * 730 + voorkeur voor gemeente), binnen alle harde eisen en de spreiding over wijken en complexen.
 */
export type Voorstelset = {
  __typename?: 'Voorstelset';
  doelwaarde: Scalars['Int']['output'];
  haalbareParen: Scalars['Int']['output'];
  maxPerComplex: Scalars['Int']['output'];
  maxPerWijk: Scalars['Int']['output'];
  voorstellen: Array<Voorstel>;
};

/**
 * Wachttijd in dagen van de aanmelding (`aangemeldOp`) tot de dag van de stap GEHUISVEST, van de mensen
 * die in de periode gehuisvest werden. Mediaan en 90e percentiel volgens de nearest-rank-methode: van
 * de n gesorteerde wachttijden de waarde op plaats ⌈p·n⌉ (de mediaan is bij een even n de lagere van de
 * middelste twee). Is de groep onderdrukt (ook als tweede onderdrukking), dan zijn ook mediaan en p90 leeg.
 */
export type Wachttijd = {
  __typename?: 'Wachttijd';
  gehuisvest: Telling;
  /** De herkomst (enumwaarde) of de CBS-code van de gemeente. */
  groep: Scalars['String']['output'];
  /** Mediaan in dagen; leeg als onderdrukt. */
  mediaanDagen: Maybe<Scalars['Int']['output']>;
  /** In gewone taal: 'maatschappelijke opvang', 'Venlo'. */
  naam: Scalars['String']['output'];
  /** 90e percentiel in dagen; leeg als onderdrukt. */
  p90Dagen: Maybe<Scalars['Int']['output']>;
};

export type Weigering = {
  __typename?: 'Weigering';
  /** In gewone taal: waarom de stap niet kan. */
  bericht: Scalars['String']['output'];
  code: WeigeringCode;
};

export type WeigeringCode =
  | 'AL_VOORGESTELD'
  | 'NIET_HAALBAAR'
  | 'OVERGANG_NIET_TOEGESTAAN'
  | 'REDEN_VERPLICHT'
  | 'STATUS_GEWIJZIGD'
  | 'WONING_AL_AANGEBODEN'
  | 'WOONVRAAG_AL_GEACCEPTEERD';

export type Woning = {
  __typename?: 'Woning';
  aanbieder: Maybe<Partner>;
  /**
   * Het adres, voor wie een bezichtiging regelt: alleen voor het Transferpunt van de regio en de eigen
   * aanbieder van de woning. Voor ieder ander (ook bij gepubliceerd aanbod en zonder token) leeg:
   * gepubliceerd aanbod toont alleen de wijk. Ook leeg als de aanbieder geen adres opgaf.
   */
  adres: Maybe<Adres>;
  /** ISO 8601-datum. */
  beschikbaarVanaf: Scalars['String']['output'];
  /** Complex of contingent waartoe de woning hoort. */
  contingent: Maybe<Scalars['String']['output']>;
  gemeente: Maybe<Gemeente>;
  gepubliceerd: Scalars['Boolean']['output'];
  huur: Geldbedrag;
  id: Scalars['ID']['output'];
  kamers: Scalars['Int']['output'];
  matchingspunt: Matchingspunt;
  maxBewoners: Scalars['Int']['output'];
  ondersteuning: Ondersteuningsniveau;
  prikkelarm: Scalars['Boolean']['output'];
  soort: WoningSoort;
  status: WoningStatus;
  toegankelijk: Scalars['Boolean']['output'];
  /** Verwijzingen voor deze woning: voor de aanbieder en het Transferpunt van de regio. */
  verwijzingen: Array<Verwijzing>;
  wijk: Scalars['String']['output'];
};

export type WoningConnection = {
  __typename?: 'WoningConnection';
  nodes: Array<Woning>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WoningInvoer = {
  /** Het adres; alleen zichtbaar voor het Transferpunt van de regio en de eigen aanbieder. */
  adres?: InputMaybe<AdresInvoer>;
  beschikbaarVanaf: Scalars['String']['input'];
  contingent?: InputMaybe<Scalars['String']['input']>;
  gemeente: Scalars['ID']['input'];
  gepubliceerd?: InputMaybe<Scalars['Boolean']['input']>;
  /** Huur per maand in eurocenten. */
  huurInCenten: Scalars['Int']['input'];
  kamers: Scalars['Int']['input'];
  matchingspunt: Scalars['ID']['input'];
  maxBewoners: Scalars['Int']['input'];
  ondersteuning: Ondersteuningsniveau;
  prikkelarm: Scalars['Boolean']['input'];
  soort: WoningSoort;
  toegankelijk: Scalars['Boolean']['input'];
  wijk: Scalars['String']['input'];
};

export type WoningSoort =
  | 'BW_PLEK'
  | 'KAMER'
  | 'MAATWERKWONING'
  | 'OVERIG'
  | 'SKAEVE_HUSE'
  | 'TRAJECTBED'
  | 'ZELFSTANDIGE_WONING';

export type WoningStatus =
  | 'AANGEBODEN'
  | 'BESCHIKBAAR'
  | 'INGETROKKEN'
  | 'VERHUURD';

export type Woningscore = {
  __typename?: 'Woningscore';
  redenen: Array<Scorereden>;
  score: Scalars['Int']['output'];
  woning: Woning;
};

/**
 * Een woonvraag van een persoon, pseudoniem: `referentie` is het kenmerk van de aanmeldende
 * organisatie, nooit een naam of BSN.
 */
export type Woonvraag = {
  __typename?: 'Woonvraag';
  aangemeldDoor: Maybe<Partner>;
  /** ISO 8601-datum. */
  aangemeldOp: Scalars['String']['output'];
  gewensteGemeenten: Maybe<Array<Gemeente>>;
  herkomst: Herkomst;
  huishoudgrootte: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  matchingspunt: Matchingspunt;
  maxHuur: Geldbedrag;
  ondersteuningNodig: Ondersteuningsniveau;
  prikkelarmNodig: Scalars['Boolean']['output'];
  referentie: Scalars['String']['output'];
  status: WoonvraagStatus;
  toegankelijkNodig: Scalars['Boolean']['output'];
  uitgeslotenGemeenten: Maybe<Array<Gemeente>>;
  /** 1 (laag) tot en met 3 (hoog). */
  urgentie: Scalars['Int']['output'];
  verwijzingen: Array<Verwijzing>;
};

export type WoonvraagConnection = {
  __typename?: 'WoonvraagConnection';
  nodes: Array<Woonvraag>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WoonvraagInvoer = {
  /** ISO 8601-datum; standaard vandaag. */
  aangemeldOp?: InputMaybe<Scalars['String']['input']>;
  gewensteGemeenten?: InputMaybe<Array<Scalars['ID']['input']>>;
  herkomst: Herkomst;
  huishoudgrootte: Scalars['Int']['input'];
  matchingspunt: Scalars['ID']['input'];
  /** Maximale huur per maand in eurocenten. */
  maxHuurInCenten: Scalars['Int']['input'];
  ondersteuningNodig?: InputMaybe<Ondersteuningsniveau>;
  prikkelarmNodig?: InputMaybe<Scalars['Boolean']['input']>;
  /** Het eigen dossierkenmerk van de zorgaanbieder; geen naam, BSN, geboortedatum of e-mailadres. */
  referentie: Scalars['String']['input'];
  toegankelijkNodig?: InputMaybe<Scalars['Boolean']['input']>;
  uitgeslotenGemeenten?: InputMaybe<Array<Scalars['ID']['input']>>;
  urgentie: Scalars['Int']['input'];
};

export type WoonvraagStatus =
  | 'GEHUISVEST'
  | 'INGETROKKEN'
  | 'WACHTEND';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Adres: ResolverTypeWrapper<Adres>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdresInvoer: AdresInvoer;
  Bron: ResolverTypeWrapper<Bron>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Gebruiker: ResolverTypeWrapper<IngelogdeGebruiker>;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Gemeente: ResolverTypeWrapper<GemeenteReference>;
  Herkomst: Herkomst;
  Kandidaatscore: ResolverTypeWrapper<Omit<Kandidaatscore, 'woonvraag'> & { woonvraag: ResolversTypes['Woonvraag'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Matchingspunt: ResolverTypeWrapper<MatchingspuntRow>;
  Matchingsstatistiek: ResolverTypeWrapper<Matchingsstatistiek>;
  Monitor: ResolverTypeWrapper<Omit<Monitor, 'regio'> & { regio: ResolversTypes['Regio'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Monitormaand: ResolverTypeWrapper<Monitormaand>;
  MutatieResultaat: ResolverTypeWrapper<Omit<MutatieResultaat, 'verwijzing' | 'woning'> & { verwijzing?: Maybe<ResolversTypes['Verwijzing']>, woning?: Maybe<ResolversTypes['Woning']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Ondersteuningsniveau: Ondersteuningsniveau;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioReference>;
  Rol: Rol;
  Scorereden: ResolverTypeWrapper<Scorereden>;
  Telling: ResolverTypeWrapper<Telling>;
  Toegangsregel: ResolverTypeWrapper<ToegangslogRow>;
  Uitkomsttelling: ResolverTypeWrapper<Uitkomsttelling>;
  Verwijzing: ResolverTypeWrapper<VerwijzingRow>;
  VerwijzingStatus: VerwijzingStatus;
  Verwijzingsstap: ResolverTypeWrapper<VerwijzingStapRow>;
  Voorstel: ResolverTypeWrapper<Omit<Voorstel, 'verwijzing' | 'woning' | 'woonvraag'> & { verwijzing?: Maybe<ResolversTypes['Verwijzing']>, woning: ResolversTypes['Woning'], woonvraag: ResolversTypes['Woonvraag'] }>;
  Voorstelset: ResolverTypeWrapper<Omit<Voorstelset, 'voorstellen'> & { voorstellen: Array<ResolversTypes['Voorstel']> }>;
  Wachttijd: ResolverTypeWrapper<Wachttijd>;
  Weigering: ResolverTypeWrapper<Weigering>;
  WeigeringCode: WeigeringCode;
  Woning: ResolverTypeWrapper<WoningRow>;
  WoningConnection: ResolverTypeWrapper<Pagina<WoningRow>>;
  WoningInvoer: WoningInvoer;
  WoningSoort: WoningSoort;
  WoningStatus: WoningStatus;
  Woningscore: ResolverTypeWrapper<Omit<Woningscore, 'woning'> & { woning: ResolversTypes['Woning'] }>;
  Woonvraag: ResolverTypeWrapper<WoonvraagRow>;
  WoonvraagConnection: ResolverTypeWrapper<Pagina<WoonvraagRow>>;
  WoonvraagInvoer: WoonvraagInvoer;
  WoonvraagStatus: WoonvraagStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Adres: Adres;
  String: Scalars['String']['output'];
  AdresInvoer: AdresInvoer;
  Bron: Bron;
  ID: Scalars['ID']['output'];
  Gebruiker: IngelogdeGebruiker;
  Geldbedrag: Geldbedrag;
  Gemeente: GemeenteReference;
  Kandidaatscore: Omit<Kandidaatscore, 'woonvraag'> & { woonvraag: ResolversParentTypes['Woonvraag'] };
  Int: Scalars['Int']['output'];
  Matchingspunt: MatchingspuntRow;
  Matchingsstatistiek: Matchingsstatistiek;
  Monitor: Omit<Monitor, 'regio'> & { regio: ResolversParentTypes['Regio'] };
  Boolean: Scalars['Boolean']['output'];
  Monitormaand: Monitormaand;
  MutatieResultaat: Omit<MutatieResultaat, 'verwijzing' | 'woning'> & { verwijzing?: Maybe<ResolversParentTypes['Verwijzing']>, woning?: Maybe<ResolversParentTypes['Woning']> };
  Mutation: Record<PropertyKey, never>;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  Partner: PartnerReference;
  Query: Record<PropertyKey, never>;
  Regio: RegioReference;
  Scorereden: Scorereden;
  Telling: Telling;
  Toegangsregel: ToegangslogRow;
  Uitkomsttelling: Uitkomsttelling;
  Verwijzing: VerwijzingRow;
  Verwijzingsstap: VerwijzingStapRow;
  Voorstel: Omit<Voorstel, 'verwijzing' | 'woning' | 'woonvraag'> & { verwijzing?: Maybe<ResolversParentTypes['Verwijzing']>, woning: ResolversParentTypes['Woning'], woonvraag: ResolversParentTypes['Woonvraag'] };
  Voorstelset: Omit<Voorstelset, 'voorstellen'> & { voorstellen: Array<ResolversParentTypes['Voorstel']> };
  Wachttijd: Wachttijd;
  Weigering: Weigering;
  Woning: WoningRow;
  WoningConnection: Pagina<WoningRow>;
  WoningInvoer: WoningInvoer;
  Woningscore: Omit<Woningscore, 'woning'> & { woning: ResolversParentTypes['Woning'] };
  Woonvraag: WoonvraagRow;
  WoonvraagConnection: Pagina<WoonvraagRow>;
  WoonvraagInvoer: WoonvraagInvoer;
}>;

export type AdresResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Adres'] = ResolversParentTypes['Adres']> = ResolversObject<{
  huisnummer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plaats?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  straat?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BronResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GebruikerResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Gebruiker'] = ResolversParentTypes['Gebruiker']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisatie?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  rollen?: Resolver<Array<ResolversTypes['Rol']>, ParentType, ContextType>;
}>;

export type GeldbedragResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = ResolversObject<{
  centen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  euro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GemeenteResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Gemeente'] = ResolversParentTypes['Gemeente']> = ResolversObject<{
  cbsCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type KandidaatscoreResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Kandidaatscore'] = ResolversParentTypes['Kandidaatscore']> = ResolversObject<{
  redenen?: Resolver<Array<ResolversTypes['Scorereden']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  woonvraag?: Resolver<ResolversTypes['Woonvraag'], ParentType, ContextType>;
}>;

export type MatchingspuntResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Matchingspunt'] = ResolversParentTypes['Matchingspunt']> = ResolversObject<{
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  gemeenten?: Resolver<Maybe<Array<ResolversTypes['Gemeente']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  startjaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statistiek?: Resolver<ResolversTypes['Matchingsstatistiek'], ParentType, ContextType>;
  subregio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MatchingsstatistiekResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Matchingsstatistiek'] = ResolversParentTypes['Matchingsstatistiek']> = ResolversObject<{
  beschikbareWoningen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gehuisvest?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lopendeVerwijzingen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wachtendeWoonvragen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MonitorResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Monitor'] = ResolversParentTypes['Monitor']> = ResolversObject<{
  beschikbareWoningen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  drempel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openVraag?: Resolver<ResolversTypes['Telling'], ParentType, ContextType>;
  perMaand?: Resolver<Array<ResolversTypes['Monitormaand']>, ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  tot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uitsplitsingen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  van?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wachttijdNaarGemeente?: Resolver<Maybe<Array<ResolversTypes['Wachttijd']>>, ParentType, ContextType>;
  wachttijdNaarHerkomst?: Resolver<Maybe<Array<ResolversTypes['Wachttijd']>>, ParentType, ContextType>;
}>;

export type MonitormaandResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Monitormaand'] = ResolversParentTypes['Monitormaand']> = ResolversObject<{
  aangemeld?: Resolver<ResolversTypes['Telling'], ParentType, ContextType>;
  gehuisvest?: Resolver<ResolversTypes['Telling'], ParentType, ContextType>;
  maand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verwijzingenNaarUitkomst?: Resolver<Maybe<Array<ResolversTypes['Uitkomsttelling']>>, ParentType, ContextType>;
}>;

export type MutatieResultaatResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['MutatieResultaat'] = ResolversParentTypes['MutatieResultaat']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verwijzing?: Resolver<Maybe<ResolversTypes['Verwijzing']>, ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Weigering']>, ParentType, ContextType>;
  woning?: Resolver<Maybe<ResolversTypes['Woning']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  registreerWoning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType, RequireFields<MutationRegistreerWoningArgs, 'invoer'>>;
  registreerWoonvraag?: Resolver<ResolversTypes['Woonvraag'], ParentType, ContextType, RequireFields<MutationRegistreerWoonvraagArgs, 'invoer'>>;
  stelVoor?: Resolver<ResolversTypes['MutatieResultaat'], ParentType, ContextType, RequireFields<MutationStelVoorArgs, 'woning' | 'woonvraag'>>;
  stelVoorstellenOp?: Resolver<ResolversTypes['Voorstelset'], ParentType, ContextType, RequireFields<MutationStelVoorstellenOpArgs, 'matchingspunt' | 'opslaan'>>;
  trekWoningIn?: Resolver<ResolversTypes['MutatieResultaat'], ParentType, ContextType, RequireFields<MutationTrekWoningInArgs, 'woning'>>;
  zetVerwijzingStap?: Resolver<ResolversTypes['MutatieResultaat'], ParentType, ContextType, RequireFields<MutationZetVerwijzingStapArgs, 'naar' | 'verwijzing'>>;
}>;

export type PageInfoResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  ik?: Resolver<Maybe<ResolversTypes['Gebruiker']>, ParentType, ContextType>;
  kandidatenVoorWoning?: Resolver<Maybe<Array<ResolversTypes['Kandidaatscore']>>, ParentType, ContextType, RequireFields<QueryKandidatenVoorWoningArgs, 'woning'>>;
  matchingspunt?: Resolver<Maybe<ResolversTypes['Matchingspunt']>, ParentType, ContextType, RequireFields<QueryMatchingspuntArgs, 'id'>>;
  matchingspunten?: Resolver<Maybe<Array<ResolversTypes['Matchingspunt']>>, ParentType, ContextType, Partial<QueryMatchingspuntenArgs>>;
  monitor?: Resolver<ResolversTypes['Monitor'], ParentType, ContextType, RequireFields<QueryMonitorArgs, 'regio'>>;
  toegangslog?: Resolver<Maybe<Array<ResolversTypes['Toegangsregel']>>, ParentType, ContextType, RequireFields<QueryToegangslogArgs, 'woonvraag'>>;
  woning?: Resolver<Maybe<ResolversTypes['Woning']>, ParentType, ContextType, RequireFields<QueryWoningArgs, 'id'>>;
  woningen?: Resolver<Maybe<ResolversTypes['WoningConnection']>, ParentType, ContextType, Partial<QueryWoningenArgs>>;
  woningenVoorWoonvraag?: Resolver<Maybe<Array<ResolversTypes['Woningscore']>>, ParentType, ContextType, RequireFields<QueryWoningenVoorWoonvraagArgs, 'woonvraag'>>;
  woonvraag?: Resolver<Maybe<ResolversTypes['Woonvraag']>, ParentType, ContextType, RequireFields<QueryWoonvraagArgs, 'id'>>;
  woonvragen?: Resolver<Maybe<ResolversTypes['WoonvraagConnection']>, ParentType, ContextType, Partial<QueryWoonvragenArgs>>;
}>;

export type RegioResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ScoreredenResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Scorereden'] = ResolversParentTypes['Scorereden']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  punten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TellingResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Telling'] = ResolversParentTypes['Telling']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  onderdrukt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ToegangsregelResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Toegangsregel'] = ResolversParentTypes['Toegangsregel']> = ResolversObject<{
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gebeurtenis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gebruiker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  woonvraag?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UitkomsttellingResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Uitkomsttelling'] = ResolversParentTypes['Uitkomsttelling']> = ResolversObject<{
  telling?: Resolver<ResolversTypes['Telling'], ParentType, ContextType>;
  uitkomst?: Resolver<ResolversTypes['VerwijzingStatus'], ParentType, ContextType>;
  uitkomstNaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VerwijzingResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Verwijzing'] = ResolversParentTypes['Verwijzing']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stappen?: Resolver<Array<ResolversTypes['Verwijzingsstap']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerwijzingStatus'], ParentType, ContextType>;
  statusNaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType>;
  woonvraag?: Resolver<Maybe<ResolversTypes['Woonvraag']>, ParentType, ContextType>;
}>;

export type VerwijzingsstapResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Verwijzingsstap'] = ResolversParentTypes['Verwijzingsstap']> = ResolversObject<{
  door?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naar?: Resolver<ResolversTypes['VerwijzingStatus'], ParentType, ContextType>;
  naarNaam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reden?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rol?: Resolver<ResolversTypes['Rol'], ParentType, ContextType>;
  van?: Resolver<Maybe<ResolversTypes['VerwijzingStatus']>, ParentType, ContextType>;
}>;

export type VoorstelResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Voorstel'] = ResolversParentTypes['Voorstel']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verwijzing?: Resolver<Maybe<ResolversTypes['Verwijzing']>, ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType>;
  woonvraag?: Resolver<ResolversTypes['Woonvraag'], ParentType, ContextType>;
}>;

export type VoorstelsetResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Voorstelset'] = ResolversParentTypes['Voorstelset']> = ResolversObject<{
  doelwaarde?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  haalbareParen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPerComplex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPerWijk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voorstellen?: Resolver<Array<ResolversTypes['Voorstel']>, ParentType, ContextType>;
}>;

export type WachttijdResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Wachttijd'] = ResolversParentTypes['Wachttijd']> = ResolversObject<{
  gehuisvest?: Resolver<ResolversTypes['Telling'], ParentType, ContextType>;
  groep?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaanDagen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  p90Dagen?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WeigeringResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Weigering'] = ResolversParentTypes['Weigering']> = ResolversObject<{
  bericht?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['WeigeringCode'], ParentType, ContextType>;
}>;

export type WoningResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Woning'] = ResolversParentTypes['Woning']> = ResolversObject<{
  aanbieder?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  adres?: Resolver<Maybe<ResolversTypes['Adres']>, ParentType, ContextType>;
  beschikbaarVanaf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contingent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  gepubliceerd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  huur?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kamers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchingspunt?: Resolver<ResolversTypes['Matchingspunt'], ParentType, ContextType>;
  maxBewoners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ondersteuning?: Resolver<ResolversTypes['Ondersteuningsniveau'], ParentType, ContextType>;
  prikkelarm?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['WoningSoort'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WoningStatus'], ParentType, ContextType>;
  toegankelijk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verwijzingen?: Resolver<Array<ResolversTypes['Verwijzing']>, ParentType, ContextType>;
  wijk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WoningConnectionResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['WoningConnection'] = ResolversParentTypes['WoningConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Woning']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WoningscoreResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Woningscore'] = ResolversParentTypes['Woningscore']> = ResolversObject<{
  redenen?: Resolver<Array<ResolversTypes['Scorereden']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  woning?: Resolver<ResolversTypes['Woning'], ParentType, ContextType>;
}>;

export type WoonvraagResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['Woonvraag'] = ResolversParentTypes['Woonvraag']> = ResolversObject<{
  aangemeldDoor?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  aangemeldOp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gewensteGemeenten?: Resolver<Maybe<Array<ResolversTypes['Gemeente']>>, ParentType, ContextType>;
  herkomst?: Resolver<ResolversTypes['Herkomst'], ParentType, ContextType>;
  huishoudgrootte?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchingspunt?: Resolver<ResolversTypes['Matchingspunt'], ParentType, ContextType>;
  maxHuur?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  ondersteuningNodig?: Resolver<ResolversTypes['Ondersteuningsniveau'], ParentType, ContextType>;
  prikkelarmNodig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referentie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WoonvraagStatus'], ParentType, ContextType>;
  toegankelijkNodig?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  uitgeslotenGemeenten?: Resolver<Maybe<Array<ResolversTypes['Gemeente']>>, ParentType, ContextType>;
  urgentie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verwijzingen?: Resolver<Array<ResolversTypes['Verwijzing']>, ParentType, ContextType>;
}>;

export type WoonvraagConnectionResolvers<ContextType = WoonoptiesContext, ParentType extends ResolversParentTypes['WoonvraagConnection'] = ResolversParentTypes['WoonvraagConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Woonvraag']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WoonoptiesContext> = ResolversObject<{
  Adres?: AdresResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Gebruiker?: GebruikerResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Gemeente?: GemeenteResolvers<ContextType>;
  Kandidaatscore?: KandidaatscoreResolvers<ContextType>;
  Matchingspunt?: MatchingspuntResolvers<ContextType>;
  Matchingsstatistiek?: MatchingsstatistiekResolvers<ContextType>;
  Monitor?: MonitorResolvers<ContextType>;
  Monitormaand?: MonitormaandResolvers<ContextType>;
  MutatieResultaat?: MutatieResultaatResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
  Scorereden?: ScoreredenResolvers<ContextType>;
  Telling?: TellingResolvers<ContextType>;
  Toegangsregel?: ToegangsregelResolvers<ContextType>;
  Uitkomsttelling?: UitkomsttellingResolvers<ContextType>;
  Verwijzing?: VerwijzingResolvers<ContextType>;
  Verwijzingsstap?: VerwijzingsstapResolvers<ContextType>;
  Voorstel?: VoorstelResolvers<ContextType>;
  Voorstelset?: VoorstelsetResolvers<ContextType>;
  Wachttijd?: WachttijdResolvers<ContextType>;
  Weigering?: WeigeringResolvers<ContextType>;
  Woning?: WoningResolvers<ContextType>;
  WoningConnection?: WoningConnectionResolvers<ContextType>;
  Woningscore?: WoningscoreResolvers<ContextType>;
  Woonvraag?: WoonvraagResolvers<ContextType>;
  WoonvraagConnection?: WoonvraagConnectionResolvers<ContextType>;
}>;

