import type { MailContent } from './render';
import { formatDutchDate } from '../../../shared/domain/dates';

/** Every mail in Dutch (the default) and English. Only what the recipient may see; texts of others are a link. */
export type Locale = 'nl' | 'en';
export const localeOf = (value: string | null | undefined): Locale => (value === 'en' ? 'en' : 'nl');

const DAY_NAMES: Record<Locale, string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
export const dayNames = (locale: Locale, days: number[]) => days.map((d) => DAY_NAMES[locale][d - 1]).join(', ');
const date = (iso: string) => formatDutchDate(iso);
const hello = (locale: Locale, name: string) => (locale === 'nl' ? `Beste ${name},` : `Dear ${name},`);

export interface MailInputs {
  invitation: { name: string; partnershipName: string; link: string };
  passwordReset: { name: string; link: string };
  placementPublished: {
    name: string;
    location: string;
    address: string;
    days: number[];
    supervisor: string | null;
    link: string;
  };
  actionAssigned: { name: string; title: string; due: string | null; link: string };
  actionDueSoon: { name: string; title: string; due: string; link: string };
  actionOverdue: { name: string; title: string; due: string; link: string };
  signalForwarded: { name: string; teamName: string; link: string };
  logMissing: { name: string; teamName: string; week: number; link: string };
  newReflections: { name: string; count: number; link: string };
  digest: { name: string; lines: { line: string; link: string }[]; link: string };
}
export type TextKind = keyof MailInputs;

type Builders = { [K in TextKind]: (i: MailInputs[K]) => MailContent };

