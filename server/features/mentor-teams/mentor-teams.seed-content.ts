/**
 * Demo texts for the mentor teams: what a praktijkopleider and roc-docent of a PW3 class would
 * write, week after week. Deliberately free of health or other special-category data.
 */
import type { BeroepsbeeldCompetence, BeroepsbeeldDomain } from '../../../shared/domain/beroepsbeeld';
import type { SignalKind, SignalStatus, TeamRole } from '../../../shared/domain/mentor-teams';

export interface DemoTeam {
  name: string;
  weekday: number;
  budgetHoursPerPeriod: number;
  adopters: string[];
  mentorTeamRole: TeamRole;
  extraMembers: { email: string; name: string; teamRole: TeamRole; organisation: string }[];
  /** ISO weeks (2026) without a session (holiday): logged as "vervallen". */
  cancelledWeeks: number[];
  /** ISO weeks (2026) the team forgot to log: they show as missing. */
  forgottenWeeks: number[];
  /** Whether this week's log is already started as a draft. */
  draftThisWeek: boolean;
}

export const DEMO_TEAMS: Record<'eindhoven' | 'rotterdam', DemoTeam> = {
  eindhoven: {
    name: 'Mentorteam PW3 klas A',
    weekday: 2,
    budgetHoursPerPeriod: 120,
    adopters: ['Kinderopvang De Boomhut', 'Signum Onderwijs'],
    mentorTeamRole: 'praktijkopleider',
    extraMembers: [
      {
        email: 'docent@eindhoven.demo',
        name: 'Hans Koenen',
        teamRole: 'roc-docent',
        organisation: 'Koning Willem I College',
      },
      {
        email: 'hbo-docent@eindhoven.demo',
        name: 'Esther van Rooij',
        teamRole: 'hogeschool-docent',
        organisation: 'Fontys Hogeschool Kind en Educatie',
      },
    ],
    cancelledWeeks: [42],
    forgottenWeeks: [45],
    draftThisWeek: false,
  },
  rotterdam: {
    name: 'Mentorteam Samen Opleiden PW 2026',
    weekday: 4,
    budgetHoursPerPeriod: 140,
    adopters: ['KindeRdam', 'Kinderopvang Maasoever', 'Stichting Kinderrijk Rijnmond'],
    mentorTeamRole: 'praktijkopleider',
    extraMembers: [
      // The Rotterdam model: praktijkopleider plus roc-docent; the werkbegeleiders are not in the team (decision 082).
      { email: 'docent@rotterdam.demo', name: 'Karim Benali', teamRole: 'roc-docent', organisation: 'ROC Albeda' },
    ],
    cancelledWeeks: [43],
    forgottenWeeks: [40],
    draftThisWeek: true,
  },
};

export const EXPECTATIONS = [
  'Kennismaken met de groep en de vaste dagritmes; een observatie van één kind uitwerken.',
  "Een kringactiviteit voorbereiden met de pm'er van de groep en die zelf begeleiden.",
  'Het dagritme van de peutergroep beschrijven en één overgangsmoment zelf begeleiden.',
  'Een activiteit rond taal (voorlezen, woordenschat) plannen, uitvoeren en evalueren.',
  'Observeren volgens het kindvolgsysteem en de observatie bespreken met de werkbegeleider.',
  'Een overdrachtsmoment aan ouders bijwonen en daarna zelf een korte overdracht doen.',
  'Een buitenspelactiviteit organiseren voor een gemengde groep (0–4 jaar).',
  'Het pedagogisch beleidsplan van de locatie lezen en één werkwijze eruit toepassen.',
  'Samen met een leerkracht een activiteit op de overgang peuter–kleuter uitvoeren.',
  'Een reflectieverslag schrijven over een lastig moment en een leervraag formuleren.',
  'De eigen leerdoelen voor de komende periode bijstellen met de werkbegeleider.',
  'Een themahoek inrichten bij het thema van de groep en kinderen daarin begeleiden.',
];

