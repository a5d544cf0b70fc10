import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { unsubscribe } from './password-api';

/** The unsubscribe link of a mail opened in a browser: one button (a GET never changes anything). */
export function UnsubscribePage() {
  const { t } = useTranslation('mail');
  const { token = '' } = useParams();
  const [state, setState] = useState<{ step: 'ask' } | { step: 'done' } | { step: 'failed'; message: string }>({
    step: 'ask',
  });
  return (
    <div className="auth-page">
      <main id="inhoud" className="auth-card">
        <PageHeader title={t('unsubscribe.title')} intro={t('unsubscribe.intro')} />
        {state.step === 'ask' ? (
          <Button
            onClick={() => {
              void unsubscribe(token).then((a) =>
                setState(a.ok ? { step: 'done' } : { step: 'failed', message: a.message }),
              );
            }}
          >
            {t('unsubscribe.confirm')}
          </Button>
        ) : state.step === 'done' ? (
          <Notice kind="success">{t('unsubscribe.done')}</Notice>
        ) : (
          <Notice kind="error">{state.message}</Notice>
        )}
        <p>
          <Link to="/instellingen/e-mail">{t('unsubscribe.settings')}</Link>
        </p>
      </main>
    </div>
  );
}
