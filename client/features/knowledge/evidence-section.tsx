import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../shared/domain/knowledge';
import { dutchDate } from './knowledge-ui';
import type { PrincipleDetail } from './principle-page';

type Label = NonNullable<PrincipleDetail['evidence'][number]['label']>;

/** "Dilemma: title (dd-mm-jjjj)", "Signaal: title — team", "Weekoverleg week 45 — team". */
function useDescribe() {
  const { t } = useTranslation('knowledge');
  return (kind: EvidenceKind, label: Label) => {
    if (kind === 'entry')
      return `${t(`types.${label.entryType ?? 'dilemma'}`)}: ${label.title}${label.date ? ` (${dutchDate(label.date)})` : ''}`;
    if (kind === 'signal') return `${t('evidence.signal')}: ${label.title} — ${label.teamName ?? ''}`;
    return `${t('evidence.sessionLog', { week: label.isoWeek ?? '' })} — ${label.teamName ?? ''}${label.date ? ` (${dutchDate(label.date)})` : ''}`;
  };
}

/** What supports the principle: dilemmas, successes, signals and session logs. */
export function EvidenceSection({ principle: p, canWrite }: { principle: PrincipleDetail; canWrite: boolean }) {
  const { t } = useTranslation('knowledge');
  const describe = useDescribe();
  const utils = trpc.useUtils();
  const remove = trpc.knowledge.removeEvidence.useMutation({ onSuccess: () => utils.knowledge.invalidate() });
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = canWrite && p.canEdit;

  return (
    <Section title={t('evidence.title')} id="onderbouwing">
      {error && <Notice kind="error">{error}</Notice>}
      {p.evidence.length === 0 ? (
        <p className="empty">{t('evidence.none')}</p>
      ) : (
        <ul className="plain evidence-list">
          {p.evidence.map((link) => {
            const text = link.label ? describe(link.kind, link.label) : t('evidence.unavailable');
            return (
              <li key={link.id}>
                {link.kind === 'entry' && link.label ? (
                  <Link to={`/kennisbank/logboek/${link.refId}`}>{text}</Link>
                ) : (
                  <span>{text}</span>
                )}
                {editable && (
                  <ConfirmButton
                    label={t('evidence.unlink')}
                    question={t('evidence.reallyUnlink')}
                    onConfirm={() =>
                      void remove.mutateAsync({ id: link.id }).catch((e: unknown) => setError(errorDetails(e).message))
                    }
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && !adding && (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('evidence.add')}
        </Button>
      )}
      {adding && <EvidenceForm principleId={p.id} onClose={() => setAdding(false)} />}
    </Section>
  );
}

function EvidenceForm({ principleId, onClose }: { principleId: number; onClose: () => void }) {
  const { t } = useTranslation('knowledge');
  const describe = useDescribe();
  const utils = trpc.useUtils();
  const [kind, setKind] = useState<EvidenceKind>('entry');
  const [refId, setRefId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = trpc.knowledge.evidenceCandidates.useQuery({ kind });
  const add = trpc.knowledge.addEvidence.useMutation();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!refId) return setError(t('evidence.chooseOne'));
    try {
      await add.mutateAsync({ principleId, kind, refId: Number(refId) });
      await utils.knowledge.invalidate();
      onClose();
    } catch (e) {
      setError(errorDetails(e).message);
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="entity-form panel"
      aria-label={t('evidence.add')}
    >
      <h3>{t('evidence.add')}</h3>
      <div className="form-grid">
        <Field label={t('evidence.kind')}>
          {(aria) => (
            <select
              {...aria}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as EvidenceKind);
                setRefId('');
              }}
            >
              {EVIDENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`evidenceKinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('evidence.item')} error={error ?? undefined}>
          {(aria) => (
            <select
              {...aria}
              value={refId}
              onChange={(e) => {
                setRefId(e.target.value);
                setError(null);
              }}
            >
              <option value="">
                {candidates.data?.length === 0 ? t('evidence.noCandidates') : t('common:forms.choose')}
              </option>
              {(candidates.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {describe(kind, c)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={add.isPending}>
          {t('evidence.link')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
