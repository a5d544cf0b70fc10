import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { principleMoveSchema } from '../../../shared/schemas/knowledge';
import { MATURITY_LEVELS, maturityRank } from '../../../shared/domain/knowledge';
import { dutchDate, localToday } from './knowledge-ui';
import type { PrincipleDetail } from './principle-page';

/** The maturity ladder: the five steps with the current one marked, its history, and (for steering roles) a move. */
export function LadderSection({ principle: p }: { principle: PrincipleDetail }) {
  const { t } = useTranslation('knowledge');
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section title={t('ladder.title')} id="ladder">
      {done && <Notice kind="success">{done}</Notice>}
      <ol className="ladder">
        {MATURITY_LEVELS.map((level) => (
          <li
            key={level}
            className={maturityRank(level) <= maturityRank(p.maturity) ? 'reached' : undefined}
            aria-current={level === p.maturity ? 'step' : undefined}
          >
            <strong>{t(`maturity.${level}`)}</strong>
            <span className="muted">{t(`maturityHelp.${level}`)}</span>
          </li>
        ))}
      </ol>
      <h3>{t('ladder.history')}</h3>
      <DataTable
        caption={t('ladder.history')}
        rows={[...p.history].reverse()}
        rowKey={(h) => h.id}
        columns={[
          { header: t('fields.date'), cell: (h) => dutchDate(h.changedOn) },
          {
            header: t('ladder.move'),
            cell: (h) =>
              h.fromLevel
                ? `${t(`maturity.${h.fromLevel}`)} → ${t(`maturity.${h.toLevel}`)}`
                : t(`maturity.${h.toLevel}`),
          },
          { header: t('ladder.by'), cell: (h) => h.changedByName },
          { header: t('fields.reason'), cell: (h) => h.reason || '—' },
        ]}
      />
      {/* A new form after every move, so its choices follow the new level. */}
      {p.canMove && <MoveForm key={p.history.length} id={p.id} current={p.maturity} onDone={setDone} />}
    </Section>
  );
}

function MoveForm({
  id,
  current,
  onDone,
}: {
  id: number;
  current: PrincipleDetail['maturity'];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation('knowledge');
  const utils = trpc.useUtils();
  const move = trpc.knowledge.movePrinciple.useMutation();
  const initial = {
    id,
    to: MATURITY_LEVELS[Math.min(maturityRank(current) + 1, MATURITY_LEVELS.length - 1)]!,
    reason: '',
    on: localToday(),
  };
  const { formRef, ...form } = useForm(principleMoveSchema, initial);
  const down = form.values.to !== undefined && maturityRank(form.values.to) < maturityRank(current);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      await move.mutateAsync(value);
      onDone(t('ladder.moved', { level: t(`maturity.${value.to}`) }));
      await utils.knowledge.invalidate();
    } catch (error) {
      onDone(null);
      form.showServerError(error);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="entity-form"
      aria-label={t('ladder.formTitle')}
    >
      <h3>{t('ladder.formTitle')}</h3>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        <Field label={t('ladder.to')} error={form.errors.to}>
          {(aria) => (
            <select {...aria} value={form.values.to} onChange={(e) => form.set('to', e.target.value as typeof current)}>
              {MATURITY_LEVELS.filter((l) => l !== current).map((l) => (
                <option key={l} value={l}>
                  {t(`maturity.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.date')} error={form.errors.on}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={form.values.on ?? ''}
              onChange={(e) => form.set('on', e.target.value || undefined)}
            />
          )}
        </Field>
      </div>
      <Field
        label={t('fields.reason')}
        hint={t(down ? 'ladder.reasonNeeded' : 'ladder.reasonOptional')}
        optional={!down}
        error={form.errors.reason}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            value={form.values.reason ?? ''}
            onChange={(e) => form.set('reason', e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={move.isPending}>
          {t('ladder.submit')}
        </Button>
      </div>
    </form>
  );
}
