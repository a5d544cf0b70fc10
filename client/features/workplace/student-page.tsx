import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { addWeeks, isoWeekKey } from '../../../shared/domain/dates';
import { PresenceForm } from './presence-form';
import { ObservationsSection } from './observations-section';
import { QuestionForm } from './question-form';
import { useDays } from './use-days';

/** One student at the werkbegeleider's location: this week's presence, observations, a question. */
export function WorkplaceStudentPage() {
  const { t } = useTranslation('workplace');
  const studentId = Number(useParams().studentId);
  const [search, setSearch] = useSearchParams();
  const week = search.get('week') ?? undefined;
  const query = trpc.workplace.student.useQuery({ studentId, week }, { enabled: studentId > 0 });
  const days = useDays();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <QueryState query={query}>
      {(data) => {
        const shown = { year: data.presence.year, week: data.presence.week };
        const go = (step: number) => setSearch({ week: isoWeekKey(addWeeks(shown, step)) });
        return (
          <>
            <PageHeader
              title={data.student.name}
              intro={t('student.intro', { programme: data.student.programmeName, days: days(data.student.days) })}
            />
            <p>
              <Link to="/werkplek">← {t('student.back')}</Link>
            </p>
            <nav className="form-actions" aria-label={t('presence.title', { week: data.presence.week })}>
              <Button variant="secondary" onClick={() => go(-1)}>
                {t('student.previous')}
              </Button>
              <Button variant="secondary" onClick={() => go(1)}>
                {t('student.next')}
              </Button>
            </nav>
            {notice && <Notice kind="success">{notice}</Notice>}
            <PresenceForm
              key={`${data.presence.key}-${data.presence.revision ?? 'new'}`}
              studentId={data.student.id}
              presence={data.presence}
              onSaved={setNotice}
            />
            <ObservationsSection studentId={data.student.id} observations={data.observations} onSaved={setNotice} />
            <QuestionForm studentId={data.student.id} onSent={setNotice} />
          </>
        );
      }}
    </QueryState>
  );
}