export const PRACTICE_SITUATIONS = [
  'Een peuter die niet wilde opruimen: hoe bied je keuze zonder de regel los te laten?',
  'Ruzie in de bouwhoek: eerst observeren of meteen ingrijpen?',
  'Een ouder die bij het brengen veel vragen stelde terwijl de groep wachtte.',
  'Een kringgesprek dat uitliep doordat één kind veel aandacht vroeg.',
  'Samenwerken met een collega die het dagritme anders aanpakt.',
  'Een kind dat moeilijk afscheid nam van zijn vader bij het brengen.',
  'Een activiteit die te moeilijk bleek voor de jongste kinderen: hoe pas je aan?',
  'Een overdracht aan een ouder over een botsing tussen twee kinderen.',
  'Stilte en rust creëren bij het slapengaan met een volle groep.',
  'De rol van de student tijdens een teamoverleg op de locatie.',
];

export const LESSON_MATERIAL = [
  'Module Ontwikkeling van het jonge kind, hoofdstuk 3: spel.',
  'Observatiemethoden: het verschil tussen beschrijven en interpreteren.',
  "Interactievaardigheden (de zes IV's): sensitieve responsiviteit.",
  'Taalstimulering in de kinderopvang: voorlezen met een doel.',
  'Werken met het pedagogisch beleidsplan en de vier opvoedingsdoelen.',
  'Communicatie met ouders: de korte overdracht.',
  'Veiligheid en gezondheid op de groep: het beleid van de locatie.',
  'Beroepshouding en feedback geven en ontvangen.',
];

export const AGREEMENTS = [
  'Iedereen neemt volgende week een observatie mee; de roc-docent stuurt het format.',
  'Studenten plannen hun kringactiviteit in overleg met de werkbegeleider en melden de datum.',
  'De praktijkopleider vraagt de locaties om ruimte voor een overdrachtsmoment.',
  'Leervragen uploaden vóór vrijdag; volgende week bespreken we er drie.',
  'Volgende week oefenen we een oudergesprek in rollenspel.',
  'Studenten schrijven hun reflectie uiterlijk zondag.',
  "We nodigen een pm'er van de locatie uit voor het volgende overleg.",
  'De roc-docent koppelt het lesprogramma terug aan de opleiding.',
];

export const REFLECTIONS = [
  {
    body: 'Deze week heb ik mijn eerste kringactiviteit gedaan. Ik was zenuwachtig, maar de kinderen deden goed mee.',
    nextStep: 'Ik wil beter letten op de stille kinderen in de kring.',
  },
  {
    body: 'Ik heb een peuter geobserveerd tijdens het vrij spel. Ik merkte dat ik snel ging interpreteren.',
    nextStep: 'Eerst beschrijven wat ik zie, dan pas mijn mening.',
  },
  {
    body: 'Het brengmoment was druk. Mijn werkbegeleider liet zien hoe je rust houdt met een vaste begroeting.',
    nextStep: 'Zelf een brengmoment begeleiden.',
  },
  {
    body: 'Ik heb voorgelezen aan een kleine groep en vragen gesteld over het verhaal. Dat werkte goed.',
    nextStep: 'Moeilijke woorden van tevoren uitkiezen.',
  },
  {
    body: 'Er was een conflict in de bouwhoek. Ik heb eerst gekeken en pas daarna geholpen; de kinderen losten het deels zelf op.',
    nextStep: 'Vaker even wachten voordat ik ingrijp.',
  },
  {
    body: 'Ik heb voor het eerst een overdracht aan een ouder gedaan. Ik vond het spannend om de juiste woorden te kiezen.',
    nextStep: 'Oefenen met kort en concreet vertellen.',
  },
  {
    body: "Deze week heb ik vooral meegedraaid en gekeken hoe de pm'ers samenwerken.",
    nextStep: 'Vragen stellen over waarom ze dingen zo doen.',
  },
  {
    body: 'Mijn activiteit was te moeilijk voor de jongste kinderen. Ik heb hem halverwege aangepast.',
    nextStep: 'Activiteiten voorbereiden op twee niveaus.',
  },
];

