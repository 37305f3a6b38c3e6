import type { GraphQLResolveInfo } from 'graphql';
import type { RegioRow, GemeenteRow, LidmaatschapRow, BeleidsdocumentRow, AfspraakRow, BronafwijkingRow, BestuursorgaanRow, OrgaanLidRow, WijzigingRow } from '../db/database.js';
import type { PartnerReference, DirectoryFeedRef, RegionsContext } from '../context.js';
import type { ChangeFeedPage } from '../../../../lib/directory-changes.js';
import type { MembershipResult, DocumentResult, AgreementResult, BodyResult, BodyMemberResult } from '../changes.js';
import type { HistoryEntry } from '../../../../lib/history.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** Eén concrete afspraak uit een document, met de getallen als gegevens. */
export type Afspraak = {
  __typename?: 'Afspraak';
  aantal: Maybe<Scalars['Int']['output']>;
  bedrag: Maybe<Geldbedrag>;
  bron: Bron;
  /** ISO 8601-datum waar de afspraak een datum noemt. */
  datum: Maybe<Scalars['String']['output']>;
  eenheid: Maybe<Eenheid>;
  /** De gemeente waar de afspraak over gaat, als het om één gemeente gaat. */
  gemeente: Maybe<Gemeente>;
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  /** Eén zin die de afspraak samenvat; `bron.citaat` bewijst haar. */
  omschrijving: Scalars['String']['output'];
  /** Percentage als decimale string (`"85"`), nooit een float. */
  percentage: Maybe<Scalars['String']['output']>;
  soort: AfspraakSoort;
  /** Wat de bron niet zelf bewijst. Leeg als de bron alles bewijst; een twijfel vervalt als een beheerder dat veld wijzigt. */
  twijfels: Array<Twijfel>;
  versie: Scalars['Int']['output'];
};

export type AfspraakInvoer = {
  aantal?: InputMaybe<Scalars['Int']['input']>;
  /** Het bedrag in eurocenten, als geheel getal in een string. */
  bedragInCenten?: InputMaybe<Scalars['String']['input']>;
  /** JJJJ-MM-DD. */
  datum?: InputMaybe<Scalars['String']['input']>;
  eenheid?: InputMaybe<Eenheid>;
  /** CBS-code van de gemeente waar de afspraak over gaat, als het om één gemeente gaat. */
  gemeente?: InputMaybe<Scalars['ID']['input']>;
  omschrijving: Scalars['String']['input'];
  /** Decimaal getal als string, bijvoorbeeld `"85"` of `"12.5"`. */
  percentage?: InputMaybe<Scalars['String']['input']>;
  soort: AfspraakSoort;
};

export type AfspraakSoort =
  | 'BUDGETINBRENG'
  | 'DOELSTELLING'
  | 'EVALUATIE'
  | 'FINANCIERING'
  | 'GEGEVENSUITWISSELING'
  | 'GESCHILLEN'
  | 'INKOOP'
  | 'KLACHTEN'
  | 'LOOPTIJD'
  | 'MONITORING'
  | 'OPZEGGING_UITGESLOTEN'
  | 'OPZEGTERMIJN'
  | 'OVERIG'
  | 'ROLVERDELING'
  | 'STEMVERHOUDING'
  | 'TOETREDING'
  | 'VERDEELMODEL'
  | 'VEREVENING'
  | 'WERKWIJZE'
  | 'WIJZIGING';

export type AfspraakUitkomst = {
  __typename?: 'AfspraakUitkomst';
  afspraak: Maybe<Afspraak>;
  ok: Scalars['Boolean']['output'];
  weigering: Maybe<Directoryweigering>;
};

/** Een convenant, regiovisie of ander document met afspraken. */
export type Beleidsdocument = {
  __typename?: 'Beleidsdocument';
  /** De concrete afspraken als gegevens; optioneel alleen die van één soort. */
  afspraken: Array<Afspraak>;
  /** Plaatsen waar de bron zichzelf tegenspreekt, met welke waarde is aangehouden. */
  afwijkingen: Array<Bronafwijking>;
  bron: Bron;
  /** ISO 8601-datum tot en met wanneer de afspraken gelden, zoals de tekst die noemt (niet de titel). */
  geldigTot: Maybe<Scalars['String']['output']>;
  /** ISO 8601-datum waarop de afspraken ingaan, zoals de tekst die noemt. */
  geldigVan: Maybe<Scalars['String']['output']>;
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  /** De partijen die het document ondertekenen of noemt als partij. */
  partijen: Maybe<Array<Partner>>;
  regio: Regio;
  soort: DocumentSoort;
  /** CONCEPT als het document zelf zegt dat het een concept is. */
  status: Maybe<DocumentStatus>;
  titel: Scalars['String']['output'];
  /**
   * Wat de bron niet zelf bewijst, ook over `partijen` (bijvoorbeeld een partij die pas na een besluit
   * meedoet en daarom ontbreekt). Leeg als de bron alles bewijst. Een twijfel vervalt als een
   * beheerder dat veld wijzigt.
   */
  twijfels: Array<Twijfel>;
  versie: Scalars['Int']['output'];
};


/** Een convenant, regiovisie of ander document met afspraken. */
export type BeleidsdocumentAfsprakenArgs = {
  soort?: InputMaybe<AfspraakSoort>;
};

export type BeleidsdocumentInvoer = {
  /** Laatste dag waarop de afspraken gelden (JJJJ-MM-DD), als bekend. */
  geldigTot?: InputMaybe<Scalars['String']['input']>;
  /** Eerste dag waarop de afspraken gelden (JJJJ-MM-DD), als bekend. */
  geldigVan?: InputMaybe<Scalars['String']['input']>;
  soort: DocumentSoort;
  status?: InputMaybe<DocumentStatus>;
  titel: Scalars['String']['input'];
};

