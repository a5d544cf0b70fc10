/**
 * Demo working principles: the three the Wittering.nl researchers distilled (source 000), the
 * complexity tool the pilot mentions (Eindhoven), and the adopted class of Rotterdam Rijnmond (source
 * 003). Ladder moves respect the rules: "opgeschaald" only with an adoption elsewhere, down with a reason.
 */
import type { LosBlock } from '../../../shared/domain/los-model';
import type { MaturityLevel } from '../../../shared/domain/knowledge';
import type { DemoRole } from './knowledge.demo-entries';

export interface DemoPrinciple {
  statement: string;
  explanation: string;
  blocks: LosBlock[];
  foundAt: number | null;
  owners: DemoRole[];
  /** From geïdentificeerd onwards; the first move is the identification. */
  ladder: { level: MaturityLevel; on: string; by: DemoRole; reason?: string }[];
  adoptions: { location: number; on: string; adaptation: string; outcome: string }[];
  /** Keys of demo entries that support it. */
  evidence: string[];
}

export const SHARED_PRINCIPLES: DemoPrinciple[] = [
  {
    statement: 'Studenten mogen op de TOP-locatie leren zonder het concept te hoeven omarmen.',
    explanation:
      'Niet elke student kiest bewust voor de hybride werkwijze. Wie aarzelt, mag gewoon meedoen en leren op de werkplek; de ervaring overtuigt vaak meer dan uitleg vooraf. Studenten die na aanvankelijke onbekendheid en aarzeling meedraaiden, vertelden achteraf positief over hun tijd op de TOP-locatie.',
    blocks: ['GOC', 'LeA'],
    foundAt: 0,
    owners: ['projectleider', 'locatie'],
    ladder: [
      { level: 'geidentificeerd', on: '2026-09-14', by: 'projectleider' },
      { level: 'beschreven', on: '2026-09-28', by: 'projectleider' },
      { level: 'beproefd', on: '2026-10-12', by: 'regiegroep' },
      { level: 'opgeschaald', on: '2026-11-09', by: 'regiegroep' },
    ],
    adoptions: [
      {
        location: 1,
        on: '2026-10-26',
        adaptation:
          'Nieuwe studenten lopen de eerste week een dag mee zonder opdracht, om eerst te zien hoe het team werkt.',
        outcome: 'Twee studenten die twijfelden, zijn gebleven en doen nu volledig mee.',
      },
      {
        location: 2,
        on: '2026-11-05',
        adaptation:
          'Alleen toegepast bij de mbo-studenten onderwijsassistent; de pabo-studenten kozen zelf voor de TOP-locatie.',
        outcome: '',
      },
    ],
    evidence: ['positief', 'beeldvorming'],
  },
  {
    statement: 'Studenten en medewerkers spreken zich open uit over de lopende processen.',
    explanation:
      'Op een TOP-locatie is de werkwijze voor iedereen nieuw: voor studenten, opleiders en teamleden. Door in het gezamenlijke overleg hardop te zeggen wat schuurt en wat werkt, worden verwachtingen bijgesteld en blijft het oordeel uit tot iedereen gehoord is.',
    blocks: ['LOS', 'VOR'],
    foundAt: 0,
    owners: ['mentor'],
    ladder: [
      { level: 'geidentificeerd', on: '2026-09-14', by: 'projectleider' },
      { level: 'beschreven', on: '2026-10-05', by: 'projectleider' },
      { level: 'beproefd', on: '2026-11-02', by: 'regiegroep' },
    ],
    adoptions: [
      {
        location: 3,
        on: '2026-11-16',
        adaptation: 'Een vast agendapunt "Hoe gaat het samenwerken?" in het teamoverleg, eens per twee weken.',
        outcome: 'De eerste keer brachten de studenten zelf de roosterproblemen in.',
      },
    ],
    evidence: ['oordeel', 'verwachtingen'],
  },
  {
    statement: 'Nieuwe rollen worden uitgewerkt en bestuurlijk afgestemd.',
    explanation:
      'Rollen als coach, stagebegeleider en opleidingscoach veranderen op een TOP-locatie. Zolang ze niet zijn uitgewerkt en tussen de besturen van school, kinderopvang en opleidingen zijn afgestemd, blijven de oude structuren naast de nieuwe staan. Leg vast wie wat doet, en laat de besturen dat bekrachtigen.',
    blocks: ['SRI', 'VMM'],
    foundAt: null,
    owners: ['regiegroep', 'projectleider'],
    ladder: [
      { level: 'geidentificeerd', on: '2026-09-14', by: 'projectleider' },
      { level: 'beschreven', on: '2026-10-19', by: 'regiegroep' },
      { level: 'beproefd', on: '2026-11-02', by: 'regiegroep' },
      {
        level: 'beschreven',
        on: '2026-11-12',
        by: 'projectleider',
        reason: 'De afstemming in het bestuurlijk overleg is uitgesteld; eerst de rolbeschrijvingen afronden.',
      },
    ],
    adoptions: [],
    evidence: ['bestuur', 'rol-coach', 'oude-structuren'],
  },
];

export const EINDHOVEN_PRINCIPLES: DemoPrinciple[] = [
  {
    statement: 'Schat de complexiteit van een leertaak in voordat een student eraan begint.',
    explanation:
      'Met de complextool van Fontys Hogeschool Kind en Educatie bepalen student en begeleider samen hoe complex een taak op de werkplek is, zodat studenten van verschillende opleidingen en niveaus passend werk krijgen.',
    blocks: ['LOS', 'SRI'],
    foundAt: 0,
    owners: ['projectleider'],
    ladder: [{ level: 'geidentificeerd', on: '2026-10-12', by: 'projectleider' }],
    adoptions: [],
    evidence: ['diversiteit'],
  },
];

export const ROTTERDAM_PRINCIPLES: DemoPrinciple[] = [
  {
    statement: 'Kinderopvangorganisaties adopteren samen een klas en blijven de hele opleiding betrokken.',
    explanation:
      "Een aantal kinderopvangorganisaties neemt samen een klas van zo'n 25 aankomende pedagogisch medewerkers onder hun hoede. Ze leveren samen één praktijkopleider, die met een roc-docent het mentorteam van de klas vormt. Zo lopen school en werkvloer de hele opleiding in elkaar over.",
    blocks: ['VMM', 'VOR', 'SRI'],
    foundAt: 0,
    owners: ['projectleider', 'mentor'],
    ladder: [
      { level: 'geidentificeerd', on: '2026-09-07', by: 'projectleider' },
      { level: 'beschreven', on: '2026-09-21', by: 'projectleider' },
      { level: 'beproefd', on: '2026-10-05', by: 'regiegroep' },
      { level: 'opgeschaald', on: '2026-11-02', by: 'regiegroep' },
    ],
    adoptions: [
      {
        location: 1,
        on: '2026-10-19',
        adaptation: 'Twee organisaties delen de praktijkopleider; de roc-docent komt om de week op locatie.',
        outcome: 'Werkbegeleiders besteden merkbaar minder tijd aan afstemming met school.',
      },
      {
        location: 3,
        on: '2026-10-28',
        adaptation: 'De klas is verdeeld over twee locaties met één gezamenlijk weekoverleg.',
        outcome: '',
      },
    ],
    evidence: ['menskracht', 'kortere-lijnen'],
  },
];