export const NOTES = [
  { body: 'Mooi hoe je de kring leidde: je gaf de kinderen echt de ruimte om te vertellen.', visibleToStudent: true },
  {
    body: 'Werkbegeleider vraagt om meer initiatief tijdens vrij spel; bespreken in het volgende overleg.',
    visibleToStudent: false,
  },
  { body: 'Je observaties worden steeds preciezer. Blijf beschrijven wat je ziet.', visibleToStudent: true },
  { body: 'Planning van opdrachten loopt achter; afgesproken dat de roc-docent meekijkt.', visibleToStudent: false },
];

export interface DemoSignal {
  kind: SignalKind;
  title: string;
  description: string;
  domain: BeroepsbeeldDomain;
  competence: BeroepsbeeldCompetence;
  sightings: { week: number; students: number }[];
  /** Status moves after the first sighting: [status, week it happened, by which account]. */
  moves: [SignalStatus, number, 'mentor' | 'regiegroep' | 'projectleider'][];
}

export const SIGNALS: DemoSignal[] = [
  {
    kind: 'tekort',
    title: 'Observeren en rapporteren van ontwikkeling',
    description: 'Studenten beschrijven wat ze zien nog vaak als oordeel; het kindvolgsysteem vullen ze onzeker in.',
    domain: 'leren-ontwikkelen',
    competence: 'ontwikkelingsgerichtheid',
    sightings: [
      { week: 37, students: 6 },
      { week: 39, students: 8 },
      { week: 41, students: 9 },
      { week: 44, students: 7 },
    ],
    moves: [
      ['doorgezet', 39, 'mentor'],
      ['opgepakt', 41, 'regiegroep'],
    ],
  },
  {
    kind: 'tekort',
    title: 'Oudergesprekken en overdracht',
    description: 'Korte overdrachten aan ouders zijn voor veel studenten spannend; ze missen oefening in de opleiding.',
    // Ouders ondersteunen hoort bij Leren & Ontwikkelen van kinderen (Beroepsbeeld; decision 082).
    domain: 'leren-ontwikkelen',
    competence: 'samenwerkingsgerichtheid',
    sightings: [
      { week: 40, students: 5 },
      { week: 46, students: 6 },
    ],
    moves: [['doorgezet', 46, 'mentor']],
  },
  {
    kind: 'behoefte-werkveld',
    title: 'Kennis van meertaligheid bij peuters',
    description: "Locaties vragen om pm'ers die weten hoe je meertalige peuters in hun taalontwikkeling ondersteunt.",
    domain: 'leren-ontwikkelen',
    competence: 'omgevingssensitiviteit',
    sightings: [{ week: 47, students: 25 }],
    moves: [],
  },
  {
    kind: 'tekort',
    title: 'Reflecteren op eigen handelen',
    description: 'Reflecties bleven beschrijvend; met het nieuwe format gaat het beter.',
    // Reflecteren op eigen handelen is onderzoekend leren, geen versterking van anderen (decision 082).
    domain: 'onderzoek-innovatie',
    competence: 'onderzoekende-houding',
    sightings: [
      { week: 36, students: 10 },
      { week: 38, students: 7 },
    ],
    moves: [
      ['doorgezet', 38, 'mentor'],
      ['opgepakt', 39, 'projectleider'],
      ['afgerond', 44, 'regiegroep'],
    ],
  },
  {
    kind: 'behoefte-werkveld',
    title: 'Werken met het digitale kindvolgsysteem',
    description: 'Elke locatie gebruikt een ander systeem; studenten krijgen er op school niets over.',
    domain: 'onderzoek-innovatie',
    competence: 'ondernemende-houding',
    sightings: [
      { week: 46, students: 12 },
      { week: 47, students: 14 },
    ],
    moves: [],
  },
];
