/**
 * Demo texts for the regiegroepen: representatives of the partners, a rhythm of three meetings a
 * school year, and what they decided. Subjects are found by their demo titles (mentor-teams and
 * knowledge seeds); a subject a partnership does not have is simply left out.
 */
import type { ActionStatus, DecisionSubject, ProgrammeChange, TrendCircle } from '../../../shared/domain/regiegroep';

export interface DemoMember {
  email: string;
  name: string;
  organisation: string | null;
}

export interface DemoDecision {
  text: string;
  subject?: { kind: DecisionSubject; title: string };
  programme?: { code: string; change: ProgrammeChange; note: string };
  actions?: {
    title: string;
    owner: string;
    status: ActionStatus;
    /** Days from the seed's today (negative: in the past). */ due: number;
  }[];
}

export interface DemoMeeting {
  heldOn: string;
  title: string;
  /** A TOP-locatie of the partnership (by position), or a place named outright. */
  place: number | string;
  minutes: string;
  agenda: { kind: 'vrij' | 'signaal' | 'dilemma' | 'principe'; title: string }[];
  decisions: DemoDecision[];
  trends: { title: string; circle: TrendCircle; description: string; implication: string }[];
}

export const GROUP_NAMES = {
  eindhoven: 'Regiegroep Werkplaats Kind & Educatie',
  rotterdam: 'Regiegroep Samen Opleiden',
};

/** The demo regiegroep account is the chair; the lector takes part in both; others represent a partner each. */
export const DEMO_MEMBERS: Record<'eindhoven' | 'rotterdam', DemoMember[]> = {
  eindhoven: [
    { email: 'regie-kw1c@eindhoven.demo', name: 'Marco Verhagen', organisation: 'Koning Willem I College' },
    { email: 'regie-boomhut@eindhoven.demo', name: 'Sandra Claassen', organisation: 'Kinderopvang De Boomhut' },
  ],
  rotterdam: [
    { email: 'regie-kinderdam@rotterdam.demo', name: 'Fatima Ouali', organisation: 'KindeRdam' },
    { email: 'regie-albeda@rotterdam.demo', name: 'Peter van Dam', organisation: 'ROC Albeda' },
    { email: 'regie-hr@rotterdam.demo', name: 'Linda Tromp', organisation: 'Hogeschool Rotterdam' },
  ],
};
export const LECTOR_ORGANISATION = { eindhoven: 'Fontys Hogeschool Kind en Educatie', rotterdam: null };

const FREE_OPENING = { kind: 'vrij' as const, title: 'Opening, mededelingen en verslag vorig overleg' };

