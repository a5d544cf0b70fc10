/**
 * Demo log entries, paraphrased from the Wittering.nl pilot report (source 000: the six practical
 * issues, the further dilemmas, the successes and the open questions) and, for Rotterdam, from the
 * Rotterdam Rijnmond article (source 003). Locations are indexes into the partnership's demo
 * locations; authors are demo roles.
 */
import type { LosBlock } from '../../../shared/domain/los-model';
import type { EntryStatus, EntryType, InvolvedGroup, PracticalCategory } from '../../../shared/domain/knowledge';

export type DemoRole = 'projectleider' | 'mentor' | 'regiegroep' | 'locatie';
export interface DemoEntry {
  key: string;
  type: EntryType;
  title: string;
  description: string;
  category?: PracticalCategory;
  ownCategory?: string;
  location: number | null;
  blocks: LosBlock[];
  involved: InvolvedGroup[];
  on: string;
  /** Status changes after "open", in order. */
  statuses?: { status: EntryStatus; on: string; note?: string }[];
  posts?: { by: DemoRole; body: string }[];
}

export const OWN_CATEGORIES = ['Onderzoek en monitoring', 'Roosters en planning'];

export const SHARED_ENTRIES: DemoEntry[] = [
  {
    key: 'docenten',
    type: 'dilemma',
    title: 'Docenten van de opleidingen weten te weinig van het project',
    description:
      'Docenten van de pabo en het roc hoorden pas via hun studenten dat die op een TOP-locatie leren. Opdrachten vanuit de opleiding sluiten daardoor niet aan op wat de studenten in het kindcentrum doen.',
    category: 'docenten',
    location: 0,
    blocks: ['VOR'],
    involved: ['opleiders', 'studenten'],
    on: '2026-09-07',
    statuses: [
      { status: 'besproken', on: '2026-09-21' },
      {
        status: 'besluit',
        on: '2026-10-05',
        note: 'De projectleider informeert de docententeams in een gezamenlijke bijeenkomst.',
      },
      { status: 'opgelost', on: '2026-11-02' },
    ],
    posts: [
      { by: 'projectleider', body: 'De bijeenkomst voor de docententeams staat op 5 oktober.' },
      { by: 'regiegroep', body: 'Nodig ook de docenten sport en bewegen uit; zij missen de informatie het vaakst.' },
    ],
  },
  {
    key: 'aanwezigheid',
    type: 'dilemma',
    title: 'Aanwezigheid van studenten op de werkplek wisselt',
    description:
      'Studenten zijn niet altijd op de afgesproken dagen aanwezig, omdat lessen, toetsen en stage door elkaar lopen. Het team weet niet goed op wie het kan rekenen.',
    category: 'aanwezigheid',
    location: 1,
    blocks: ['VMM'],
    involved: ['studenten', 'teamleden'],
    on: '2026-09-10',
    statuses: [{ status: 'besproken', on: '2026-09-24' }],
    posts: [
      {
        by: 'locatie',
        body: 'Vorige week waren op dinsdag drie van de vijf studenten er niet vanwege een toets. Kunnen we de toetsweken vooraf krijgen?',
      },
      { by: 'mentor', body: 'Ik vraag de toetsplanning op bij de opleidingen en zet die in de gedeelde agenda.' },
      {
        by: 'projectleider',
        body: 'Goed plan. Laten we in het volgende overleg ook kijken naar vaste dagen per opleiding.',
      },
    ],
  },
  {
    key: 'bestuur',
    type: 'dilemma',
    title: 'Bestuurlijke samenwerking en personeelsvoorzieningen voor studenten',
    description:
      'Wie betaalt de begeleiding, en onder welke afspraken werken studenten mee in het team? Daarvoor zijn afspraken nodig tussen de besturen van school, kinderopvang en opleidingen.',
    category: 'bestuur',
    location: null,
    blocks: ['SRI', 'VMM'],
    involved: ['bestuur', 'opleiders'],
    on: '2026-09-14',
    statuses: [
      { status: 'besproken', on: '2026-10-01' },
      {
        status: 'besluit',
        on: '2026-10-29',
        note: 'Het onderwerp staat op de agenda van het bestuurlijk overleg in januari.',
      },
    ],
  },
  {
    key: 'kosten',
    type: 'dilemma',
    title: 'De kosten van het project worden niet gevolgd',
    description:
      'Uren voor begeleiding en overleg worden nergens bijgehouden. Niemand weet wat het project kost en wie welk deel draagt.',
    category: 'kosten',
    location: null,
    blocks: ['VMM'],
    involved: ['bestuur', 'gemeente'],
    on: '2026-09-21',
    statuses: [{ status: 'geparkeerd', on: '2026-10-26', note: 'Wacht op de urenregistratie van de mentorteams.' }],
  },
  {
    key: 'beeldvorming',
    type: 'dilemma',
    title: 'Beeldvorming bij andere studenten',
    description:
      'Studenten die niet op een TOP-locatie leren, denken dat het een makkelijke of juist een zware stage is. Dat beeld maakt het werven van nieuwe studenten lastiger.',
    category: 'beeldvorming',
    location: 0,
    blocks: ['GOC'],
    involved: ['studenten'],
    on: '2026-09-28',
    statuses: [{ status: 'besproken', on: '2026-10-12' }],
    posts: [
      {
        by: 'regiegroep',
        body: 'Kunnen studenten van de TOP-locatie zelf over hun ervaringen vertellen op de open dag?',
      },
    ],
  },
  {
    key: 'informatie',
    type: 'dilemma',
    title: 'Informatie van de werkplek komt niet bij de opleiding',
    description:
      'Wat een student op de werkplek laat zien, komt niet terug in de beoordeling door de opleiding. Er is geen vaste route voor die informatie.',
    category: 'informatie',
    location: 2,
    blocks: ['VOR', 'LOS'],
    involved: ['opleiders', 'teamleden'],
    on: '2026-10-01',
  },
  {
    key: 'onderzoek',
    type: 'dilemma',
    title: 'Behoefte aan systematischer onderzoek naar het project',
    description:
      'Welke stakeholders betrekken we, hoe zetten we het LOS-model in en hoe werken we samen aan vraagstukken? Het project wil zijn eigen ontwikkeling systematischer volgen.',
    ownCategory: 'Onderzoek en monitoring',
    location: null,
    blocks: ['LOS'],
    involved: ['opleiders', 'bestuur'],
    on: '2026-10-05',
    statuses: [{ status: 'besproken', on: '2026-10-19' }],
  },
  {
    key: 'docenten-beweging',
    type: 'dilemma',
    title: 'Beschikbaarheid van de docenten sport en bewegen',
    description:
      'De docenten sport en bewegen zijn op andere dagen beschikbaar dan de dagen waarop hun studenten op de werkplek zijn.',
    location: 3,
    blocks: ['VMM'],
    involved: ['opleiders', 'studenten'],
    on: '2026-10-08',
  },
  {
    key: 'indeling',
    type: 'dilemma',
    title: 'Indeling van studenten over het schooljaar',
    description:
      'Studenten van verschillende opleidingen komen in verschillende perioden. Het team is daardoor soms vol en soms leeg.',
    ownCategory: 'Roosters en planning',
    location: 1,
    blocks: ['SRI'],
    involved: ['studenten', 'teamleden'],
    on: '2026-10-12',
    statuses: [{ status: 'besproken', on: '2026-10-26' }],
  },
  {
    key: 'rol-coach',
    type: 'dilemma',
    title: 'De rol van coach, stagebegeleider en opleidingscoach',
    description:
      'Op de TOP-locatie lopen de rollen van coach, stagebegeleider en opleidingscoach van de basisschool door elkaar. Het is niet duidelijk wie de student waarop aanspreekt.',
    location: 0,
    blocks: ['LeA', 'SRI'],
    involved: ['opleiders', 'teamleden'],
    on: '2026-10-15',
    statuses: [
      {
        status: 'besluit',
        on: '2026-11-05',
        note: 'De rollen worden uitgeschreven; zie het werkend principe over nieuwe rollen.',
      },
    ],
  },
  {
    key: 'inbedding',
    type: 'dilemma',
    title: 'Inbedding van de TOP-context in de opleidingen',
    description:
      'De opleidingen hebben de TOP-locatie nog niet in hun programma opgenomen; studenten doen het naast hun gewone stage.',
    location: null,
    blocks: ['SRI', 'GOC'],
    involved: ['opleiders'],
    on: '2026-10-19',
  },
  {
    key: 'oude-structuren',
    type: 'dilemma',
    title: 'Oude structuren staan nog terwijl de nieuwe worden opgebouwd',
    description:
      'Het team werkt al hybride, maar roosters, overleggen en verantwoording volgen nog de oude indeling. Dat kost dubbel werk en coördinatie.',
    location: 0,
    blocks: ['SRI', 'GOC'],
    involved: ['teamleden', 'bestuur'],
    on: '2026-10-22',
    statuses: [{ status: 'besproken', on: '2026-11-05' }],
  },
  {
    key: 'deeltijd',
    type: 'dilemma',
    title: 'Deeltijdstudenten zijn minder flexibel',
    description:
      'Deeltijdstudenten werken naast hun studie en kunnen alleen op vaste dagen. Ze passen moeilijk in de wisselende planning van het team.',
    ownCategory: 'Roosters en planning',
    location: 4,
    blocks: ['VMM'],
    involved: ['studenten'],
    on: '2026-10-26',
  },
  {
    key: 'lessen-missen',
    type: 'dilemma',
    title: 'Zorg bij studenten over het missen van lessen',
    description:
      'Studenten maken zich zorgen dat ze lessen op de opleiding missen wanneer ze extra dagen op de werkplek zijn.',
    category: 'aanwezigheid',
    location: 2,
    blocks: ['VMM', 'VOR'],
    involved: ['studenten', 'opleiders'],
    on: '2026-10-29',
  },

  {
    key: 'positief',
    type: 'succes',
    title: 'Positieve ervaringen van studenten na aanvankelijke aarzeling',
    description:
      'Studenten die in het begin onzeker waren over de nieuwe werkwijze, vertelden na een paar weken hoe waardevol het leren in het hybride team voor hen was.',
    location: 0,
    blocks: ['GOC', 'LOS'],
    involved: ['studenten'],
    on: '2026-10-05',
    statuses: [{ status: 'besproken', on: '2026-10-19' }],
    posts: [
      {
        by: 'mentor',
        body: 'Een student zei: "Ik wist niet wat ik ervan moest verwachten, maar ik leer hier meer dan op mijn vorige stage."',
      },
    ],
  },
  {
    key: 'verwachtingen',
    type: 'succes',
    title: 'Verwachtingen worden beter gemanaged',
    description:
      'Door aan het begin met studenten, opleiders en teamleden te bespreken wat iedereen van de TOP-locatie mag verwachten, ontstonden minder misverstanden.',
    location: 0,
    blocks: ['VOR'],
    involved: ['studenten', 'opleiders', 'teamleden'],
    on: '2026-10-08',
    statuses: [{ status: 'besproken', on: '2026-10-22' }],
  },
  {
    key: 'diversiteit',
    type: 'succes',
    title: 'De diversiteit aan perspectieven van studenten helpt',
    description:
      'Pabo-, Ad PEP-, onderwijsassistent- en welzijnsstudenten kijken elk anders naar dezelfde vraag van het kindcentrum. Samen komen ze tot rijkere oplossingen.',
    location: 1,
    blocks: ['LOS', 'GOC'],
    involved: ['studenten', 'teamleden'],
    on: '2026-10-12',
  },
  {
    key: 'oordeel',
    type: 'succes',
    title: 'Leren om het oordeel uit te stellen',
    description:
      'Teamleden en studenten leerden eerst te vragen en te luisteren, voordat ze een oordeel gaven over een nieuwe aanpak.',
    location: 0,
    blocks: ['GOC', 'LOS'],
    involved: ['studenten', 'teamleden'],
    on: '2026-10-19',
    statuses: [{ status: 'besproken', on: '2026-11-02' }],
  },
  {
    key: 'nieuwe-structuur',
    type: 'succes',
    title: 'Samen afstemmen hoe de nieuwe structuur beter in te richten',
    description:
      'In het projectoverleg spraken opleidingen en kindcentrum af hoe overleg en begeleiding in de nieuwe structuur beter kunnen.',
    location: null,
    blocks: ['SRI'],
    involved: ['opleiders', 'teamleden', 'bestuur'],
    on: '2026-11-02',
  },

  {
    key: 'matching',
    type: 'vraagstuk',
    title: 'Hoe matchen we studenten beter aan een TOP-locatie?',
    description:
      'Welke student past bij welke TOP-locatie, gelet op opleiding, niveau en de vragen van het kindcentrum?',
    location: null,
    blocks: ['SRI'],
    involved: ['studenten', 'opleiders'],
    on: '2026-11-05',
  },
  {
    key: 'rollen',
    type: 'vraagstuk',
    title: 'Hoe faciliteren en expliciteren we de veranderende rollen?',
    description:
      'Welke ruimte en welke beschrijving hebben teamleden en begeleiders nodig om hun nieuwe rol op te pakken?',
    location: null,
    blocks: ['LeA'],
    involved: ['teamleden', 'opleiders'],
    on: '2026-11-05',
  },
  {
    key: 'agendas',
    type: 'vraagstuk',
    title: "Hoe gaan we om met de vaste agenda's van studenten en begeleiders?",
    description: 'Lesroosters en werkroosters liggen vast. Waar zit de ruimte om samen te leren op de werkplek?',
    location: 1,
    blocks: ['VMM'],
    involved: ['studenten', 'opleiders'],
    on: '2026-11-09',
  },
];