export type BeleidsdocumentUitkomst = {
  __typename?: 'BeleidsdocumentUitkomst';
  beleidsdocument: Maybe<Beleidsdocument>;
  ok: Scalars['Boolean']['output'];
  weigering: Maybe<Directoryweigering>;
};

export type BeleidsdocumentWijzigingInvoer = {
  geldigTot?: InputMaybe<Scalars['String']['input']>;
  geldigVan?: InputMaybe<Scalars['String']['input']>;
  soort?: InputMaybe<DocumentSoort>;
  status?: InputMaybe<DocumentStatus>;
  titel?: InputMaybe<Scalars['String']['input']>;
};

/** Een spreadsheet voor een import: CSV (komma of puntkomma, UTF-8) of XLSX (het eerste werkblad). */
export type BestandInvoer = {
  /** De inhoud, base64-gecodeerd. */
  inhoud: Scalars['String']['input'];
  /** De bestandsnaam; de extensie (.csv of .xlsx) bepaalt hoe het gelezen wordt. */
  naam: Scalars['String']['input'];
};

/** Een overleg- of besluitorgaan van een regio. */
export type Bestuursorgaan = {
  __typename?: 'Bestuursorgaan';
  /** Het document dat het orgaan beschrijft. */
  beleidsdocument: Maybe<Beleidsdocument>;
  bron: Bron;
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  /** Organisaties die op de peildatum (standaard vandaag) deelnemen. */
  leden: Maybe<Array<Partner>>;
  /** Het minimum aantal bijeenkomsten per jaar, waar de bron een getal noemt. */
  minimaalPerJaar: Maybe<Scalars['Int']['output']>;
  naam: Scalars['String']['output'];
  /** De deelnames op de peildatum (standaard vandaag), met hun periode en geschiedenis. */
  orgaanleden: Array<Orgaanlid>;
  regio: Regio;
  soort: OrgaanSoort;
  /** Wat het orgaan besluit of doet. */
  taken: Array<Scalars['String']['output']>;
  /** Laatste dag waarop het orgaan bestond; leeg zolang het bestaat. */
  tot: Maybe<Scalars['String']['output']>;
  /**
   * Wat de bron niet zelf bewijst, ook over `leden` (bijvoorbeeld leden die de bron niet bij naam
   * noemt maar die uit een lijst zijn afgeleid). Leeg als de bron alles bewijst. Een twijfel vervalt
   * als een beheerder dat veld wijzigt.
   */
  twijfels: Array<Twijfel>;
  /** Eerste dag waarop het orgaan bestond, als bekend. */
  vanaf: Maybe<Scalars['String']['output']>;
  /** Hoe vaak het orgaan bijeenkomt, zoals de bron het zegt. */
  vergaderfrequentie: Maybe<Scalars['String']['output']>;
  versie: Scalars['Int']['output'];
  /** Wie voorzit, zoals de bron het zegt. */
  voorzitter: Maybe<Scalars['String']['output']>;
};


/** Een overleg- of besluitorgaan van een regio. */
export type BestuursorgaanLedenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
};


/** Een overleg- of besluitorgaan van een regio. */
export type BestuursorgaanOrgaanledenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
};

export type BestuursorgaanInvoer = {
  /** Het document van dezelfde regio dat het orgaan beschrijft. */
  beleidsdocument?: InputMaybe<Scalars['ID']['input']>;
  minimaalPerJaar?: InputMaybe<Scalars['Int']['input']>;
  naam: Scalars['String']['input'];
  soort: OrgaanSoort;
  taken?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Laatste dag (JJJJ-MM-DD), als bekend. */
  tot?: InputMaybe<Scalars['String']['input']>;
  /** Eerste dag (JJJJ-MM-DD), als bekend. */
  vanaf?: InputMaybe<Scalars['String']['input']>;
  vergaderfrequentie?: InputMaybe<Scalars['String']['input']>;
  voorzitter?: InputMaybe<Scalars['String']['input']>;
};