/** Owners: 'chair', 'projectleider', 'mentor', or a member by position in DEMO_MEMBERS ('member:0'). */
export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    heldOn: '2025-11-18',
    title: 'Regiegroepoverleg november',
    place: 0,
    minutes:
      'Kennismaking met de nieuwe leden. De partners spreken af de werkplaats in het schooljaar 2026-2027 te starten met een mentorteam voor één klas en drie overleggen per jaar.',
    agenda: [FREE_OPENING, { kind: 'vrij', title: 'Opzet van de werkplaats in 2026-2027' }],
    decisions: [
      {
        text: 'De werkplaats start in 2026-2027 met een mentorteam voor één klas; de regiegroep komt drie keer per schooljaar bijeen.',
        actions: [
          { title: 'Klas en mentorteam voor 2026-2027 kiezen', owner: 'projectleider', status: 'afgerond', due: -280 },
        ],
      },
    ],
    trends: [
      {
        title: 'Tekort aan pedagogisch medewerkers in de regio',
        circle: 'samenleving',
        description: 'Kinderopvang en scholen vinden moeilijk nieuwe collega’s; vacatures blijven lang open.',
        implication:
          'Studenten moeten eerder zelfstandig een groep kunnen begeleiden, met goede begeleiding op de werkplek.',
      },
    ],
  },
  {
    heldOn: '2026-03-10',
    title: 'Regiegroepoverleg maart',
    place: 'Online',
    minutes:
      'De kinderopvangorganisaties bespreken hoe zij samen de begeleiding van de klas dragen. Besloten is één gezamenlijke praktijkopleider.',
    agenda: [
      FREE_OPENING,
      {
        kind: 'principe',
        title: 'Kinderopvangorganisaties adopteren samen een klas en blijven de hele opleiding betrokken.',
      },
    ],
    decisions: [
      {
        text: 'De kinderopvangorganisaties leveren samen één praktijkopleider voor de klas.',
        subject: {
          kind: 'principe',
          title: 'Kinderopvangorganisaties adopteren samen een klas en blijven de hele opleiding betrokken.',
        },
        programme: {
          code: 'pw3',
          change: 'begeleiding',
          note: 'Praktijkopleider en roc-docent vormen samen het mentorteam van de klas.',
        },
        actions: [{ title: 'Praktijkopleider werven en aanstellen', owner: 'member:0', status: 'afgerond', due: -200 }],
      },
    ],
    trends: [
      {
        title: 'Nieuwe eisen aan taalniveau in de kinderopvang',
        circle: 'politiek-en-beleid',
        description: 'Pedagogisch medewerkers moeten aantoonbaar taalniveau 3F halen.',
        implication: 'Taal en voorlezen met een doel krijgen een vaste plek in de les en op de werkplek.',
      },
    ],
  },
  {
    heldOn: '2026-06-16',
    title: 'Regiegroepoverleg juni',
    place: 1,
    minutes:
      'Terugblik op de pilot. Het principe dat studenten mogen leren zonder het concept te omarmen wordt breder uitgeprobeerd.',
    agenda: [
      FREE_OPENING,
      { kind: 'principe', title: 'Studenten mogen op de TOP-locatie leren zonder het concept te hoeven omarmen.' },
    ],
    decisions: [
      {
        text: 'Het principe "leren zonder te hoeven omarmen" wordt ook op een tweede TOP-locatie beproefd.',
        subject: {
          kind: 'principe',
          title: 'Studenten mogen op de TOP-locatie leren zonder het concept te hoeven omarmen.',
        },
        actions: [
          {
            title: 'Tweede TOP-locatie vragen het principe te beproeven',
            owner: 'chair',
            status: 'afgerond',
            due: -70,
          },
        ],
      },
    ],
    trends: [
      {
        title: 'Lectoraat start onderzoek naar hybride leren',
        circle: 'wetenschap',
        description: 'Het lectoraat volgt twee jaar lang hoe studenten in hybride teams leren.',
        implication:
          'Studenten leren hun eigen handelen systematisch vast te leggen, zodat het onderzoek erop kan voortbouwen.',
      },
    ],
  },
  {
    heldOn: '2026-10-06',
    title: 'Regiegroepoverleg oktober',
    place: 0,
    minutes:
      'Het mentorteam signaleert dat observeren en rapporteren tekortschiet. De opleiding past de lessen in periode 2 aan. Docenten van de opleidingen worden beter geïnformeerd.',
    agenda: [
      FREE_OPENING,
      { kind: 'signaal', title: 'Observeren en rapporteren van ontwikkeling' },
      { kind: 'signaal', title: 'Reflecteren op eigen handelen' },
      { kind: 'dilemma', title: 'Docenten van de opleidingen weten te weinig van het project' },
      { kind: 'dilemma', title: 'Aanwezigheid van studenten op de werkplek wisselt' },
    ],
    decisions: [
      {
        text: 'De opleiding voegt in periode 2 een les observeren en rapporteren met het kindvolgsysteem toe.',
        subject: { kind: 'signaal', title: 'Observeren en rapporteren van ontwikkeling' },
        programme: {
          code: 'pw3',
          change: 'lesinhoud',
          note: 'Twee lessen observeren (feitelijk beschrijven, niet oordelen) en een oefening in het kindvolgsysteem.',
        },
        actions: [
          { title: 'Lesopzet observeren met het kindvolgsysteem uitwerken', owner: 'mentor', status: 'bezig', due: 21 },
        ],
      },
      {
        text: 'Reflecteren krijgt een vaste plek in het weekoverleg van het mentorteam.',
        subject: { kind: 'signaal', title: 'Reflecteren op eigen handelen' },
        programme: {
          code: 'pw3',
          change: 'begeleiding',
          note: 'Elke week één reflectievraag, besproken in het weekoverleg.',
        },
      },
      {
        text: 'De projectleider organiseert een bijeenkomst met de docententeams van de opleidingen.',
        subject: { kind: 'dilemma', title: 'Docenten van de opleidingen weten te weinig van het project' },
        actions: [
          {
            title: 'Bijeenkomst met de docententeams organiseren',
            owner: 'projectleider',
            status: 'afgerond',
            due: -20,
          },
        ],
      },
      {
        text: 'Vaste aanwezigheidsdagen worden per opleiding afgesproken en in de planning opgenomen.',
        subject: { kind: 'dilemma', title: 'Aanwezigheid van studenten op de werkplek wisselt' },
        actions: [
          {
            title: 'Afspraken over aanwezigheidsdagen vastleggen met de roc’s',
            owner: 'member:0',
            status: 'open',
            due: -12,
          },
          {
            title: 'Urenregistratie van de mentorteams opnemen in de kostenmonitor',
            owner: 'member:1',
            status: 'open',
            due: 60,
          },
        ],
      },
    ],
    trends: [
      {
        title: 'Meer meertalige peuters in de wijk',
        circle: 'buurt',
        description: 'Kindcentra zien meer kinderen die thuis een andere taal spreken.',
        implication: 'Studenten leren hoe je meertaligheid benut en taal stimuleert.',
      },
      {
        title: 'Jeugdhulp schuift aan in het IKC',
        circle: 'partners',
        description: 'Jeugdhulp werkt vaker in het kindcentrum zelf.',
        implication: 'Studenten leren samenwerken met jeugdhulp en weten wanneer ze iemand inschakelen.',
      },
    ],
  },
];

/** The next meeting, planned: its agenda is being prepared. */
export const PLANNED_MEETING = {
  heldOn: '2027-02-09',
  title: 'Regiegroepoverleg februari',
  place: 0,
  agenda: [FREE_OPENING, { kind: 'signaal' as const, title: 'Oudergesprekken en overdracht' }],
};
