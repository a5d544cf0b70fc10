import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import { showDate } from '../format';

type Dash = RouterOutputs['regiegroep']['dashboard'];

/** The regiegroep's own loop: meetings held against the rhythm, the next one, and overdue actions flagged. */
export function ActionsPanel({
  actions,
  meetings,
  print,
}: {
  actions: NonNullable<Dash['actions']>;
  meetings: NonNullable<Dash['meetings']>;
  print?: boolean;
}) {
  const { t } = useTranslation('regiegroep');
  return (
    <div className="cards">
      <div className="section">
        <h3>{t('actionsPanel.meetingsTitle')}</h3>
        <p>{t('actionsPanel.rhythm', { held: meetings.held, perYear: meetings.perYear, planned: meetings.planned })}</p>
        <p>
          {meetings.next ? (
            <>
              {t('actionsPanel.next')}{' '}
              {print ? (
                meetings.next.title
              ) : (
                <Link to={`/regiegroep/overleg/${meetings.next.id}`}>{meetings.next.title}</Link>
              )}{' '}
              ({showDate(meetings.next.heldOn)})
            </>
          ) : (
            t('actionsPanel.noNext')
          )}
        </p>
      </div>
      <div className="section">
        <h3>{t('actionsPanel.actionsTitle')}</h3>
        <p>
          {t('actionsPanel.counts', {
            open: actions.counts.open,
            bezig: actions.counts.bezig,
            afgerond: actions.counts.afgerond,
          })}
        </p>
        {actions.overdue.length === 0 ? (
          <p>{t('actionsPanel.noneOverdue')}</p>
        ) : (
          <>
            <p className="overdue-flag">
              <strong>{t('actionsPanel.overdue', { count: actions.overdue.length })}</strong>
            </p>
            <ul className="plain">
              {actions.overdue.map((a) => (
                <li key={a.id}>
                  <span className="badge badge-overdue">{t('actions.overdue')}</span> {a.title} — {a.ownerName},{' '}
                  {t('actions.dueShort', { date: showDate(a.dueOn) })}
                </li>
              ))}
            </ul>
            {!print && <Link to="/regiegroep/actiepunten?te-laat=1">{t('actionsPanel.allOverdue')}</Link>}
          </>
        )}
      </div>
    </div>
  );
}
