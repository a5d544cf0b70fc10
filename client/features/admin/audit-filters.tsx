import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import type { AuditFilter } from '../../../shared/schemas/audit';

/** Person, kind of object and period: each change applies at once (the log is read, never edited). */
export function AuditFilters({ value, onChange }: { value: AuditFilter; onChange: (next: AuditFilter) => void }) {
  const { t } = useTranslation('admin');
  const options = trpc.audit.filterOptions.useQuery();
  const set = (patch: Partial<AuditFilter>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="toolbar filter-bar">
      <legend>{t('audit.filters')}</legend>
      <label>
        {t('audit.person')}{' '}
        <select
          value={value.actorUserId ?? ''}
          onChange={(e) => set({ actorUserId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('audit.everyone')}</option>
          {options.data?.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.kind')}{' '}
        <select value={value.subjectType ?? ''} onChange={(e) => set({ subjectType: e.target.value || undefined })}>
          <option value="">{t('audit.anyKind')}</option>
          {options.data?.kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.from')}{' '}
        <input type="date" value={value.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        {t('audit.to')}{' '}
        <input type="date" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
    </fieldset>
  );
}
