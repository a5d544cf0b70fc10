import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';

type Kind = RouterOutputs['privacy']['retention']['kinds'][number];

/** The partnership's retention terms, one row per kind of record; platform-wide ones are shown only. */
export function RetentionPage() {
  const { t } = useTranslation('privacy');
  const query = trpc.privacy.retention.useQuery();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('retention.title')} intro={t('retention.intro')} />
      {status && <Notice kind="success">{status}</Notice>}
      <QueryState query={query}>
        {(data) => (
          <>
            <p className="muted">
              {data.lastAppliedAt
                ? t('retention.lastRun', { at: formatDateTime(data.lastAppliedAt) })
                : t('retention.neverRun')}
            </p>
            <DataTable
              caption={t('retention.title')}
              rows={data.kinds}
              rowKey={(k) => k.kind}
              columns={[
                { header: t('retention.kind'), cell: (k) => t(`kinds.${k.kind}.name`) },
                { header: t('retention.effect'), cell: (k) => t(`effects.${k.effect}`) },
                {
                  header: t('retention.term'),
                  cell: (k) => <TermEditor kind={k} onSaved={() => setStatus(t('retention.saved'))} />,
                },
                {
                  header: t('retention.default'),
                  cell: (k) => `${k.defaultAmount} ${t(`units.${k.unit}`, { count: k.defaultAmount })}`,
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function TermEditor({ kind, onSaved }: { kind: Kind; onSaved: () => void }) {
  const { t } = useTranslation('privacy');
  const utils = trpc.useUtils();
  const [value, setValue] = useState(String(kind.amount));
  const [error, setError] = useState<string | undefined>();
  const save = trpc.privacy.setRetention.useMutation({
    onSuccess: (data) => {
      utils.privacy.retention.setData(undefined, data);
      setValue(String(data.kinds.find((k) => k.kind === kind.kind)!.amount));
      setError(undefined);
      onSaved();
    },
    onError: (e) => setError(errorDetails(e).fieldErrors.amount ?? errorDetails(e).message),
  });
  // "1 dag", "30 dagen"; the field's label names the unit in the plural ("in maanden")
  const unit = t(`units.${kind.unit}`, { count: kind.scope === 'platform' ? kind.amount : Number(value) });
  const unitPlural = t(`units.${kind.unit}`, { count: 2 });
  const from = t(`kinds.${kind.kind}.from`);
  if (kind.scope === 'platform') return `${kind.amount} ${unit} ${from} · ${t('retention.platform')}`;
  const inputId = `term-${kind.kind}`;
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ kind: kind.kind, amount: value.trim() === '' ? null : Number(value) });
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('retention.termLabel', { name: t(`kinds.${kind.kind}.name`), unit: unitPlural })}
      </label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        size={4}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${inputId}-error` : `${inputId}-from`}
      />
      <span id={`${inputId}-from`}>
        {unit} {from}
        {kind.custom && ` (${t('retention.custom')})`}
      </span>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {t('retention.save')}
      </Button>
      {kind.custom && (
        <Button variant="link" onClick={() => save.mutate({ kind: kind.kind, amount: null })}>
          {t('retention.reset')}
        </Button>
      )}
      {error && (
        <span id={`${inputId}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
