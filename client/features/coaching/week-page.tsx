import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { trpc, errorDetails, conflictOf, type RouterOutputs } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { formatDutchDate, isoDateAt, isoWeek, isoWeekKey, parseIsoWeekKey } from '../../../shared/domain/dates';
import { formatDecimalText, parseDecimal } from '../../../shared/domain/decimal';
import { currentLanguage } from '../../i18n';
import { WeekGrid, type GridLine } from './week-grid';

type CoachWeek = Extract<RouterOutputs['coaching']['myWeek'], { labels: unknown }>;

let nextKey = 1;
const toGrid = (lines: { labelId: number; locationId: number; organisationId: number; hours: number }[]) =>
  lines.map((l): GridLine => ({ ...l, key: nextKey++ }));

/** A fresh week: one empty line per active label, at the coach's own location and organisation. */
function emptyWeek(week: CoachWeek): GridLine[] {
  return week.labels
    .filter((l) => l.active)
    .map((l) => ({
      key: nextKey++,
      labelId: l.id,
      locationId: week.coach.locationId,
      organisationId: week.coach.organisationId,
      hours: '',
    }));
}

/** "Mijn uren": a coach labels a week at once; last week can be copied. */
export function MyHoursPage() {
  const { t } = useTranslation('coaching');
  const [params] = useSearchParams();
  // This week as the page opened (read once: the clock is no input of rendering).
  const [thisWeek] = useState(() => isoWeekKey(isoWeek(isoDateAt(Date.now()))));
  const asked = params.get('week');
  const week = asked !== null && parseIsoWeekKey(asked) ? asked : thisWeek;
  const query = trpc.coaching.myWeek.useQuery({ week });
  return (
    <>
      <PageHeader title={t('myHours.title')} intro={t('myHours.intro')} />
      <QueryState query={query}>
        {(data) =>
          data.coach === null ? <Notice>{t('myHours.notACoach')}</Notice> : <WeekForm key={data.week} data={data} />
        }
      </QueryState>
    </>
  );
}

function WeekForm({ data }: { data: CoachWeek }) {
  const { t } = useTranslation('coaching');
  const utils = trpc.useUtils();
  const [lines, setLines] = useState<GridLine[]>(() => (data.lines.length ? toGrid(data.lines) : emptyWeek(data)));
  const [revision, setRevision] = useState(data.revision);
  const [saved, setSaved] = useState(false);
  const save = trpc.coaching.saveWeek.useMutation({
    onSuccess: (r) => {
      // The form keeps what was typed; the next save sends the new revision.
      setRevision(r.revision);
      setSaved(true);
    },
  });
  const conflict = conflictOf(save.error);
  const details = save.error ? errorDetails(save.error) : null;
  const weekNumber = parseIsoWeekKey(data.week)?.week ?? 0;
  const total = lines.reduce((n, l) => n + (parseDecimal(String(l.hours)) ?? 0), 0);
  return (
    <form
      aria-label={t('myHours.form', { week: weekNumber })}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate({ week: data.week, revision, lines: lines.map(({ key: _k, ...l }) => ({ ...l, hours: l.hours })) });
      }}
    >
      <nav className="week-nav" aria-label={t('myHours.weeks')}>
        <Link to={`?week=${data.previousWeek}`}>{t('myHours.previous')}</Link>
        <h2>{t('myHours.week', { week: weekNumber, monday: formatDutchDate(data.monday) })}</h2>
        {!data.isFuture && <Link to={`?week=${data.nextWeek}`}>{t('myHours.next')}</Link>}
      </nav>
      <p>{t('myHours.role', { role: data.coach.roleName })}</p>
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          onKeepMine={() => setRevision(conflict.revision)}
          onReload={() => {
            void utils.coaching.myWeek.fetch({ week: data.week }, { staleTime: 0 }).then((fresh) => {
              if (fresh.coach === null) return;
              setLines(toGrid(fresh.lines));
              setRevision(fresh.revision);
              save.reset();
            });
          }}
        />
      )}
      {details && !conflict && <Notice kind="error">{details.message}</Notice>}
      {saved && <Notice kind="success">{t('myHours.saved')}</Notice>}
      <WeekGrid
        lines={lines}
        labels={data.labels}
        locations={data.locations}
        organisations={data.organisations}
        fieldErrors={details?.fieldErrors ?? {}}
        onChange={setLines}
      />
      <p>{t('myHours.total', { hours: formatDecimalText(total, currentLanguage()) })}</p>
      <div className="form-actions">
        <Button
          variant="secondary"
          onClick={() => setLines([...lines, { ...(lines.at(-1) ?? emptyWeek(data)[0]!), key: nextKey++, hours: '' }])}
        >
          {t('myHours.addLine')}
        </Button>
        <Button
          variant="secondary"
          disabled={data.lastWeekLines.length === 0}
          onClick={() => setLines(toGrid(data.lastWeekLines))}
        >
          {t('myHours.copyLastWeek')}
        </Button>
        <Button type="submit" disabled={save.isPending || data.isFuture}>
          {t('myHours.save')}
        </Button>
      </div>
    </form>
  );
}
