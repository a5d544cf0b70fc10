import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { FieldGroup } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { myPreferencesSchema } from '../../../shared/schemas/placements';
import { fieldErrorsOf } from '../../../shared/i18n/zod-issues';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { PreferencePicker } from './preference-picker';
import { WhyPanel } from './why-panel';
import { ChoicesTable, SubmittedChoices, UnplacedNext } from './my-round-parts';
import './placements.css';

type MyRound = RouterOutputs['placements']['mine'][number];

/** A student's own rounds: their choices while a round is open; their place and why once it is published. */
export function MyPlacementPage() {
  const { t } = useTranslation('placements');
  const query = trpc.placements.mine.useQuery();
  return (
    <div className="placements">
      <PageHeader title={t('mine.title')} intro={t('mine.intro')} />
      <QueryState query={query}>
        {(rounds) =>
          rounds.length === 0 ? (
            <p>{t('mine.none')}</p>
          ) : (
            <>
              {rounds.map((r) => (
                <Section key={r.id} title={r.name} id={`ronde-${r.id}`}>
                  <p className="muted">
                    {r.schoolYearLabel} · {r.periodName ?? t('fields.wholeYear')} ·{' '}
                    <span className={`badge badge-phase-${r.phase}`}>{t(`mine.phase.${r.phase}`)}</span>
                  </p>
                  {r.withdrawn ? (
                    <p>{t('mine.withdrawn')}</p>
                  ) : r.placement ? (
                    <>
                      <WhyPanel explanation={r.placement} headingLevel={3} />
                      {!r.placement.placement && <UnplacedNext round={r} />}
                      <SubmittedChoices round={r} />
                    </>
                  ) : r.entryOpen ? (
                    <PreferencesForm round={r} />
                  ) : (
                    <>
                      <p>{t('mine.closed')}</p>
                      <SubmittedChoices round={r} />
                    </>
                  )}
                </Section>
              ))}
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function PreferencesForm({ round }: { round: MyRound }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const save = trpc.placements.savePreferences.useMutation({ onSuccess: () => utils.placements.mine.invalidate() });
  const [days, setDays] = useState<number[]>(round.entry?.availableDays ?? [...WEEKDAYS]);
  const [preferences, setPreferences] = useState<number[]>(round.entry?.preferences ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = myPreferencesSchema.safeParse({ roundId: round.id, availableDays: days, preferences });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues, currentLanguage()));
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      setMessage({ kind: 'success', text: t('mine.saved') });
    } catch (error) {
      const details = errorDetails(error);
      setErrors(details.fieldErrors);
      setMessage(Object.keys(details.fieldErrors).length ? null : { kind: 'error', text: details.message });
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('mine.formTitle', { name: round.name })}
      className="entity-form"
    >
      <p>{t('mine.entryIntro', { count: round.entry?.daysNeeded ?? 1 })}</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <FieldGroup legend={t('fields.availableDays')} error={errors.availableDays}>
        {WEEKDAYS.map((d) => (
          <label key={d} className="choice">
            <input
              type="checkbox"
              checked={days.includes(d)}
              onChange={(e) => setDays(e.target.checked ? [...days, d].sort() : days.filter((x) => x !== d))}
            />
            {t(`common:weekdays.${d}`)}
          </label>
        ))}
      </FieldGroup>
      <ChoicesTable round={round} />
      <PreferencePicker
        legend={t('mine.choices')}
        choices={round.choices.map((c) => ({
          id: c.id,
          name: c.distanceKm === null ? c.name : `${c.name}, ${t('km', { km: formatNumber(c.distanceKm, 1) })}`,
          note: c.offersProgramme ? undefined : t('mine.notOffered'),
          disabled: !c.offersProgramme,
        }))}
        value={preferences}
        onChange={setPreferences}
        errors={errors}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('mine.save')}
        </Button>
      </div>
    </form>
  );
}
