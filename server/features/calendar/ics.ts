import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { FeedEvent } from './feed-events';

const ZONE = 'Europe/Amsterdam';
const MEETING_MS = 2 * 60 * 60_000;

/** Noon UTC of a date: the same calendar day in every zone near Europe, for all-day events. */
const noonOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** The instant of a wall-clock time in Amsterdam (summer or winter time), without a date library. */
export function amsterdamInstant(iso: string, time: string): Date {
  const guess = new Date(`${iso}T${time}:00Z`);
  const shown = new Date(guess.toLocaleString('en-US', { timeZone: ZONE }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (shown.getTime() - utc.getTime()));
}

/** RFC 5545 text (ical-generator), with the VTIMEZONE of Europe/Amsterdam so every client reads the times alike. */
export function renderFeed(name: string, events: FeedEvent[], stamp: Date): string {
  const calendar = ical({
    name,
    prodId: { company: 'Werkplaats', product: 'agenda', language: 'NL' },
    timezone: { name: ZONE, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  });
  for (const e of events) {
    const timed = e.time !== undefined;
    const start = timed ? amsterdamInstant(e.date, e.time!) : noonOf(e.date);
    calendar.createEvent({
      id: `${e.uid}@werkplaats`,
      summary: e.summary,
      start,
      ...(timed ? { end: new Date(start.getTime() + MEETING_MS) } : { allDay: true }),
      ...(e.weeklyUntil ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY, until: noonOf(e.weeklyUntil) } } : {}),
      ...(e.location ? { location: e.location } : {}),
      url: e.url,
      stamp,
    });
  }
  return calendar.toString();
}
