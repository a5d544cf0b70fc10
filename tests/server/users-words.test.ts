/**
 * The users' words (decision 082): words the sources do not use, or use for something else, stay off
 * the Dutch screens, mails and exports. Each banned word came back once already in review; this test
 * fails the moment one reappears in a catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl as messages } from '../../shared/i18n/messages-nl';
import { DEMO_TEAMS, SIGNALS } from '../../server/features/mentor-teams/mentor-teams.seed-content';

const root = join(import.meta.dirname, '..', '..');
const catalogueDir = join(root, 'client', 'i18n', 'nl');

/** Every text of a catalogue with its key path (keys are codes, not words: only values count). */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

const catalogues = readdirSync(catalogueDir).filter((f) => f.endsWith('.json'));
const screenTexts = catalogues.flatMap((f) =>
  texts(JSON.parse(readFileSync(join(catalogueDir, f), 'utf8')), f.replace('.json', '')),
);
const allTexts: [string, string][] = [
  ...screenTexts,
  ...texts(messages, 'messages'),
  // Mails and exports are written in code; their Dutch sentences are checked as source text.
  ['mail', readFileSync(join(root, 'server/features/mail/texts.ts'), 'utf8')],
  // (less the table code "logboeken", an API name kept as it is: decision 082)
  [
    'export',
    readFileSync(join(root, 'server/features/regiegroep/dashboard/export.service.ts'), 'utf8').replaceAll(
      "'logboeken'",
      '',
    ),
  ],
];

const BANNED: [RegExp, string][] = [
  [/sessieverslag/i, 'weekverslag'],
  [/vullingsgraad/i, 'bezettingsgraad'],
  [/gegevens (definitief |laten )?vergeten/i, 'gegevens wissen'],
  [/reparatie/i, 'herplaatsing'],
  [/\bgraad\b/i, 'voorrang'],
  [/in de bronnen/i, '(a note for us, not for users)'],
  [/stageplaats|locatiemedewerker|locatierol/i, 'TOP-locatie, werkbegeleider'],
  [/logboek/i, 'inzagelog (audit), weekverslag (mentor team), dilemma (agenda)'],
];
/** "Logboek" stays only for the kennisbank's own log of dilemmas and successes. */
const KNOWLEDGE_LOG = /^(knowledge\.|privacy\.tables\.knowledge_entry$)/;

describe("the users' words in the Dutch texts", () => {
  it('reads every nl catalogue (a moved folder must not make this test pass by reading nothing)', () => {
    expect(catalogues).toEqual(expect.arrayContaining(['common.json', 'mentor-teams.json', 'placements.json']));
    expect(screenTexts.length).toBeGreaterThan(1000);
  });

  for (const [pattern, instead] of BANNED)
    it(`never says ${pattern.source} (say: ${instead})`, () => {
      const found = allTexts
        .filter(([path, text]) => pattern.test(text) && !(pattern.source === 'logboek' && KNOWLEDGE_LOG.test(path)))
        .map(([path]) => path);
      expect(found).toEqual([]);
    });

  it('names the role at the workplace werkbegeleider, and a dilemma on the agenda a dilemma', () => {
    const common = JSON.parse(readFileSync(join(catalogueDir, 'common.json'), 'utf8')) as {
      roles: Record<string, string>;
    };
    expect(common.roles.locatie).toBe('Werkbegeleider');
    expect(screenTexts.find(([p]) => p === 'regiegroep.agendaKinds.dilemma')?.[1]).toBe('Dilemma');
  });
});

describe('the demo data against the sources', () => {
  it('keeps the werkbegeleider out of the mentor team (praktijkopleider plus roc-docent, a hogeschool docent may join)', () => {
    for (const team of Object.values(DEMO_TEAMS))
      expect(
        team.extraMembers.map((m) => m.teamRole).every((r) => r === 'roc-docent' || r === 'hogeschool-docent'),
      ).toBe(true);
  });

  it('tags parent conversations Leren & Ontwikkelen, and reflecting on one’s own practice not Professionele versterking', () => {
    const domainOf = (title: string) => SIGNALS.find((s) => s.title === title)?.domain;
    expect(domainOf('Oudergesprekken en overdracht')).toBe('leren-ontwikkelen');
    expect(domainOf('Reflecteren op eigen handelen')).toBe('onderzoek-innovatie');
  });
});
