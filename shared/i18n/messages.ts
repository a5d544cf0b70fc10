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
  'v.mentorTeams.hours': 'Vul een aantal uren in van meer dan 0 tot en met 24.',
  'v.mentorTeams.hoursPerDay': 'Met deze uren kom je op deze dag boven de 24 uur.',
  'v.mentorTeams.daysPresent': 'Vul een aantal dagen in van 0 tot en met 7.',
  'v.mentorTeams.studentCount': 'Vul een aantal studenten in van 0 tot en met 500.',
  'v.mentorTeams.budget': 'Vul een budget in van 0 tot en met 10.000 uur.',
  'v.mentorTeams.plannedDays': 'Vul een aantal dagen in van 1 tot en met 5, of laat het leeg.',
  'v.mentorTeams.members': 'Voeg minstens één teamlid toe.',
  'v.mentorTeams.duplicateMember': 'Deze persoon staat al in het team.',
  'v.mentorTeams.dateInFuture': 'Deze datum ligt in de toekomst.',
  'v.mentorTeams.weekInFuture': 'Deze week is nog niet begonnen.',
  'e.mentorTeams.logExists': 'Voor deze week is al een verslag. Open dat verslag en pas het daar aan.',
  'e.mentorTeams.notMember': 'Je bent geen lid van dit mentorteam.',
  'e.mentorTeams.cohortTaken': 'Deze klas heeft al een mentorteam.',
  'e.mentorTeams.notMentor': 'Deze persoon heeft geen mentorrol in dit samenwerkingsverband.',
  'e.mentorTeams.notInClass': 'Deze student zit niet in de klas van dit mentorteam.',
  'e.mentorTeams.noStudent': 'Je account hoort (nog) niet bij een student in dit samenwerkingsverband.',
  'e.mentorTeams.notAuthor': 'Alleen wie deze notitie schreef, kan haar wijzigen.',
  'e.mentorTeams.statusBackwards': 'Een signaal gaat alleen vooruit: nieuw, doorgezet naar regiegroep, opgepakt, afgerond.',
  'e.mentorTeams.signalClosed': 'Dit signaal is afgerond. Meld het opnieuw als nieuw signaal.',
  'e.mentorTeams.notOwnHours': 'Je kunt alleen je eigen uren verwijderen.',
  'v.knowledge.blocks': 'Kies minstens één bouwsteen van het LOS-model.',
  'v.knowledge.oneCategory': 'Kies één categorie: een vaste of een eigen.',
  'v.knowledge.owner': 'Kies als eigenaar iemand van dit samenwerkingsverband (geen student).',
  'v.knowledge.tooManyOwners': 'Kies hoogstens 10 eigenaren.',
  'v.knowledge.futureDate': 'Deze datum ligt in de toekomst.',
  'v.knowledge.beforeLastChange': 'Deze datum ligt vóór de vorige wijziging.',
  'v.knowledge.reasonRequired': 'Geef een reden: een principe terugzetten op de ladder vraagt uitleg.',
  'e.knowledge.ownLocationOnly': 'Je kunt alleen vastleggen voor je eigen TOP-locatie.',
  'e.knowledge.sameLevel': 'Het principe staat al op dit niveau.',
  'e.knowledge.adoptionNeeded': 'Een principe is pas opgeschaald als een andere TOP-locatie het heeft overgenomen. Leg eerst een overname vast.',
  'e.knowledge.adoptionAtOrigin': 'Op deze TOP-locatie is het principe gevonden. Een overname is op een andere locatie.',
  'e.knowledge.adoptionTaken': 'Voor deze TOP-locatie is al een overname vastgelegd.',
  'e.knowledge.lastAdoption': 'Dit is de enige overname van een opgeschaald principe. Zet het principe eerst terug op de ladder.',
  'e.knowledge.foundAtAdopted': 'Deze TOP-locatie heeft het principe overgenomen; kies de locatie waar het is gevonden.',
  'e.knowledge.linkTaken': 'Dit is al als onderbouwing gekoppeld.',
  'e.knowledge.kindUnavailable': 'Dit soort onderbouwing kan nog niet worden gekoppeld.',
  'e.knowledge.sameStatus': 'De melding heeft deze status al.',
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
  'v.mentorTeams.hours': 'Enter a number of hours above 0 and at most 24.',
  'v.mentorTeams.hoursPerDay': 'With these hours this day would total more than 24 hours.',
  'v.mentorTeams.daysPresent': 'Enter a number of days from 0 to 7.',
  'v.mentorTeams.studentCount': 'Enter a number of students from 0 to 500.',
  'v.mentorTeams.budget': 'Enter a budget from 0 to 10,000 hours.',
  'v.mentorTeams.plannedDays': 'Enter a number of days from 1 to 5, or leave it empty.',
  'v.mentorTeams.members': 'Add at least one team member.',
  'v.mentorTeams.duplicateMember': 'This person is already in the team.',
  'v.mentorTeams.dateInFuture': 'This date is in the future.',
  'v.mentorTeams.weekInFuture': 'This week has not started yet.',
  'e.mentorTeams.logExists': 'This week already has a log. Open that log and edit it there.',
  'e.mentorTeams.notMember': 'You are not a member of this mentor team.',
  'e.mentorTeams.cohortTaken': 'This class already has a mentor team.',
  'e.mentorTeams.notMentor': 'This person does not have the mentor role in this partnership.',
  'e.mentorTeams.notInClass': 'This student is not in the class of this mentor team.',
  'e.mentorTeams.noStudent': 'Your account does not (yet) belong to a student in this partnership.',
  'e.mentorTeams.notAuthor': 'Only the author of this note can change it.',
  'e.mentorTeams.statusBackwards': 'A signal only moves forward: new, passed to the regiegroep, taken up, completed.',
  'e.mentorTeams.signalClosed': 'This signal is completed. Report it again as a new signal.',
  'e.mentorTeams.notOwnHours': 'You can only remove your own hours.',
  'v.knowledge.blocks': 'Choose at least one building block of the LOS-model.',
  'v.knowledge.oneCategory': 'Choose one category: a fixed one or an own one.',
  'v.knowledge.owner': 'Choose as owner someone of this partnership (not a student).',
  'v.knowledge.tooManyOwners': 'Choose at most 10 owners.',
  'v.knowledge.futureDate': 'This date is in the future.',
  'v.knowledge.beforeLastChange': 'This date is before the previous change.',
  'v.knowledge.reasonRequired': 'Give a reason: moving a principle down the ladder needs an explanation.',
  'e.knowledge.ownLocationOnly': 'You can only record for your own TOP-locatie.',
  'e.knowledge.sameLevel': 'The principle is already at this level.',
  'e.knowledge.adoptionNeeded': 'A principle is only scaled up once another TOP-locatie has adopted it. Record an adoption first.',
  'e.knowledge.adoptionAtOrigin': 'The principle was found at this TOP-locatie. An adoption is at another location.',
  'e.knowledge.adoptionTaken': 'An adoption has already been recorded for this TOP-locatie.',
  'e.knowledge.lastAdoption': 'This is the only adoption of a scaled-up principle. Move the principle down the ladder first.',
  'e.knowledge.foundAtAdopted': 'This TOP-locatie adopted the principle; choose the location where it was found.',
  'e.knowledge.linkTaken': 'This is already linked as evidence.',
  'e.knowledge.kindUnavailable': 'This kind of evidence cannot be linked yet.',
  'e.knowledge.sameStatus': 'The entry already has this status.',
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
