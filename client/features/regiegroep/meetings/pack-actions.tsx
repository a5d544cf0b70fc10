import { useTranslation } from 'react-i18next';
import { showDate } from '../format';
import { OverdueBadge } from '../actions-ui';
import type { MeetingData } from './meeting-page';

type PackAction = MeetingData['actions'][number] | MeetingData['openEarlierActions'][number];

function ActionTable({ caption, rows, withMeeting }: { caption: string; rows: PackAction[]; withMeeting: boolean }) {
  const { t } = useTranslation('regiegroep');
  return (
    <table className="pack-actions">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pack.what')}</th>
          <th scope="col">{t('pack.who')}</th>
          <th scope="col">{t('pack.when')}</th>
          <th scope="col">{t('actions.status')}</th>
          {withMeeting && <th scope="col">{t('pack.from')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <td>{a.title}</td>
            <td>{a.ownerName}</td>
            <td>{showDate(a.dueOn)}</td>
            <td>
              {t(`actionStatuses.${a.status}`)}
              {a.overdue && (
                <>
                  {' '}
                  <OverdueBadge />
                </>
              )}
            </td>
            {withMeeting && 'meetingTitle' in a && <td>{`${a.meetingTitle} (${showDate(a.meetingHeldOn)})`}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The pack's action points: who does what by when, this meeting's and the open ones from earlier meetings. */
export function PackActions({ data }: { data: MeetingData }) {
  const { t } = useTranslation('regiegroep');
  return (
    <section className="pack-section" aria-labelledby="pack-actions">
      <h2 id="pack-actions">{t('actions.title')}</h2>
      {data.actions.length === 0 ? (
        <p className="empty">{t('actions.none')}</p>
      ) : (
        <ActionTable caption={t('pack.thisMeeting')} rows={data.actions} withMeeting={false} />
      )}
      {data.openEarlierActions.length > 0 && (
        <ActionTable caption={t('pack.openEarlier')} rows={data.openEarlierActions} withMeeting />
      )}
    </section>
  );
}
