import ical from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { FeedEvent } from './feed-events';

const ZONE = 'Europe/Amsterdam';
const MEETING_MS = 2 * 60 * 60_000;

/** Noon UTC of a date: the same calendar day wherever it is read, for all-day events. */
const noonOf = (iso: string) => new Date(`${iso}T12:00:00Z`);
/**
 * A wall-clock time in Amsterdam. With an event time zone, ical-generator writes a native Date's UTC fields as
 * the local time after TZID=Europe/Amsterdam, so the Date carries the wall-clock time in its UTC fields.
 */
const wallClock = (iso: string, time: string) => new Date(`${iso}T${time}:00Z`);
/** RFC 5545 3.3.10: UNTIL has the value type of DTSTART, a DATE for all-day events. */
const weeklyUntil = (iso: string) => `RRULE:FREQ=WEEKLY;UNTIL=${iso.replace(/-/g, '')}`;

/** RFC 5545 text (ical-generator) with the VTIMEZONE of Europe/Amsterdam, so every client reads times alike. */
export function renderFeed(name: string, events: FeedEvent[], stamp: Date): string {
  const calendar = ical({
    name,
    prodId: { company: 'Werkplaats', product: 'agenda', language: 'NL' },
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  });
  for (const e of events) {
    const start = e.time ? wallClock(e.date, e.time) : noonOf(e.date);
    calendar.createEvent({
      id: `${e.uid}@werkplaats`,
      summary: e.summary,
      start,
      ...(e.time ? { end: new Date(start.getTime() + MEETING_MS), timezone: ZONE } : { allDay: true }),
      ...(e.weeklyUntil ? { repeating: weeklyUntil(e.weeklyUntil) } : {}),
      ...(e.location ? { location: e.location } : {}),
      url: e.url,
      stamp,
    });
  }
  return calendar.toString();
}