const nl: Builders = {
  invitation: (i) => ({
    subject: `Uitnodiging voor ${i.partnershipName} in Werkplaats`,
    greeting: hello('nl', i.name),
    paragraphs: [`Je bent uitgenodigd om mee te werken in ${i.partnershipName}. Kies via de link je wachtwoord.`],
    action: { label: 'Uitnodiging aannemen', url: i.link },
  }),
  passwordReset: (i) => ({
    subject: 'Je wachtwoord herstellen',
    greeting: hello('nl', i.name),
    paragraphs: [
      'Via de link kies je een nieuw wachtwoord. De link werkt één uur en één keer.',
      'Vroeg je dit niet aan? Dan hoef je niets te doen.',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', url: i.link },
  }),
  placementPublished: (i) => ({
    subject: `Je TOP-locatie: ${i.location}`,
    greeting: hello('nl', i.name),
    paragraphs: ['Je plaatsing is bekend.'],
    facts: [
      ['Waar', `${i.location}, ${i.address}`],
      ['Dagen', dayNames('nl', i.days)],
      ['Werkbegeleider', i.supervisor ?? 'nog niet bekend'],
    ],
    action: { label: 'Bekijk je plaatsing', url: i.link },
  }),
  actionAssigned: (i) => ({
    subject: `Actiepunt voor jou: ${i.title}`,
    greeting: hello('nl', i.name),
    paragraphs: [`De regiegroep heeft een actiepunt aan jou toegewezen${i.due ? `, af op ${date(i.due)}` : ''}.`],
    action: { label: 'Bekijk het actiepunt', url: i.link },
  }),
  actionDueSoon: (i) => ({
    subject: `Over 3 dagen af: ${i.title}`,
    greeting: hello('nl', i.name),
    paragraphs: [`Je actiepunt "${i.title}" moet af zijn op ${date(i.due)}.`],
    action: { label: 'Bekijk het actiepunt', url: i.link },
  }),
  actionOverdue: (i) => ({
    subject: `Verlopen: ${i.title}`,
    greeting: hello('nl', i.name),
    paragraphs: [`Je actiepunt "${i.title}" had af moeten zijn op ${date(i.due)}.`],
    action: { label: 'Bekijk het actiepunt', url: i.link },
  }),
  signalForwarded: (i) => ({
    subject: `Signaal van mentorteam ${i.teamName} voor de regiegroep`,
    greeting: hello('nl', i.name),
    paragraphs: [`Mentorteam ${i.teamName} heeft een signaal doorgezet naar de regiegroep.`],
    action: { label: 'Bekijk het signaal', url: i.link },
  }),
  logMissing: (i) => ({
    subject: `Week ${i.week}: nog geen weekverslag voor ${i.teamName}`,
    greeting: hello('nl', i.name),
    paragraphs: [`Voor mentorteam ${i.teamName} is in week ${i.week} nog geen weekverslag vastgelegd.`],
    action: { label: 'Naar de week', url: i.link },
  }),
  newReflections: (i) => ({
    subject: i.count === 1 ? 'Een nieuwe reflectie' : `${i.count} nieuwe reflecties`,
    greeting: hello('nl', i.name),
    paragraphs: [i.count === 1 ? 'Er is een nieuwe reflectie.' : `Er zijn ${i.count} nieuwe reflecties.`],
    action: { label: 'Lees ze in Werkplaats', url: i.link },
  }),
  digest: (i) => ({
    subject: 'Je overzicht van vandaag',
    greeting: hello('nl', i.name),
    paragraphs: ['Dit is er sinds gisteren voor je:', ...i.lines.map((l) => `- ${l.line}: ${l.link}`)],
    action: { label: 'Naar Werkplaats', url: i.link },
  }),
};

const en: Builders = {
  invitation: (i) => ({
    subject: `Invitation to ${i.partnershipName} in Werkplaats`,
    greeting: hello('en', i.name),
    paragraphs: [`You are invited to work in ${i.partnershipName}. Choose your password through the link.`],
    action: { label: 'Accept the invitation', url: i.link },
  }),
  passwordReset: (i) => ({
    subject: 'Reset your password',
    greeting: hello('en', i.name),
    paragraphs: [
      'Choose a new password through the link. It works for one hour, once.',
      'Did you not ask for this? Then there is nothing to do.',
    ],
    action: { label: 'Choose a new password', url: i.link },
  }),
  placementPublished: (i) => ({
    subject: `Your TOP-locatie: ${i.location}`,
    greeting: hello('en', i.name),
    paragraphs: ['Your placement is known.'],
    facts: [
      ['Where', `${i.location}, ${i.address}`],
      ['Days', dayNames('en', i.days)],
      ['Workplace supervisor', i.supervisor ?? 'not known yet'],
    ],
    action: { label: 'See your placement', url: i.link },
  }),
  actionAssigned: (i) => ({
    subject: `Action for you: ${i.title}`,
    greeting: hello('en', i.name),
    paragraphs: [`The steering group assigned an action to you${i.due ? `, due ${date(i.due)}` : ''}.`],
    action: { label: 'See the action', url: i.link },
  }),
  actionDueSoon: (i) => ({
    subject: `Due in 3 days: ${i.title}`,
    greeting: hello('en', i.name),
    paragraphs: [`Your action "${i.title}" is due on ${date(i.due)}.`],
    action: { label: 'See the action', url: i.link },
  }),
  actionOverdue: (i) => ({
    subject: `Overdue: ${i.title}`,
    greeting: hello('en', i.name),
    paragraphs: [`Your action "${i.title}" was due on ${date(i.due)}.`],
    action: { label: 'See the action', url: i.link },
  }),
  signalForwarded: (i) => ({
    subject: `Signal from mentor team ${i.teamName} for the steering group`,
    greeting: hello('en', i.name),
    paragraphs: [`Mentor team ${i.teamName} forwarded a signal to the steering group.`],
    action: { label: 'See the signal', url: i.link },
  }),
  logMissing: (i) => ({
    subject: `Week ${i.week}: no weekly report yet for ${i.teamName}`,
    greeting: hello('en', i.name),
    paragraphs: [`Mentor team ${i.teamName} has not recorded a weekly report in week ${i.week} yet.`],
    action: { label: 'Go to the week', url: i.link },
  }),
  newReflections: (i) => ({
    subject: i.count === 1 ? 'A new reflection' : `${i.count} new reflections`,
    greeting: hello('en', i.name),
    paragraphs: [i.count === 1 ? 'There is a new reflection.' : `There are ${i.count} new reflections.`],
    action: { label: 'Read them in Werkplaats', url: i.link },
  }),
  digest: (i) => ({
    subject: 'Your summary of today',
    greeting: hello('en', i.name),
    paragraphs: ['This came in for you since yesterday:', ...i.lines.map((l) => `- ${l.line}: ${l.link}`)],
    action: { label: 'Go to Werkplaats', url: i.link },
  }),
};

const BUILDERS: Record<Locale, Builders> = { nl, en };

export function contentOf<K extends TextKind>(kind: K, locale: Locale, input: MailInputs[K]): MailContent {
  return BUILDERS[locale][kind](input);
}
