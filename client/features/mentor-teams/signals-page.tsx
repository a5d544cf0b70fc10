import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Notice } from '../../components/ui/notice';
import { SearchField } from '../../components/ui/search-field';
import type { SignalStatus } from '../../../shared/domain/mentor-teams';
import { BEROEPSBEELD_DOMAIN_CODES, type BeroepsbeeldDomain } from '../../../shared/domain/beroepsbeeld';
import { SignalStatusForm } from './signal-status-form';
import { showDate, showMoment } from './format';
import './mentor-teams.css';

/** Every signal the person may follow: tags, counts (never names), status and its history. */
export function SignalsPage() {
  const { t } = useTranslation('mentor-teams');
  const [includeClosed, setIncludeClosed] = useState(true);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [q, setQ] = useState('');
  // "?domein=…": a team's gap on the profiles page links to the signals of that domain (decision 090).
  const [search, setSearch] = useSearchParams();
  const asked = search.get('domein');
  const domain = BEROEPSBEELD_DOMAIN_CODES.find((d) => d === asked);
  const query = trpc.mentorTeams.signals.useQuery(
    { includeClosed, q, domain },
    { placeholderData: (previous) => previous },
  );
  return (
    <>
      <PageHeader title={t('signals.title')} intro={t('signals.intro')} />
      <SearchField label={t('signals.search')} onSearch={setQ} />
      <div className="toolbar">
        <label className="choice">
          <input type="checkbox" checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />{' '}
          {t('signals.showClosed')}
        </label>
        <label htmlFor="signals-domain">{t('signals.domainFilter')}</label>
        <select
          id="signals-domain"
          value={domain ?? ''}
          onChange={(e) => setSearch(e.target.value ? { domein: e.target.value as BeroepsbeeldDomain } : {})}
        >
          <option value="">{t('signals.allDomains')}</option>
          {BEROEPSBEELD_DOMAIN_CODES.map((d) => (
            <option key={d} value={d}>
              {t(`domains.${d}`)}
            </option>
          ))}
        </select>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <QueryState query={query} empty={(rows) => rows.length === 0}>
        {(rows) => (
          <ul className="signal-list">
            {rows.map((s) => (
              <li key={s.id} className="section">
                <h2>
                  {s.title} <span className={`badge status-${s.status}`}>{t(`signalStatuses.${s.status}`)}</span>
                </h2>
                <p className="muted">
                  {s.teamName} · {t(`signalKinds.${s.kind}`)} · {t(`domains.${s.domain}`)} ·{' '}
                  {t(`competences.${s.competence}`)}
                </p>
                <p>{t('signals.meta', { students: s.studentCount, first: s.firstSeenWeek, count: s.weeksSeen })}</p>
                {s.description && <p className="prewrap">{s.description}</p>}
                <h3>{t('signals.history')}</h3>
                <ol className="history">
                  {s.history.map((h, i) => (
                    <li key={i}>
                      {t('signals.historyItem', {
                        status: t(`signalStatuses.${h.toStatus}`),
                        name: h.byName,
                        when: showMoment(h.at),
                      })}
                      {h.note && ` — ${h.note}`}
                    </li>
                  ))}
                </ol>
                {s.decisions.length > 0 && (
                  <>
                    <h3>{t('signals.decisions')}</h3>
                    <ul>
                      {s.decisions.map((d, i) => (
                        <li key={i}>
                          {t('signals.decisionItem', {
                            text: d.text,
                            meeting: d.meetingTitle,
                            date: showDate(d.heldOn),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <SignalStatusForm
                  id={s.id}
                  revision={s.revision}
                  title={s.title}
                  status={s.status as SignalStatus}
                  onDone={(kind, text) => setMessage({ kind, text })}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
