import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { SearchField } from '../../components/ui/search-field';
import { showDate } from './format';
import { RefLabel } from './meetings/ref-label';

/** /regiegroep/besluiten — every decision, traced back to the signal, dilemma or principle it came from. */
export function DecisionsPage() {
  const { t } = useTranslation('regiegroep');
  const [q, setQ] = useState('');
  const query = trpc.regiegroep.decisions.useQuery({ q }, { placeholderData: (previous) => previous });
  return (
    <>
      <PageHeader title={t('decisions.registerTitle')} intro={t('decisions.registerIntro')} />
      <SearchField label={t('decisions.search')} onSearch={setQ} />
      <QueryState query={query} empty={(rows) => rows.length === 0}>
        {(rows) => (
          <ol className="decision-list register">
            {rows.map((d) => (
              <li key={d.id} className="section">
                <p className="muted">
                  <Link to={`/regiegroep/overleg/${d.meetingId}`}>{d.meetingTitle}</Link> — {showDate(d.heldOn)}
                </p>
                <p className="decision-text">{d.text}</p>
                <p>
                  {t('decisions.about')}{' '}
                  {d.subject && d.subjectKind ? (
                    <RefLabel kind={d.subjectKind} refId={d.subjectId} refInfo={d.subject} />
                  ) : (
                    t('decisions.noSubject')
                  )}
                </p>
                {d.programmeName && d.programmeChange && (
                  <p>
                    <span className="badge programme-change">
                      {t('decisions.changes', {
                        programme: d.programmeName,
                        change: t(`programmeChanges.${d.programmeChange}`),
                      })}
                    </span>{' '}
                    {d.programmeChangeNote}
                  </p>
                )}
                {d.actions > 0 && <p className="muted">{t('decisions.actionCount', { count: d.actions })}</p>}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </>
  );
}
