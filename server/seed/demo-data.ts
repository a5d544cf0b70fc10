/**
 * The demo region: two partnerships, so that separation is visible. Names of people and of most
 * locations are invented; organisations are the ones the source texts name.
 */
import type { OrganisationType } from '../../shared/domain/organisations';
import type { ProgrammeRoute } from '../../shared/domain/programmes';
import type { Role } from '../../shared/domain/roles';

export const DEMO_PASSWORD = 'werkplaats-demo';

export interface DemoProgramme {
  code: string;
  name: string;
  institution: string;
  nlqfLevel: number;
  route: ProgrammeRoute;
  daysPerWeek: number;
}
export interface DemoLocation {
  name: string;
  organisation: string;
  address: string;
  postcode: string;
  city: string;
  openDays: number[];
  lat: number;
  lon: number;
}
export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  location?: string;
  organisation?: string;
}
export interface DemoPartnership {
  key: 'eindhoven' | 'rotterdam';
  name: string;
  region: string;
  organisations: { name: string; type: OrganisationType }[];
  locations: DemoLocation[];
  programmes: DemoProgramme[];
  /**
   * The mentor team's class. `alsoProgramme`: every third student of the class follows this programme
   * instead (another institution's): a class may draw students from several ROCs (decision 087).
   */
  cohort: { name: string; institution: string; programme: string; alsoProgramme?: string };
  accounts: DemoAccount[];
  studentCount: number;
}

