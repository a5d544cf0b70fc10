/**
 * Messages that the server and the client both produce: validation and service errors. Schemas and
 * AppErrors carry a key ("v.…" or "e.…"); the server translates it to the request's language, the
 * client to the UI's. Screen texts live in client/i18n.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const nl = {
  'v.required': 'Vul dit veld in.',
  'v.choose': 'Maak een keuze.',
  'v.email': 'Vul een geldig e-mailadres in.',
  'v.tooLong': 'Dit is te lang (maximaal {max} tekens).',
  'v.passwordTooShort': 'Kies een wachtwoord van minstens 12 tekens.',
  'v.passwordTooLong': 'Kies een wachtwoord van hoogstens 256 tekens.',
  'v.passwordCommon': 'Dit wachtwoord is te bekend; kies een ander.',
  'v.weekdays': 'Kies minstens één dag.',
  'v.date': 'Vul een datum in als dd-mm-jjjj.',
  'v.dateOrder': 'De einddatum ligt vóór de begindatum.',
  'v.dateOutsideYear': 'Deze datum valt buiten het schooljaar.',
  'v.latitude': 'Breedtegraad ligt tussen -90 en 90.',
  'v.longitude': 'Lengtegraad ligt tussen -180 en 180.',
  'v.coordsPair': 'Vul breedte- en lengtegraad allebei in, of geen van beide.',
  'v.programmeCode': 'Gebruik kleine letters, cijfers en streepjes (bijv. ad-pep).',
  'v.schoolYear': 'Schrijf een schooljaar als 2026-2027.',
  'v.locationForRole': 'Kies de TOP-locatie voor deze rol.',
  'v.studentForRole': 'Kies de student bij dit account.',
  'v.invalid': 'Deze waarde klopt niet.',
  'e.badInput': 'Controleer de invoer.',
  'e.notFound': 'Niet gevonden.',
  'e.forbidden': 'Je hebt geen toegang tot dit onderdeel.',
  'e.unauthorized': 'Log opnieuw in.',
  'e.internal': 'Er ging iets mis aan onze kant. Referentie: {ref}.',
  'e.loginFailed': 'E-mailadres of wachtwoord onjuist.',
  'e.loginLocked': 'Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.',
  'e.tooManyRequests': 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  'e.csrf': 'Dit verzoek is geweigerd: het kwam niet van deze site.',
  'e.emailTaken': 'Er bestaat al een account met dit e-mailadres.',
  'e.codeTaken': 'Deze code is al in gebruik.',
  'e.roleTaken': 'Deze persoon heeft deze rol al.',
  'e.nameTaken': 'Deze naam is al in gebruik.',
  'e.inUse': 'Dit wordt nog gebruikt en kan niet worden verwijderd.',
  'e.notInstitution': 'Kies een hogeschool of roc.',
  'e.inviteInvalid': 'Deze uitnodiging is ongeldig of verlopen.',
  'e.lastBeheerder': 'Een samenwerkingsverband houdt minstens één beheerder.',
  'e.ownAccount': 'Je kunt je eigen account niet blokkeren.',
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'v.required': 'Please fill in this field.',
  'v.choose': 'Please make a choice.',
  'v.email': 'Enter a valid e-mail address.',
  'v.tooLong': 'This is too long (at most {max} characters).',
  'v.passwordTooShort': 'Choose a password of at least 12 characters.',
  'v.passwordTooLong': 'Choose a password of at most 256 characters.',
  'v.passwordCommon': 'This password is too common; choose another.',
  'v.weekdays': 'Choose at least one day.',
  'v.date': 'Enter a date as dd-mm-yyyy.',
  'v.dateOrder': 'The end date is before the start date.',
  'v.dateOutsideYear': 'This date is outside the school year.',
  'v.latitude': 'Latitude lies between -90 and 90.',
  'v.longitude': 'Longitude lies between -180 and 180.',
  'v.coordsPair': 'Fill in both latitude and longitude, or neither.',
  'v.programmeCode': 'Use lower-case letters, digits and hyphens (e.g. ad-pep).',
  'v.schoolYear': 'Write a school year as 2026-2027.',
  'v.locationForRole': 'Choose the TOP-locatie for this role.',
  'v.studentForRole': 'Choose the student this account belongs to.',
  'v.invalid': 'This value is not valid.',
  'e.badInput': 'Please check your input.',
  'e.notFound': 'Not found.',
  'e.forbidden': 'You do not have access to this part.',
  'e.unauthorized': 'Please log in again.',
  'e.internal': 'Something went wrong on our side. Reference: {ref}.',
  'e.loginFailed': 'E-mail address or password incorrect.',
  'e.loginLocked': 'Too many failed attempts. Try again in 15 minutes.',
  'e.tooManyRequests': 'Too many requests. Wait a moment and try again.',
  'e.csrf': 'This request was refused: it did not come from this site.',
  'e.emailTaken': 'An account with this e-mail address already exists.',
  'e.codeTaken': 'This code is already in use.',
  'e.roleTaken': 'This person already has this role.',
  'e.nameTaken': 'This name is already in use.',
  'e.inUse': 'This is still in use and cannot be deleted.',
  'e.notInstitution': 'Choose a hogeschool or roc.',
  'e.inviteInvalid': 'This invitation is invalid or has expired.',
  'e.lastBeheerder': 'A partnership keeps at least one beheerder.',
  'e.ownAccount': 'You cannot block your own account.',
};

const catalogue: Record<Language, Record<string, string>> = { nl, en };

/** Registers messages of a feature (keys must be new). */
export function addMessages(extra: Record<Language, Record<string, string>>): void {
  for (const lang of LANGUAGES) Object.assign(catalogue[lang], extra[lang]);
}

export function isMessageKey(text: string): boolean {
  return /^[ve]\.[A-Za-z.]+$/.test(text) && text in catalogue.nl;
}

export function translateMessage(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const template = catalogue[lang][key] ?? catalogue.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function pickLanguage(value: string | undefined | null): Language {
  if (!value) return 'nl';
  const first = value.toLowerCase().split(',')[0]?.trim() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}