export type BestuursorgaanUitkomst = {
  __typename?: 'BestuursorgaanUitkomst';
  bestuursorgaan: Maybe<Bestuursorgaan>;
  ok: Scalars['Boolean']['output'];
  weigering: Maybe<Directoryweigering>;
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

/** Een plek waar een bron zichzelf tegenspreekt; de data houdt de waarde aan die `gehanteerd` noemt. */
export type Bronafwijking = {
  __typename?: 'Bronafwijking';
  bronA: Bron;
  bronB: Bron;
  /** Welke waarde de gegevens aanhouden: `A` of `B`; null als geen van beide. */
  gehanteerd: Maybe<Scalars['String']['output']>;
  onderwerp: Scalars['String']['output'];
  toelichting: Scalars['String']['output'];
  waardeA: Scalars['String']['output'];
  waardeB: Scalars['String']['output'];
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

/**
 * Een pagina van de wijzigingen in de hele directory. Elke subgraph die directorygegevens beheert,
 * levert haar eigen deel; `cursor` voegt de posities samen voor de volgende pagina.
 */
export type Directorywijzigingen = {
  __typename?: 'Directorywijzigingen';
  /** Geef dit mee als `na` voor de volgende pagina. */
  cursor: Scalars['String']['output'];
  /** Of een van de delen nog meer wijzigingen heeft na deze pagina. */
  heeftMeer: Scalars['Boolean']['output'];
  /** De cursor waarmee deze pagina werd gevraagd (leeg: vanaf het begin). */
  na: Scalars['String']['output'];
  partners: Wijzigingenpagina;
  /** Wat er in regio's, lidmaatschappen, documenten, afspraken en organen veranderde. */
  regios: Wijzigingenpagina;
  voorzieningen: Wijzigingenpagina;
};

export type DocumentSoort =
  | 'CONVENANT'
  | 'DIENSTVERLENINGSOVEREENKOMST'
  | 'KADERDOCUMENT'
  /** Een norm, zoals de Norm voor Opdrachtgeverschap MO & BW. */
  | 'NORM'
  | 'ONTWERP'
  | 'OVERIG'
  /** Een bijlage met een overzicht (voorzieningen, producten, rijksvergoedingen). */
  | 'OVERZICHT'
  | 'REGIOVISIE'
  | 'VISIE';

export type DocumentStatus =
  | 'CONCEPT'
  | 'VASTGESTELD';

/** De eenheid van `Afspraak.aantal`. */
export type Eenheid =
  | 'AMBITIE'
  /** Combinaties van aanbieders. */
  | 'COMBINATIE'
  | 'GEMEENTE'
  | 'JAAR'
  | 'KEER_PER_JAAR'
  | 'MAAND'
  | 'MEDEWERKER'
  /** Onderdelen (bijvoorbeeld van een basispakket). */
  | 'ONDERDEEL'
  | 'PLAATS'
  | 'STEM'
  | 'UITGANGSPUNT'
  | 'WEEK'
  | 'ZORGPRODUCT';

/** Een exact geldbedrag; nooit een float. */
export type Geldbedrag = {
  __typename?: 'Geldbedrag';
  /** Het bedrag in eurocenten, als geheel getal in een string. */
  centen: Scalars['String']['output'];
  /** Het bedrag in euro's met twee decimalen, bijvoorbeeld `"1234.50"`. */
  euro: Scalars['String']['output'];
};

/** Een gemeente, geïdentificeerd door haar CBS-code. */
export type Gemeente = {
  __typename?: 'Gemeente';
  /** CBS-gemeentecode, bijvoorbeeld `GM0243`. */
  cbsCode: Scalars['ID']['output'];
  /** De regio's waarin deze gemeente op de peildatum (standaard vandaag) samenwerkt, met de status daarvan. */
  lidmaatschappen: Array<Lidmaatschap>;
  naam: Scalars['String']['output'];
  provincie: Scalars['String']['output'];
};


/** Een gemeente, geïdentificeerd door haar CBS-code. */
export type GemeenteLidmaatschappenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
};

/** Het lidmaatschap van een gemeente in een regio. */
export type Lidmaatschap = {
  __typename?: 'Lidmaatschap';
  bron: Bron;
  /** Bij DEELNEMER_VOOR_DOMEIN: het domein (BW, MO, ...). */
  domein: Maybe<Scalars['String']['output']>;
  gemeente: Gemeente;
  /** Elke versie van dit lidmaatschap, oudste eerst: wie wat wanneer waarom wijzigde. */
  geschiedenis: Array<Vastlegging>;
  /** Stabiel id; geef het mee bij een wijziging. */
  id: Scalars['ID']['output'];
  regio: Regio;
  status: LidmaatschapStatus;
  toelichting: Maybe<Scalars['String']['output']>;
  /** Laatste dag van het lidmaatschap; leeg zolang het loopt. */
  tot: Maybe<Scalars['String']['output']>;
  /**
   * Wat de bron niet zelf bewijst, zoals een gemeente die uit een ander document komt: welk veld
   * (`cbsCode`, `status`, `toelichting`, ...), waarom en hoe het is afgeleid. Leeg als de bron alles
   * bewijst. Een twijfel vervalt als een beheerder dat veld wijzigt.
   */
  twijfels: Array<Twijfel>;
  /** ISO 8601-datum vanaf wanneer het lidmaatschap geldt, waar de bron die noemt. */
  vanaf: Maybe<Scalars['String']['output']>;
  /** Het versienummer: geef het mee bij een wijziging. */
  versie: Scalars['Int']['output'];
};

export type LidmaatschapInvoer = {
  /** Verplicht bij DEELNEMER_VOOR_DOMEIN, anders leeg: het domein in hoofdletters (BW, MO, ...). */
  domein?: InputMaybe<Scalars['String']['input']>;
  /** CBS-code van de gemeente (`GM` plus vier cijfers). */
  gemeente: Scalars['ID']['input'];
  status: LidmaatschapStatus;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  /** Laatste dag (JJJJ-MM-DD), als bekend. */
  tot?: InputMaybe<Scalars['String']['input']>;
  /** Eerste dag (JJJJ-MM-DD), als bekend. */
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

export type LidmaatschapStatus =
  /** Gewone deelnemer. */
  | 'DEELNEMER'
  /** Deelnemer voor één domein (zie `domein`). */
  | 'DEELNEMER_VOOR_DOMEIN'
  /** Sluit aan na een besluit dat nog genomen moet worden. */
  | 'TOETREDEND';

export type LidmaatschapUitkomst = {
  __typename?: 'LidmaatschapUitkomst';
  lidmaatschap: Maybe<Lidmaatschap>;
  ok: Scalars['Boolean']['output'];
  weigering: Maybe<Directoryweigering>;
};

export type LidmaatschapWijzigingInvoer = {
  domein?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LidmaatschapStatus>;
  toelichting?: InputMaybe<Scalars['String']['input']>;
  tot?: InputMaybe<Scalars['String']['input']>;
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Heft een bestuursorgaan op: `tot` is de laatste dag waarop het bestond. */
  beeindigBestuursorgaan: BestuursorgaanUitkomst;
  /** Een gemeente treedt uit: `tot` is de laatste dag van het lidmaatschap. Het blijft in de geschiedenis. */
  beeindigLidmaatschap: LidmaatschapUitkomst;
  /** Een organisatie neemt niet langer deel: `tot` is de laatste dag. */
  beeindigOrgaanlid: OrgaanlidUitkomst;
  /** Een nieuw convenant, een nieuwe visie of een ander document van een regio. */
  maakBeleidsdocument: BeleidsdocumentUitkomst;
  /** Een nieuw bestuursorgaan van een regio. */
  maakBestuursorgaan: BestuursorgaanUitkomst;
  /** Trekt een afspraak in die het document niet (meer) bevat; ze verdwijnt uit het document en blijft in de geschiedenis. */
  trekAfspraakIn: AfspraakUitkomst;
  /** Een afspraak in een document, achter de bestaande. */
  voegAfspraakToe: AfspraakUitkomst;
  /** Een gemeente treedt toe tot een regio, vanaf een dag als die bekend is. */
  voegLidmaatschapToe: LidmaatschapUitkomst;
  /** Een organisatie neemt deel aan een bestuursorgaan. */
  voegOrgaanlidToe: OrgaanlidUitkomst;
  /** Vervangt wat een afspraak zegt door `afspraak`. */
  wijzigAfspraak: AfspraakUitkomst;
  /** De soort, titel, status of looptijd van een document; wat niet wordt meegegeven blijft zoals het was. */
  wijzigBeleidsdocument: BeleidsdocumentUitkomst;
  /** Vervangt de gegevens van een bestuursorgaan door `orgaan`. */
  wijzigBestuursorgaan: BestuursorgaanUitkomst;
  /** De status, het domein, de toelichting of de periode van een lidmaatschap; `versie` is de versie die de beheerder voor zich had. */
  wijzigLidmaatschap: LidmaatschapUitkomst;
  /** De toelichting of periode van een deelname aan een bestuursorgaan. */
  wijzigOrgaanlid: OrgaanlidUitkomst;
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationBeeindigBestuursorgaanArgs = {
  id: Scalars['ID']['input'];
  tot: Scalars['String']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationBeeindigLidmaatschapArgs = {
  id: Scalars['ID']['input'];
  tot: Scalars['String']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationBeeindigOrgaanlidArgs = {
  id: Scalars['ID']['input'];
  tot: Scalars['String']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationMaakBeleidsdocumentArgs = {
  document: BeleidsdocumentInvoer;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationMaakBestuursorgaanArgs = {
  orgaan: BestuursorgaanInvoer;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationTrekAfspraakInArgs = {
  id: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationVoegAfspraakToeArgs = {
  afspraak: AfspraakInvoer;
  document: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationVoegLidmaatschapToeArgs = {
  lidmaatschap: LidmaatschapInvoer;
  regio: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationVoegOrgaanlidToeArgs = {
  lid: OrgaanlidInvoer;
  orgaan: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigAfspraakArgs = {
  afspraak: AfspraakInvoer;
  id: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigBeleidsdocumentArgs = {
  document: BeleidsdocumentWijzigingInvoer;
  id: Scalars['ID']['input'];
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigBestuursorgaanArgs = {
  id: Scalars['ID']['input'];
  orgaan: BestuursorgaanInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigLidmaatschapArgs = {
  id: Scalars['ID']['input'];
  lidmaatschap: LidmaatschapWijzigingInvoer;
  verantwoording: VerantwoordingInvoer;
  versie: Scalars['Int']['input'];
};


/**
 * Wijzigingen in de directory van een regio, door een beheerder: `REGIOBEHEERDER` van die regio, of
 * `HUBBEHEERDER`. Niets wordt overschreven of verwijderd: elke wijziging is een nieuwe versie, met
 * wie, wanneer, waarom en op welke bron. Een wijziging op een verouderde `versie` wordt geweigerd en
 * verandert niets.
 */
export type MutationWijzigOrgaanlidArgs = {
  id: Scalars['ID']['input'];
  lid: OrgaanlidWijzigingInvoer;
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

export type OrgaanSoort =
  | 'ADVIES_EN_IMPLEMENTATIEOVERLEG'
  | 'AMBTELIJK_OVERLEG'
  | 'BESTUURLIJK_OVERLEG'
  | 'KERNTEAM'
  | 'OVERIG'
  | 'REGIEGROEP'
  | 'REGIEGROEP_GEDWONGEN_ZORG'
  | 'STAMTAFEL'
  | 'STUURGROEP'
  | 'WERKGROEP';

/** De deelname van een organisatie aan een bestuursorgaan, over een periode. */
export type Orgaanlid = {
  __typename?: 'Orgaanlid';
  bron: Bron;
  geschiedenis: Array<Vastlegging>;
  id: Scalars['ID']['output'];
  partner: Partner;
  toelichting: Maybe<Scalars['String']['output']>;
  /** Laatste dag van de deelname; leeg zolang ze loopt. */
  tot: Maybe<Scalars['String']['output']>;
  /** Eerste dag van de deelname, als bekend. */
  vanaf: Maybe<Scalars['String']['output']>;
  versie: Scalars['Int']['output'];
};

export type OrgaanlidInvoer = {
  /** Het id van de organisatie (zie `partners`). */
  partner: Scalars['ID']['input'];
  toelichting?: InputMaybe<Scalars['String']['input']>;
  tot?: InputMaybe<Scalars['String']['input']>;
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

export type OrgaanlidUitkomst = {
  __typename?: 'OrgaanlidUitkomst';
  ok: Scalars['Boolean']['output'];
  orgaanlid: Maybe<Orgaanlid>;
  weigering: Maybe<Directoryweigering>;
};

export type OrgaanlidWijzigingInvoer = {
  toelichting?: InputMaybe<Scalars['String']['input']>;
  tot?: InputMaybe<Scalars['String']['input']>;
  vanaf?: InputMaybe<Scalars['String']['input']>;
};

/** Een organisatie; de partners-subgraph levert de gegevens. */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
};

/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type Query = {
  __typename?: 'Query';
  /** Het convenant of de visie met dit id, of null. */
  beleidsdocument: Maybe<Beleidsdocument>;
  /**
   * Convenanten en visies, optioneel gefilterd op regio en soort. Met `peildatum` alleen de
   * documenten waarvan de looptijd (`geldigVan` tot en met `geldigTot`) die dag omvat.
   */
  beleidsdocumenten: Maybe<Array<Beleidsdocument>>;
  /** Bestuursorganen (regiegroep, stuurgroep, Stamtafel, kernteam, ...) op de peildatum (standaard vandaag), optioneel gefilterd. */
  bestuursorganen: Maybe<Array<Bestuursorgaan>>;
  /**
   * Wat er in de hele directory veranderde (regio's, organisaties en rollen, voorzieningen), na de
   * `cursor` van de vorige pagina; per subgraph die de gegevens beheert hoogstens 100 wijzigingen,
   * elk in volgorde. Openbaar, voor systemen die de directory bijhouden en voor caches.
   */
  directorywijzigingen: Directorywijzigingen;
  /** De gemeente met deze CBS-code (`GM` plus vier cijfers), of null als die niet bekend is. */
  gemeente: Maybe<Gemeente>;
  /** Alle bekende gemeenten, gesorteerd op naam; optioneel alleen die van één provincie. */
  gemeenten: Maybe<Array<Gemeente>>;
  /** De regio met deze code (bijvoorbeeld `oost-veluwe`), of null als die niet bestaat. */
  regio: Maybe<Regio>;
  /** Alle regio's, gesorteerd op naam. */
  regios: Maybe<Array<Regio>>;
  /**
   * Wat er in lidmaatschappen, documenten, afspraken en bestuursorganen veranderde, oudste eerst, na
   * de `cursor` van de vorige pagina; optioneel alleen wat de feiten van één regio raakt. Openbaar,
   * voor systemen die de directory bijhouden. `soort` is LIDMAATSCHAP, BELEIDSDOCUMENT, AFSPRAAK,
   * BESTUURSORGAAN of ORGAANLID.
   */
  regiowijzigingen: Wijzigingenpagina;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryBeleidsdocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryBeleidsdocumentenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<DocumentSoort>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryBestuursorganenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<OrgaanSoort>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryDirectorywijzigingenArgs = {
  na?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryGemeenteArgs = {
  cbsCode: Scalars['ID']['input'];
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryGemeentenArgs = {
  provincie?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryRegioArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryRegiowijzigingenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  na?: InputMaybe<Scalars['String']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  vanBeheerders?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type Regio = {
  __typename?: 'Regio';
  /**
   * Het aantal gemeenten dat de bron noemt als dat afwijkt van de gemeenten die zij bij naam noemt
   * (Noord- en Oost-Gelderland: 22). Null als de bron alle gemeenten noemt.
   */
  aantalGemeentenVolgensBron: Maybe<Scalars['Int']['output']>;
  /** Alle documenten van de regio; met `peildatum` alleen die waarvan de looptijd die dag omvat. */
  beleidsdocumenten: Array<Beleidsdocument>;
  /** De bestuursorganen op de peildatum (standaard vandaag). */
  bestuursorganen: Array<Bestuursorgaan>;
  bron: Bron;
  /** De budgethouder, waar de bron die noemt. */
  budgethouder: Maybe<Gemeente>;
  /** De centrumgemeente, waar de bron die noemt. */
  centrumgemeente: Maybe<Gemeente>;
  /** Stabiele code, bijvoorbeeld `noord-veluwe`. */
  code: Scalars['ID']['output'];
  /** De gemeenten van de regio op de peildatum (standaard vandaag); met `status` alleen die met dat lidmaatschap. */
  gemeenten: Array<Gemeente>;
  /** Het lidmaatschap van elke gemeente op de peildatum (standaard vandaag), met status, domein en periode waar niet vanzelfsprekend. */
  lidmaatschappen: Array<Lidmaatschap>;
  naam: Scalars['String']['output'];
  /**
   * Wat `bron` niet zelf bewijst, zoals een centrumgemeente die op een andere plaats in het document
   * staat: welk veld, waarom en waarop dat rust. Leeg als de bron alles bewijst.
   */
  twijfels: Array<Twijfel>;
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioBeleidsdocumentenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  soort?: InputMaybe<DocumentSoort>;
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioBestuursorganenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  soort?: InputMaybe<OrgaanSoort>;
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioGemeentenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LidmaatschapStatus>;
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioLidmaatschappenArgs = {
  peildatum?: InputMaybe<Scalars['String']['input']>;
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
  Gemeente: Gemeente;
  Regio: Regio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Directorywijzigingen:
    ( { __typename: 'Directorywijzigingen' }
    & GraphQLRecursivePick<FederationTypes['Directorywijzigingen'], {"na":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Directorywijzigingen'], {"partners":{"cursor":true},"voorzieningen":{"cursor":true}}>
        | GraphQLRecursivePick<FederationTypes['Directorywijzigingen'], {"partners":{"heeftMeer":true},"voorzieningen":{"heeftMeer":true}}>
        | GraphQLRecursivePick<FederationTypes['Directorywijzigingen'], {"partners":{"heeftMeer":true},"voorzieningen":{"heeftMeer":true}}> ) );
  Gemeente:
    ( { __typename: 'Gemeente' }
    & GraphQLRecursivePick<FederationTypes['Gemeente'], {"cbsCode":true}> );
  Regio:
    ( { __typename: 'Regio' }
    & GraphQLRecursivePick<FederationTypes['Regio'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Afspraak: ResolverTypeWrapper<AfspraakRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AfspraakInvoer: AfspraakInvoer;
  AfspraakSoort: AfspraakSoort;
  AfspraakUitkomst: ResolverTypeWrapper<AgreementResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Beleidsdocument: ResolverTypeWrapper<BeleidsdocumentRow>;
  BeleidsdocumentInvoer: BeleidsdocumentInvoer;
  BeleidsdocumentUitkomst: ResolverTypeWrapper<DocumentResult>;
  BeleidsdocumentWijzigingInvoer: BeleidsdocumentWijzigingInvoer;
  BestandInvoer: BestandInvoer;
  Bestuursorgaan: ResolverTypeWrapper<BestuursorgaanRow>;
  BestuursorgaanInvoer: BestuursorgaanInvoer;
  BestuursorgaanUitkomst: ResolverTypeWrapper<BodyResult>;
  Bron: ResolverTypeWrapper<Bron>;
  BronInvoer: BronInvoer;
  Bronafwijking: ResolverTypeWrapper<BronafwijkingRow>;
  Directoryweigering: ResolverTypeWrapper<Directoryweigering>;
  DirectoryweigeringCode: DirectoryweigeringCode;
  Directorywijziging: ResolverTypeWrapper<WijzigingRow>;
  Directorywijzigingen: ResolverTypeWrapper<DirectoryFeedRef>;
  DocumentSoort: DocumentSoort;
  DocumentStatus: DocumentStatus;
  Eenheid: Eenheid;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Gemeente: ResolverTypeWrapper<GemeenteRow>;
  Lidmaatschap: ResolverTypeWrapper<LidmaatschapRow>;
  LidmaatschapInvoer: LidmaatschapInvoer;
  LidmaatschapStatus: LidmaatschapStatus;
  LidmaatschapUitkomst: ResolverTypeWrapper<MembershipResult>;
  LidmaatschapWijzigingInvoer: LidmaatschapWijzigingInvoer;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OngeldigeRegel: ResolverTypeWrapper<OngeldigeRegel>;
  OrgaanSoort: OrgaanSoort;
  Orgaanlid: ResolverTypeWrapper<OrgaanLidRow>;
  OrgaanlidInvoer: OrgaanlidInvoer;
  OrgaanlidUitkomst: ResolverTypeWrapper<BodyMemberResult>;
  OrgaanlidWijzigingInvoer: OrgaanlidWijzigingInvoer;
  Partner: ResolverTypeWrapper<PartnerReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioRow>;
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
  Afspraak: AfspraakRow;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AfspraakInvoer: AfspraakInvoer;
  AfspraakUitkomst: AgreementResult;
  Boolean: Scalars['Boolean']['output'];
  Beleidsdocument: BeleidsdocumentRow;
  BeleidsdocumentInvoer: BeleidsdocumentInvoer;
  BeleidsdocumentUitkomst: DocumentResult;
  BeleidsdocumentWijzigingInvoer: BeleidsdocumentWijzigingInvoer;
  BestandInvoer: BestandInvoer;
  Bestuursorgaan: BestuursorgaanRow;
  BestuursorgaanInvoer: BestuursorgaanInvoer;
  BestuursorgaanUitkomst: BodyResult;
  Bron: Bron;
  BronInvoer: BronInvoer;
  Bronafwijking: BronafwijkingRow;
  Directoryweigering: Directoryweigering;
  Directorywijziging: WijzigingRow;
  Directorywijzigingen: DirectoryFeedRef;
  Geldbedrag: Geldbedrag;
  Gemeente: GemeenteRow;
  Lidmaatschap: LidmaatschapRow;
  LidmaatschapInvoer: LidmaatschapInvoer;
  LidmaatschapUitkomst: MembershipResult;
  LidmaatschapWijzigingInvoer: LidmaatschapWijzigingInvoer;
  Mutation: Record<PropertyKey, never>;
  OngeldigeRegel: OngeldigeRegel;
  Orgaanlid: OrgaanLidRow;
  OrgaanlidInvoer: OrgaanlidInvoer;
  OrgaanlidUitkomst: BodyMemberResult;
  OrgaanlidWijzigingInvoer: OrgaanlidWijzigingInvoer;
  Partner: PartnerReference;
  Query: Record<PropertyKey, never>;
  Regio: RegioRow;
  Twijfel: Twijfel;
  Vastlegging: HistoryEntry;
  Veldwijziging: Veldwijziging;
  VerantwoordingInvoer: VerantwoordingInvoer;
  Wijzigingenpagina: ChangeFeedPage;
}>;

export type AfspraakResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Afspraak'] = ResolversParentTypes['Afspraak']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  datum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eenheid?: Resolver<Maybe<ResolversTypes['Eenheid']>, ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['AfspraakSoort'], ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AfspraakUitkomstResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['AfspraakUitkomst'] = ResolversParentTypes['AfspraakUitkomst']> = ResolversObject<{
  afspraak?: Resolver<Maybe<ResolversTypes['Afspraak']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type BeleidsdocumentResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Beleidsdocument'] = ResolversParentTypes['Beleidsdocument']> = ResolversObject<{
  afspraken?: Resolver<Array<ResolversTypes['Afspraak']>, ParentType, ContextType, Partial<BeleidsdocumentAfsprakenArgs>>;
  afwijkingen?: Resolver<Array<ResolversTypes['Bronafwijking']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  geldigTot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geldigVan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partijen?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['DocumentSoort'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DocumentStatus']>, ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BeleidsdocumentUitkomstResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['BeleidsdocumentUitkomst'] = ResolversParentTypes['BeleidsdocumentUitkomst']> = ResolversObject<{
  beleidsdocument?: Resolver<Maybe<ResolversTypes['Beleidsdocument']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type BestuursorgaanResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Bestuursorgaan'] = ResolversParentTypes['Bestuursorgaan']> = ResolversObject<{
  beleidsdocument?: Resolver<Maybe<ResolversTypes['Beleidsdocument']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leden?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType, Partial<BestuursorgaanLedenArgs>>;
  minimaalPerJaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgaanleden?: Resolver<Array<ResolversTypes['Orgaanlid']>, ParentType, ContextType, Partial<BestuursorgaanOrgaanledenArgs>>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['OrgaanSoort'], ParentType, ContextType>;
  taken?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vergaderfrequentie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voorzitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BestuursorgaanUitkomstResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['BestuursorgaanUitkomst'] = ResolversParentTypes['BestuursorgaanUitkomst']> = ResolversObject<{
  bestuursorgaan?: Resolver<Maybe<ResolversTypes['Bestuursorgaan']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type BronResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BronafwijkingResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Bronafwijking'] = ResolversParentTypes['Bronafwijking']> = ResolversObject<{
  bronA?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  bronB?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  gehanteerd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waardeA?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waardeB?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DirectoryweigeringResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Directoryweigering'] = ResolversParentTypes['Directoryweigering']> = ResolversObject<{
  bericht?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['DirectoryweigeringCode'], ParentType, ContextType>;
}>;

export type DirectorywijzigingResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Directorywijziging'] = ResolversParentTypes['Directorywijziging']> = ResolversObject<{
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

export type DirectorywijzigingenResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Directorywijzigingen'] = ResolversParentTypes['Directorywijzigingen'], FederationReferenceType extends FederationReferenceTypes['Directorywijzigingen'] = FederationReferenceTypes['Directorywijzigingen']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Directorywijzigingen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heeftMeer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  na?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regios?: Resolver<ResolversTypes['Wijzigingenpagina'], ParentType, ContextType>;
}>;

export type GeldbedragResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = ResolversObject<{
  centen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  euro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GemeenteResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Gemeente'] = ResolversParentTypes['Gemeente'], FederationReferenceType extends FederationReferenceTypes['Gemeente'] = FederationReferenceTypes['Gemeente']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Gemeente']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cbsCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lidmaatschappen?: Resolver<Array<ResolversTypes['Lidmaatschap']>, ParentType, ContextType, Partial<GemeenteLidmaatschappenArgs>>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provincie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LidmaatschapResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Lidmaatschap'] = ResolversParentTypes['Lidmaatschap']> = ResolversObject<{
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  domein?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gemeente?: Resolver<ResolversTypes['Gemeente'], ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LidmaatschapStatus'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LidmaatschapUitkomstResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['LidmaatschapUitkomst'] = ResolversParentTypes['LidmaatschapUitkomst']> = ResolversObject<{
  lidmaatschap?: Resolver<Maybe<ResolversTypes['Lidmaatschap']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  beeindigBestuursorgaan?: Resolver<ResolversTypes['BestuursorgaanUitkomst'], ParentType, ContextType, RequireFields<MutationBeeindigBestuursorgaanArgs, 'id' | 'tot' | 'verantwoording' | 'versie'>>;
  beeindigLidmaatschap?: Resolver<ResolversTypes['LidmaatschapUitkomst'], ParentType, ContextType, RequireFields<MutationBeeindigLidmaatschapArgs, 'id' | 'tot' | 'verantwoording' | 'versie'>>;
  beeindigOrgaanlid?: Resolver<ResolversTypes['OrgaanlidUitkomst'], ParentType, ContextType, RequireFields<MutationBeeindigOrgaanlidArgs, 'id' | 'tot' | 'verantwoording' | 'versie'>>;
  maakBeleidsdocument?: Resolver<ResolversTypes['BeleidsdocumentUitkomst'], ParentType, ContextType, RequireFields<MutationMaakBeleidsdocumentArgs, 'document' | 'regio' | 'verantwoording'>>;
  maakBestuursorgaan?: Resolver<ResolversTypes['BestuursorgaanUitkomst'], ParentType, ContextType, RequireFields<MutationMaakBestuursorgaanArgs, 'orgaan' | 'regio' | 'verantwoording'>>;
  trekAfspraakIn?: Resolver<ResolversTypes['AfspraakUitkomst'], ParentType, ContextType, RequireFields<MutationTrekAfspraakInArgs, 'id' | 'verantwoording' | 'versie'>>;
  voegAfspraakToe?: Resolver<ResolversTypes['AfspraakUitkomst'], ParentType, ContextType, RequireFields<MutationVoegAfspraakToeArgs, 'afspraak' | 'document' | 'verantwoording'>>;
  voegLidmaatschapToe?: Resolver<ResolversTypes['LidmaatschapUitkomst'], ParentType, ContextType, RequireFields<MutationVoegLidmaatschapToeArgs, 'lidmaatschap' | 'regio' | 'verantwoording'>>;
  voegOrgaanlidToe?: Resolver<ResolversTypes['OrgaanlidUitkomst'], ParentType, ContextType, RequireFields<MutationVoegOrgaanlidToeArgs, 'lid' | 'orgaan' | 'verantwoording'>>;
  wijzigAfspraak?: Resolver<ResolversTypes['AfspraakUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigAfspraakArgs, 'afspraak' | 'id' | 'verantwoording' | 'versie'>>;
  wijzigBeleidsdocument?: Resolver<ResolversTypes['BeleidsdocumentUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigBeleidsdocumentArgs, 'document' | 'id' | 'verantwoording' | 'versie'>>;
  wijzigBestuursorgaan?: Resolver<ResolversTypes['BestuursorgaanUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigBestuursorgaanArgs, 'id' | 'orgaan' | 'verantwoording' | 'versie'>>;
  wijzigLidmaatschap?: Resolver<ResolversTypes['LidmaatschapUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigLidmaatschapArgs, 'id' | 'lidmaatschap' | 'verantwoording' | 'versie'>>;
  wijzigOrgaanlid?: Resolver<ResolversTypes['OrgaanlidUitkomst'], ParentType, ContextType, RequireFields<MutationWijzigOrgaanlidArgs, 'id' | 'lid' | 'verantwoording' | 'versie'>>;
}>;

export type OngeldigeRegelResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['OngeldigeRegel'] = ResolversParentTypes['OngeldigeRegel']> = ResolversObject<{
  redenen?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrgaanlidResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Orgaanlid'] = ResolversParentTypes['Orgaanlid']> = ResolversObject<{
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  geschiedenis?: Resolver<Array<ResolversTypes['Vastlegging']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrgaanlidUitkomstResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['OrgaanlidUitkomst'] = ResolversParentTypes['OrgaanlidUitkomst']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orgaanlid?: Resolver<Maybe<ResolversTypes['Orgaanlid']>, ParentType, ContextType>;
  weigering?: Resolver<Maybe<ResolversTypes['Directoryweigering']>, ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  beleidsdocument?: Resolver<Maybe<ResolversTypes['Beleidsdocument']>, ParentType, ContextType, RequireFields<QueryBeleidsdocumentArgs, 'id'>>;
  beleidsdocumenten?: Resolver<Maybe<Array<ResolversTypes['Beleidsdocument']>>, ParentType, ContextType, Partial<QueryBeleidsdocumentenArgs>>;
  bestuursorganen?: Resolver<Maybe<Array<ResolversTypes['Bestuursorgaan']>>, ParentType, ContextType, Partial<QueryBestuursorganenArgs>>;
  directorywijzigingen?: Resolver<ResolversTypes['Directorywijzigingen'], ParentType, ContextType, Partial<QueryDirectorywijzigingenArgs>>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType, RequireFields<QueryGemeenteArgs, 'cbsCode'>>;
  gemeenten?: Resolver<Maybe<Array<ResolversTypes['Gemeente']>>, ParentType, ContextType, Partial<QueryGemeentenArgs>>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType, RequireFields<QueryRegioArgs, 'code'>>;
  regios?: Resolver<Maybe<Array<ResolversTypes['Regio']>>, ParentType, ContextType>;
  regiowijzigingen?: Resolver<ResolversTypes['Wijzigingenpagina'], ParentType, ContextType, RequireFields<QueryRegiowijzigingenArgs, 'vanBeheerders'>>;
}>;

export type RegioResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio'], FederationReferenceType extends FederationReferenceTypes['Regio'] = FederationReferenceTypes['Regio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Regio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aantalGemeentenVolgensBron?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  beleidsdocumenten?: Resolver<Array<ResolversTypes['Beleidsdocument']>, ParentType, ContextType, Partial<RegioBeleidsdocumentenArgs>>;
  bestuursorganen?: Resolver<Array<ResolversTypes['Bestuursorgaan']>, ParentType, ContextType, Partial<RegioBestuursorganenArgs>>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  budgethouder?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  centrumgemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gemeenten?: Resolver<Array<ResolversTypes['Gemeente']>, ParentType, ContextType, Partial<RegioGemeentenArgs>>;
  lidmaatschappen?: Resolver<Array<ResolversTypes['Lidmaatschap']>, ParentType, ContextType, Partial<RegioLidmaatschappenArgs>>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  twijfels?: Resolver<Array<ResolversTypes['Twijfel']>, ParentType, ContextType>;
}>;

export type TwijfelResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Twijfel'] = ResolversParentTypes['Twijfel']> = ResolversObject<{
  afleiding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bron?: Resolver<Maybe<ResolversTypes['Bron']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['TwijfelSoort'], ParentType, ContextType>;
  veld?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waarschijnlijk?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VastleggingResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Vastlegging'] = ResolversParentTypes['Vastlegging']> = ResolversObject<{
  actie?: Resolver<ResolversTypes['WijzigingActie'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  door?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  op?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versie?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wijzigingen?: Resolver<Array<ResolversTypes['Veldwijziging']>, ParentType, ContextType>;
}>;

export type VeldwijzigingResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Veldwijziging'] = ResolversParentTypes['Veldwijziging']> = ResolversObject<{
  nieuw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oud?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  veld?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WijzigingenpaginaResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Wijzigingenpagina'] = ResolversParentTypes['Wijzigingenpagina']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heeftMeer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijzigingen?: Resolver<Array<ResolversTypes['Directorywijziging']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RegionsContext> = ResolversObject<{
  Afspraak?: AfspraakResolvers<ContextType>;
  AfspraakUitkomst?: AfspraakUitkomstResolvers<ContextType>;
  Beleidsdocument?: BeleidsdocumentResolvers<ContextType>;
  BeleidsdocumentUitkomst?: BeleidsdocumentUitkomstResolvers<ContextType>;
  Bestuursorgaan?: BestuursorgaanResolvers<ContextType>;
  BestuursorgaanUitkomst?: BestuursorgaanUitkomstResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Bronafwijking?: BronafwijkingResolvers<ContextType>;
  Directoryweigering?: DirectoryweigeringResolvers<ContextType>;
  Directorywijziging?: DirectorywijzigingResolvers<ContextType>;
  Directorywijzigingen?: DirectorywijzigingenResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Gemeente?: GemeenteResolvers<ContextType>;
  Lidmaatschap?: LidmaatschapResolvers<ContextType>;
  LidmaatschapUitkomst?: LidmaatschapUitkomstResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OngeldigeRegel?: OngeldigeRegelResolvers<ContextType>;
  Orgaanlid?: OrgaanlidResolvers<ContextType>;
  OrgaanlidUitkomst?: OrgaanlidUitkomstResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
  Twijfel?: TwijfelResolvers<ContextType>;
  Vastlegging?: VastleggingResolvers<ContextType>;
  Veldwijziging?: VeldwijzigingResolvers<ContextType>;
  Wijzigingenpagina?: WijzigingenpaginaResolvers<ContextType>;
}>;