const weekdays = [1, 2, 3, 4, 5];

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    key: 'eindhoven',
    name: 'Werkplaats Kind & Educatie Eindhoven',
    region: 'Eindhoven',
    organisations: [
      { name: 'Signum Onderwijs', type: 'schoolbestuur' },
      { name: 'Fontys Hogeschool Kind en Educatie', type: 'hogeschool' },
      { name: 'Koning Willem I College', type: 'roc' },
      { name: 'Kinderopvang De Boomhut', type: 'kinderopvang' },
    ],
    locations: [
      {
        name: 'Kindcentrum Wittering.nl',
        organisation: 'Signum Onderwijs',
        address: 'Witteringlaan 2',
        postcode: '5612 AB',
        city: 'Eindhoven',
        openDays: weekdays,
        lat: 51.4416,
        lon: 5.4697,
      },
      {
        name: 'Kindcentrum De Regenboog',
        organisation: 'Signum Onderwijs',
        address: 'Regenbooglaan 14',
        postcode: '5625 CD',
        city: 'Eindhoven',
        openDays: [1, 2, 3, 4],
        lat: 51.4712,
        lon: 5.4631,
      },
      {
        name: 'IKC Het Klaverblad',
        organisation: 'Signum Onderwijs',
        address: 'Klaverstraat 8',
        postcode: '5502 EF',
        city: 'Veldhoven',
        openDays: weekdays,
        lat: 51.4187,
        lon: 5.4047,
      },
      {
        name: 'Kindcentrum De Vlinderhof',
        organisation: 'Signum Onderwijs',
        address: 'Vlinderweg 3',
        postcode: '5655 GH',
        city: 'Eindhoven',
        openDays: [2, 3, 4, 5],
        lat: 51.4146,
        lon: 5.4925,
      },
      {
        name: 'IKC De Sterrenwacht',
        organisation: 'Signum Onderwijs',
        address: 'Sterrenlaan 21',
        postcode: '5581 JK',
        city: 'Waalre',
        openDays: [1, 2, 4, 5],
        lat: 51.3869,
        lon: 5.4446,
      },
      {
        name: 'Kindcentrum Het Kompas',
        organisation: 'Kinderopvang De Boomhut',
        address: 'Kompasstraat 5',
        postcode: '5704 LM',
        city: 'Helmond',
        openDays: weekdays,
        lat: 51.4793,
        lon: 5.657,
      },
    ],
    programmes: [
      {
        code: 'pabo-vt',
        name: 'Pabo voltijd',
        institution: 'Fontys Hogeschool Kind en Educatie',
        nlqfLevel: 6,
        route: 'voltijd',
        daysPerWeek: 2,
      },
      {
        code: 'pabo-dt',
        name: 'Pabo deeltijd',
        institution: 'Fontys Hogeschool Kind en Educatie',
        nlqfLevel: 6,
        route: 'deeltijd',
        daysPerWeek: 1,
      },
      {
        code: 'jonge-kind',
        name: 'Specialist Jonge Kind',
        institution: 'Fontys Hogeschool Kind en Educatie',
        nlqfLevel: 6,
        route: 'voltijd',
        daysPerWeek: 2,
      },
      {
        code: 'ad-pep',
        name: 'Ad Pedagogisch Educatief Professional',
        institution: 'Fontys Hogeschool Kind en Educatie',
        nlqfLevel: 5,
        route: 'deeltijd',
        daysPerWeek: 2,
      },
      {
        code: 'pw3',
        name: 'Pedagogisch Werk niveau 3',
        institution: 'Koning Willem I College',
        nlqfLevel: 3,
        route: 'bol',
        daysPerWeek: 3,
      },
      {
        code: 'pw4',
        name: 'Pedagogisch Werk niveau 4',
        institution: 'Koning Willem I College',
        nlqfLevel: 4,
        route: 'bbl',
        daysPerWeek: 3,
      },
      {
        code: 'oa',
        name: 'Onderwijsassistent',
        institution: 'Koning Willem I College',
        nlqfLevel: 4,
        route: 'bol',
        daysPerWeek: 3,
      },
      {
        code: 'sport-bewegen',
        name: 'Sport & bewegen',
        institution: 'Koning Willem I College',
        nlqfLevel: 4,
        route: 'bol',
        daysPerWeek: 2,
      },
      {
        code: 'welzijn',
        name: 'Welzijn',
        institution: 'Koning Willem I College',
        nlqfLevel: 4,
        route: 'bol',
        daysPerWeek: 2,
      },
    ],
    cohort: { name: 'PW3 klas A (2026-2027)', institution: 'Koning Willem I College', programme: 'pw3' },
    accounts: [
      { email: 'beheer@eindhoven.demo', name: 'Bram Beheer', roles: ['beheerder'] },
      { email: 'projectleider@eindhoven.demo', name: 'Petra van Loon', roles: ['projectleider'] },
      {
        email: 'mentor@eindhoven.demo',
        name: 'Mirjam de Wit',
        roles: ['mentor'],
        organisation: 'Kinderopvang De Boomhut',
      },
      {
        email: 'regiegroep@eindhoven.demo',
        name: 'Ruud Hendriks',
        roles: ['regiegroep'],
        organisation: 'Signum Onderwijs',
      },
      {
        email: 'locatie@eindhoven.demo',
        name: 'Linda Verbeek',
        roles: ['locatie'],
        location: 'Kindcentrum Wittering.nl',
      },
      {
        email: 'werkbegeleider@eindhoven.demo',
        name: 'Joyce van Dijk',
        roles: ['locatie'],
        location: 'Kindcentrum De Regenboog',
      },
      { email: 'student@eindhoven.demo', name: 'Sanne Jansen', roles: ['student'] },
    ],
    studentCount: 64,
  },
  {
    key: 'rotterdam',
    name: 'Samen Opleiden Rotterdam Rijnmond',
    region: 'Rotterdam Rijnmond',
    organisations: [
      { name: 'KindeRdam', type: 'kinderopvang' },
      { name: 'Kinderopvang Maasoever', type: 'kinderopvang' },
      { name: 'Stichting Kinderrijk Rijnmond', type: 'kinderopvang' },
      { name: 'ROC Albeda', type: 'roc' },
      { name: 'ROC Zadkine', type: 'roc' },
      { name: 'Hogeschool Rotterdam', type: 'hogeschool' },
    ],
    locations: [
      {
        name: 'Kindcentrum De Havenkikker',
        organisation: 'KindeRdam',
        address: 'Havenstraat 10',
        postcode: '3024 AA',
        city: 'Rotterdam',
        openDays: weekdays,
        lat: 51.9045,
        lon: 4.4532,
      },
      {
        name: 'IKC De Maasbrug',
        organisation: 'KindeRdam',
        address: 'Maaskade 101',
        postcode: '3071 NJ',
        city: 'Rotterdam',
        openDays: [1, 2, 3, 4],
        lat: 51.9076,
        lon: 4.4961,
      },
      {
        name: 'Kindcentrum Het Speelschip',
        organisation: 'KindeRdam',
        address: 'Schiekade 45',
        postcode: '3032 AJ',
        city: 'Rotterdam',
        openDays: weekdays,
        lat: 51.9299,
        lon: 4.4745,
      },
      {
        name: 'IKC De Zeester',
        organisation: 'Kinderopvang Maasoever',
        address: 'Zeesterlaan 7',
        postcode: '3121 KL',
        city: 'Schiedam',
        openDays: [1, 3, 4, 5],
        lat: 51.9193,
        lon: 4.399,
      },
      {
        name: 'Kindcentrum De Molenwiek',
        organisation: 'Stichting Kinderrijk Rijnmond',
        address: 'Molenweg 19',
        postcode: '2991 BC',
        city: 'Barendrecht',
        openDays: weekdays,
        lat: 51.8563,
        lon: 4.5346,
      },
      {
        name: 'IKC Het Vogelnest',
        organisation: 'Stichting Kinderrijk Rijnmond',
        address: 'Vogelzang 3',
        postcode: '3181 DE',
        city: 'Rozenburg',
        openDays: [2, 3, 4, 5],
        lat: 51.9046,
        lon: 4.2483,
      },
    ],
    programmes: [
      {
        code: 'pabo-vt',
        name: 'Pabo voltijd',
        institution: 'Hogeschool Rotterdam',
        nlqfLevel: 6,
        route: 'voltijd',
        daysPerWeek: 2,
      },
      {
        code: 'pabo-dt',
        name: 'Pabo deeltijd',
        institution: 'Hogeschool Rotterdam',
        nlqfLevel: 6,
        route: 'deeltijd',
        daysPerWeek: 1,
      },
      {
        code: 'jonge-kind',
        name: 'Specialist Jonge Kind',
        institution: 'Hogeschool Rotterdam',
        nlqfLevel: 6,
        route: 'voltijd',
        daysPerWeek: 2,
      },
      {
        code: 'ad-pep',
        name: 'Ad Pedagogisch Educatief Professional',
        institution: 'Hogeschool Rotterdam',
        nlqfLevel: 5,
        route: 'deeltijd',
        daysPerWeek: 2,
      },
      {
        code: 'pw3',
        name: 'Pedagogisch Werk niveau 3',
        institution: 'ROC Albeda',
        nlqfLevel: 3,
        route: 'bol',
        daysPerWeek: 3,
      },
      {
        code: 'pw4',
        name: 'Pedagogisch Werk niveau 4',
        institution: 'ROC Zadkine',
        nlqfLevel: 4,
        route: 'bbl',
        daysPerWeek: 3,
      },
      {
        code: 'oa',
        name: 'Onderwijsassistent',
        institution: 'ROC Zadkine',
        nlqfLevel: 4,
        route: 'bol',
        daysPerWeek: 3,
      },
      {
        code: 'sport-bewegen',
        name: 'Sport & bewegen',
        institution: 'ROC Albeda',
        nlqfLevel: 4,
        route: 'bol',
        daysPerWeek: 2,
      },
      { code: 'welzijn', name: 'Welzijn', institution: 'ROC Zadkine', nlqfLevel: 4, route: 'bol', daysPerWeek: 2 },
    ],
    cohort: { name: 'Klas Samen Opleiden PW 2026', institution: 'ROC Albeda', programme: 'pw3', alsoProgramme: 'pw4' },
    accounts: [
      { email: 'beheer@rotterdam.demo', name: 'Bianca Kok', roles: ['beheerder'] },
      { email: 'projectleider@rotterdam.demo', name: 'Youssef El Amrani', roles: ['projectleider'] },
      { email: 'mentor@rotterdam.demo', name: 'Annemiek Bos', roles: ['mentor'], organisation: 'KindeRdam' },
      { email: 'regiegroep@rotterdam.demo', name: 'Gerda Smits', roles: ['regiegroep'], organisation: 'ROC Zadkine' },
      {
        email: 'werkbegeleider@rotterdam.demo',
        name: 'Ingrid Vermeulen',
        roles: ['locatie'],
        location: 'IKC De Zeester',
      },
      // The Rotterdam IB'er 0-4 who labels her hours (decision 091), as Linda Verbeek does in Eindhoven.
      { email: 'ib@rotterdam.demo', name: 'Fatima Ouali', roles: ['locatie'], location: 'Kindcentrum De Molenwiek' },
      { email: 'student@rotterdam.demo', name: 'Noah de Graaf', roles: ['student'] },
    ],
    studentCount: 62,
  },
];

/** Someone in both partnerships, to show the partnership switcher. */
export const DEMO_SHARED_ACCOUNT: DemoAccount = {
  email: 'lector@werkplaats.demo',
  name: 'Dr. Karin Lemmens (lector)',
  roles: ['regiegroep'],
};

export const FIRST_NAMES = [
  'Anouk',
  'Bas',
  'Chloë',
  'Daan',
  'Emma',
  'Fenna',
  'Gijs',
  'Hanna',
  'Ilse',
  'Jesse',
  'Kim',
  'Lotte',
  'Milan',
  'Noor',
  'Olivier',
  'Puck',
  'Quinten',
  'Roos',
  'Sem',
  'Tess',
  'Umut',
  'Vera',
  'Wout',
  'Yara',
  'Zoë',
  'Ayoub',
  'Fleur',
  'Lars',
  'Nina',
  'Sara',
  'Thijs',
  'Iris',
  'Mohamed',
  'Esra',
  'Jasper',
  'Lieke',
];
export const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Yılmaz',
  'Kaya',
  'van Dijk',
  'Koster',
  'Prins',
  'Huisman',
  'Verhoeven',
  'Maas',
  'Kuipers',
  'Schouten',
  'Öztürk',
];
