import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { useMe } from '../../lib/session';
import { sameName } from '../../../shared/schemas/privacy';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';

type Subject = RouterOutputs['privacy']['dossier']['subject'];

/**
 * Erasure asks for the name, typed, before the button works — a deliberate second step that a stray
 * click or a quick Enter cannot take. The server checks the same name again.
 */
export function EraseSection({ subject, onErased }: { subject: Subject; onErased: () => void }) {
  const { t } = useTranslation('privacy');
  const { data: me } = useMe();
  const formId = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const erase = trpc.privacy.erase.useMutation({
    onSuccess: (result) => {
      setDone(
        result.accountErased || subject.kind === 'person' || !subject.hasAccount
          ? t('erase.done')
          : `${t('erase.done')} ${t('erase.kept')}`,
      );
      setTyped('');
      onErased();
    },
    onError: (e) => {
      const details = errorDetails(e);
      setError(details.fieldErrors.confirmation ?? details.message);
    },
  });

  if (done) return <Notice kind="success">{done}</Notice>;
  if (subject.erased) return null;
  const blocked =
    subject.kind === 'person' &&
    (subject.otherPartnerships ? t('erase.otherPartnership') : subject.id === me?.user.id ? t('erase.own') : null);
  return (
    <Section title={t('erase.title')} id="privacy-erase">
      <p>{t('erase.intro')}</p>
      <p>{t('erase.keeps')}</p>
      {blocked ? (
        <Notice kind="warning">{blocked}</Notice>
      ) : (
        <form
          id={formId}
          className="entity-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            if (!sameName(typed, subject.name)) return setError(t('erase.hint', { name: subject.name }));
            erase.mutate({ subject: subject.kind, id: subject.id, confirmation: typed });
          }}
        >
          <Field label={t('erase.label')} hint={t('erase.hint', { name: subject.name })} error={error}>
            {(aria) => (
              <input
                {...aria}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <Button type="submit" variant="danger" disabled={!sameName(typed, subject.name) || erase.isPending}>
              {t('erase.button')}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
