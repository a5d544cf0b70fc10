import type { PracticalCategory } from '../../../../shared/domain/knowledge';
import type { UnplacedReason } from '../../../../shared/schemas/regiegroep';

/**
 * Dutch names for codes in exports and printed packs (the screens translate through client i18n;
 * files are for Dutch spreadsheets and always say it in Dutch).
 */
export const DUTCH = {
  reasons: {
    'not-offered': 'Opleiding niet aangeboden op de gekozen locaties',
    days: 'Dagen passen niet',
    distance: 'Te ver van huis',
    'no-supervisor': 'Geen werkbegeleider voor de opleiding',
    full: 'Gekozen locaties vol',
    'geen-voorkeuren': 'Geen voorkeuren opgegeven',
    onbekend: 'Onbekend (niet door de berekening verklaard)',
  } satisfies Record<UnplacedReason, string>,
  logStates: {
    vastgesteld: 'vastgesteld',
    concept: 'concept',
    vervallen: 'geen overleg',
    ontbreekt: 'ontbreekt',
  } as Record<string, string>,
  categories: {
    docenten: 'Informatie aan docenten van de opleidingen',
    aanwezigheid: 'Aanwezigheid van studenten op de werkplek',
    bestuur: 'Bestuurlijke samenwerking en personeelsvoorzieningen',
    kosten: 'Monitoring van kosten',
    beeldvorming: 'Beeldvorming bij andere studenten',
    informatie: 'Informatie van werkplek naar opleiding',
  } satisfies Record<PracticalCategory, string>,
};
