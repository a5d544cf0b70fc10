import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Notice } from '../../components/ui/notice';
import { showDate } from './format';
import { ActionStatusSelect, OverdueBadge } from './actions-ui';
import './regiegroep.css';

/** Start-page panel: the regiegroep's actions this person owns, whatever their role — the loop reaches them. */
export function MyActionsPanel() {
  const { t } = useTranslation('regiegroep');
  const query = trpc.regiegroep.myActions.useQuery();
  const [error, setError] = useState<string | null>(null);
  const open = (query.data ?? []).filter((a) => a.status !== 'afgerond');
  if (!open.length) return null;
  return (
    <section className="panel" aria-labelledby="my-actions-title">
      <h2 id="my-actions-title">{t('myActions.title')}</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <ul className="plain">
        {open.map((a) => (
          <li key={a.id} className="my-action">
            <span>
              {a.title} — {t('actions.dueShort', { date: showDate(a.dueOn) })} {a.overdue && <OverdueBadge />}
            </span>
            <ActionStatusSelect action={a} onError={(e) => setError(errorDetails(e).message)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
