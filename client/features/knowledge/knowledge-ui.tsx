import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { formatDutchDate } from '../../../shared/domain/dates';
import { LOS_BLOCKS, type LosBlock } from '../../../shared/domain/los-model';
import { MATURITY_LEVELS, type MaturityLevel } from '../../../shared/domain/knowledge';

/** Locations, own categories, possible owners and the actor's own location (for a locatie user). */
export function useKnowledgeOptions() {
  return trpc.knowledge.options.useQuery(undefined, { staleTime: 60_000 });
}

export const dutchDate = (iso: string | null | undefined) => (iso ? formatDutchDate(iso) : '—');

/** Today as the person's own calendar says (for date fields' defaults). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** LOS-model codes as tags; the full name is read out and shown on hover. */
export function BlockTags({ blocks }: { blocks: readonly LosBlock[] }) {
  const { t } = useTranslation('knowledge');
  return (
    <ul className="tags" aria-label={t('fields.blocks')}>
      {blocks.map((b) => (
        <li key={b} className="tag" title={t(`blocks.${b}`)}>
          <span aria-hidden="true">{b}</span>
          <span className="visually-hidden">{t(`blocks.${b}`)}</span>
        </li>
      ))}
    </ul>
  );
}

export function MaturityBadge({ level }: { level: MaturityLevel }) {
  const { t } = useTranslation('knowledge');
  return <span className={`badge badge-level-${MATURITY_LEVELS.indexOf(level)}`}>{t(`maturity.${level}`)}</span>;
}

export function Badge({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'dilemma' | 'succes' | 'vraagstuk' | 'principe';
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** A snippet from the search index: the hits between \u0002 and \u0003 become <mark>; all else is text. */
export function Highlighted({ text }: { text: string }) {
  // eslint-disable-next-line no-control-regex -- the index marks hits with the control characters STX and ETX on purpose
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('\u0002') ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

/** A labelled select used as a list filter; "" means "all". */
export function FilterSelect({
  label,
  value,
  onChange,
  allLabel,
  children,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  allLabel: string;
  children: ReactNode;
}) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {children}
      </select>
    </label>
  );
}

export function BlockOptions() {
  const { t } = useTranslation('knowledge');
  return (
    <>
      {LOS_BLOCKS.map((b) => (
        <option key={b} value={b}>
          {b} — {t(`blocks.${b}`)}
        </option>
      ))}
    </>
  );
}

export function LocationOptions({ locations }: { locations: { id: number; name: string }[] }) {
  return (
    <>
      {locations.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}
        </option>
      ))}
    </>
  );
}

/** Checkboxes for a fixed vocabulary (blocks, involved groups). */
export function CheckboxList<T extends string>({
  options,
  value,
  onChange,
  label,
}: {
  options: readonly T[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  label: (o: T) => string;
}) {
  return (
    <>
      {options.map((o) => (
        <label key={o} className="choice">
          <input
            type="checkbox"
            checked={value.includes(o)}
            onChange={(e) => onChange(e.target.checked ? [...value, o] : value.filter((x) => x !== o))}
          />
          {label(o)}
        </label>
      ))}
    </>
  );
}

/** "Not found" inside the knowledge base (another partnership's id, or a mistyped address). */
export function KnowledgeNotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('notFound.title')} intro={t('notFound.body')} />;
}
