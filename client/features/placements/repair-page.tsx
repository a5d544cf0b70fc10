import { useDeferredValue, useState, type FormEvent } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { proposeRepairSchema } from '../../../shared/schemas/placements';
import { fieldErrorsOf } from '../../../shared/i18n/zod-issues';
import { currentLanguage } from '../../i18n';
import { isRunning, useActionStatus } from './placements-ui';
import { useRoundOutlet } from './round-layout';
import { RepairProposalView } from './repair-proposal';

/**
 * Mid-year repair of a published round: a student withdraws, or a location has fewer places. The
 * engine proposes; the projectleider sees before and after side by side and applies or discards.
 */
export function RepairPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const manage = can(me, 'placements.manage');
  const published = round.status === 'gepubliceerd';
  return (
    <>
      <h2>{t('repair.title')}</h2>
      <p>{t('repair.intro')}</p>
      {!published ? (
        <Notice kind="info">{t('repair.notPublished')}</Notice>
      ) : (
        manage && <RepairForm roundId={round.id} busy={isRunning(round.run)} />
      )}
      {published && <RepairProposalView roundId={round.id} manage={manage} />}
    </>
  );
}

const STUDENT_CHOICES = 50;

function RepairForm({ roundId, busy }: { roundId: number; busy: boolean }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const [kind, setKind] = useState<'withdraw' | 'capacity'>('withdraw');
  // Who withdraws is found by name (a round can hold thousands): the first 50 matches of the search.
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const matches = trpc.placements.resultsPage.useQuery(
    { roundId, search: deferredSearch, pageSize: STUDENT_CHOICES },
    { enabled: kind === 'withdraw', placeholderData: keepPreviousData },
  ).data;
  const locations = trpc.placements.locationLists.useQuery({ roundId }).data ?? [];
  const propose = trpc.placements.proposeRepair.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const [participantId, setParticipantId] = useState(0);
  const [roundLocationId, setRoundLocationId] = useState(0);
  const [capacity, setCapacity] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const change =
      kind === 'withdraw'
        ? { kind, participantId }
        : { kind, roundLocationId, capacity: capacity === '' ? Number.NaN : Number(capacity) };
    const parsed = proposeRepairSchema.safeParse({ roundId, change });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues, currentLanguage()));
    setErrors({});
    try {
      await propose.mutateAsync(parsed.data);
      status.clear();
    } catch (error) {
      const details = errorDetails(error);
      if (Object.keys(details.fieldErrors).length)
        setErrors(Object.fromEntries(Object.entries(details.fieldErrors).map(([k, m]) => [`change.${k}`, m])));
      else status.failed(error);
    }
  }

  return (
    <Section title={t('repair.new')}>
      {status.view}
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('repair.new')} className="entity-form">
        <FieldGroup legend={t('repair.what')}>
          {(['withdraw', 'capacity'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="repair-kind" checked={kind === k} onChange={() => setKind(k)} />
              {t(`repair.kind.${k}`)}
            </label>
          ))}
        </FieldGroup>
        <div className="form-grid">
          {kind === 'withdraw' ? (
            <>
              <Field label={t('repair.findStudent')}>
                {(aria) => (
                  <input
                    {...aria}
                    type="search"
                    maxLength={100}
                    value={search}
                    placeholder={t('results.searchPlaceholder')}
                    onChange={(e) => (setSearch(e.target.value), setParticipantId(0))}
                  />
                )}
              </Field>
              <Field
                label={t('fields.student')}
                error={errors['change.participantId']}
                hint={
                  matches && matches.matching > matches.rows.length
                    ? t('repair.firstMatches', { shown: matches.rows.length, count: matches.matching })
                    : undefined
                }
              >
                {(aria) => (
                  <select
                    {...aria}
                    value={participantId || ''}
                    onChange={(e) => setParticipantId(Number(e.target.value))}
                  >
                    <option value="">{t('common:forms.choose')}</option>
                    {(matches?.rows ?? []).map((r) => (
                      <option
                        key={r.participantId}
                        value={r.participantId}
                      >{`${r.name} — ${r.locationName ?? t('results.unplaced')}`}</option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          ) : (
            <>
              <Field label={t('fields.location')} error={errors['change.roundLocationId']}>
                {(aria) => (
                  <select
                    {...aria}
                    value={roundLocationId || ''}
                    onChange={(e) => setRoundLocationId(Number(e.target.value))}
                  >
                    <option value="">{t('common:forms.choose')}</option>
                    {locations.map((l) => (
                      <option key={l.id} value={l.id}>
                        {t('repair.locationOption', { name: l.name, capacity: l.capacity })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('repair.newCapacity')} error={errors['change.capacity']}>
                {(aria) => (
                  <input
                    {...aria}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    value={capacity}
                    onChange={(e) => setCapacity(e.target.value)}
                  />
                )}
              </Field>
            </>
          )}
        </div>
        <div className="form-actions">
          <Button type="submit" disabled={busy || propose.isPending}>
            {t('repair.propose')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
