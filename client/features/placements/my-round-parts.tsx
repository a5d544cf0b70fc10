import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';
import { formatNumber } from '../../lib/format';
import { useDayList } from './placements-ui';

type MyRound = RouterOutputs['placements']['mine'][number];

/** The locations to choose from, with what a student needs to choose: address, distance, programmes, days. */
export function ChoicesTable({ round }: { round: MyRound }) {
  const { t } = useTranslation('placements');
  const dayList = useDayList();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('mine.choicesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.location')}</th>
            <th scope="col">{t('mine.address')}</th>
            <th scope="col" className="num">
              {t('mine.distance')}
            </th>
            <th scope="col">{t('mine.programmes')}</th>
            <th scope="col">{t('fields.openDays')}</th>
          </tr>
        </thead>
        <tbody>
          {round.choices.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                {!c.offersProgramme && <span className="muted"> ({t('mine.notOffered')})</span>}
              </th>
              <td>{c.address}</td>
              <td className="num">{c.distanceKm === null ? '—' : t('km', { km: formatNumber(c.distanceKm, 1) })}</td>
              <td>{c.programmes.join(', ')}</td>
              <td>{dayList(c.openDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the student chose, read-only: they always see the choices they submitted. */
export function SubmittedChoices({ round }: { round: MyRound }) {
  const { t } = useTranslation('placements');
  const dayList = useDayList();
  const entry = round.entry;
  if (!entry) return null;
  const nameOf = new Map(round.choices.map((c) => [c.id, c.name]));
  return (
    <div className="section">
      <h3>{t('mine.submitted')}</h3>
      {entry.preferences.length === 0 ? (
        <p>{t('mine.noChoices')}</p>
      ) : (
        <ol>
          {entry.preferences.map((id) => (
            <li key={id}>{nameOf.get(id) ?? ''}</li>
          ))}
        </ol>
      )}
      <p>{t('mine.submittedDays', { days: dayList(entry.availableDays) })}</p>
    </div>
  );
}

/** For an unplaced student: what happens next, and whom to contact. */
export function UnplacedNext({ round }: { round: MyRound }) {
  const { t } = useTranslation('placements');
  return (
    <p>
      {round.contact
        ? t('mine.unplacedNext', { name: round.contact.name, email: round.contact.email })
        : t('mine.unplacedNextNoContact')}
    </p>
  );
}