/** Rotterdam Rijnmond (source 003): the adopted class and its mentor team. */
export const ROTTERDAM_ENTRIES: DemoEntry[] = [
  {
    key: 'menskracht',
    type: 'dilemma',
    title: 'Steeds minder menskracht om stagiaires te begeleiden',
    description:
      'De kinderopvangorganisaties hebben hun handen vol aan interne bijscholing en aan de veranderingen in de branche. Daardoor komt het opleidingsklimaat onder druk te staan.',
    ownCategory: 'Begeleidingscapaciteit',
    location: 0,
    blocks: ['VMM'],
    involved: ['teamleden', 'bestuur'],
    on: '2026-09-07',
    statuses: [
      { status: 'besproken', on: '2026-09-14' },
      { status: 'besluit', on: '2026-09-28', note: 'De organisaties leveren samen één praktijkopleider voor de klas.' },
    ],
  },
  {
    key: 'kortere-lijnen',
    type: 'succes',
    title: 'Kortere lijnen tussen school en praktijk',
    description:
      'Het mentorteam van praktijkopleider en roc-docent neemt de werkbegeleiders veel werk uit handen, en de opleiding speelt sneller in op knelpunten.',
    location: 1,
    blocks: ['VOR', 'VMM'],
    involved: ['opleiders', 'teamleden'],
    on: '2026-10-12',
  },
];
