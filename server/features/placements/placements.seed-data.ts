/**
 * Demo content of the placement rounds: per TOP-locatie (in the order of server/seed/demo-data.ts)
 * its capacity in the rounds and its werkbegeleiders. Names are invented; Linda Verbeek is the demo
 * locatie account of Kindcentrum Wittering.nl and supervises there as herself.
 */
export interface DemoSupervisor {
  name: string;
  /** A demo account with the locatie role at this location. */
  email?: string;
  /** Share of the location's capacity. */
  share: number;
  /** Programme codes. */
  programmes: string[];
}
export interface DemoRoundLocation {
  capacity: number;
  /** PW3 is the class's programme; the others get `other` places each where they are offered. */
  pw3: number;
  other: number;
  supervisors: DemoSupervisor[];
}

const MBO = ['pw3', 'pw4', 'oa', 'sport-bewegen', 'welzijn'];
const HBO = ['pabo-vt', 'pabo-dt', 'jonge-kind', 'ad-pep'];

export const DEMO_ROUND_LOCATIONS: Record<'eindhoven' | 'rotterdam', DemoRoundLocation[]> = {
  eindhoven: [
    {
      capacity: 15,
      pw3: 6,
      other: 3,
      supervisors: [
        { name: 'Linda Verbeek', email: 'locatie@eindhoven.demo', share: 0.6, programmes: MBO },
        { name: 'Joost van Rijn', share: 0.4, programmes: HBO },
      ],
    },
    {
      capacity: 11,
      pw3: 5,
      other: 2,
      supervisors: [
        { name: 'Femke Aarts', share: 0.6, programmes: ['pw3', 'pw4', 'oa'] },
        { name: 'Hatice Demir', share: 0.4, programmes: [...HBO, 'welzijn'] },
      ],
    },
    {
      capacity: 13,
      pw3: 5,
      other: 2,
      supervisors: [
        { name: 'Marloes Claessens', share: 0.5, programmes: MBO },
        { name: 'Bart Hurkmans', share: 0.5, programmes: HBO },
      ],
    },
    {
      capacity: 9,
      pw3: 4,
      other: 2,
      supervisors: [{ name: 'Ingrid Swinkels', share: 1, programmes: [...MBO, ...HBO] }],
    },
    {
      capacity: 9,
      pw3: 3,
      other: 2,
      supervisors: [
        { name: 'Rob van der Heijden', share: 0.6, programmes: ['pw3', 'oa', 'pabo-vt'] },
        { name: 'Sabine Maas', share: 0.4, programmes: ['jonge-kind', 'ad-pep', 'pw4'] },
      ],
    },
    {
      capacity: 11,
      pw3: 4,
      other: 2,
      supervisors: [
        { name: 'Kees Verhagen', share: 0.5, programmes: MBO },
        { name: 'Anja Bouwmans', share: 0.5, programmes: HBO },
      ],
    },
  ],
  rotterdam: [
    {
      capacity: 15,
      pw3: 6,
      other: 3,
      supervisors: [
        { name: 'Priscilla Hoek', share: 0.6, programmes: MBO },
        { name: 'Dennis Vermeulen', share: 0.4, programmes: HBO },
      ],
    },
    {
      capacity: 11,
      pw3: 5,
      other: 2,
      supervisors: [
        { name: 'Fatima Bennani', share: 0.6, programmes: ['pw3', 'pw4', 'oa'] },
        { name: 'Willem de Jong', share: 0.4, programmes: [...HBO, 'welzijn'] },
      ],
    },
    {
      capacity: 13,
      pw3: 5,
      other: 2,
      supervisors: [
        { name: 'Esther Blom', share: 0.5, programmes: MBO },
        { name: 'Romano Martina', share: 0.5, programmes: HBO },
      ],
    },
    { capacity: 9, pw3: 4, other: 2, supervisors: [{ name: 'Saskia Roos', share: 1, programmes: [...MBO, ...HBO] }] },
    {
      capacity: 9,
      pw3: 3,
      other: 2,
      supervisors: [
        { name: 'Henk Ouwehand', share: 0.6, programmes: ['pw3', 'oa', 'pabo-vt'] },
        { name: 'Lisa Tan', share: 0.4, programmes: ['jonge-kind', 'ad-pep', 'pw4'] },
      ],
    },
    {
      capacity: 11,
      pw3: 4,
      other: 2,
      supervisors: [
        { name: 'Mustafa Yildiz', share: 0.5, programmes: MBO },
        { name: 'Carla Groen', share: 0.5, programmes: HBO },
      ],
    },
  ],
};

/** In Rotterdam the round is stable: the KindeRdam locations give ROC Albeda's students priority. */
export const PARTNER_PRIORITY = { rotterdam: { organisation: 'KindeRdam', institution: 'ROC Albeda' } } as const;

export const ROUND_NAMES = {
  published: 'Plaatsingsronde 2026-2027',
  concept: 'Plaatsingsronde periode 3 en 4 (concept)',
} as const;
