import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';

/** An invitation link shown in full, with a button that copies it (e-mail comes later). */
export function CopyLink({ link, name }: { link: string; name: string }) {
  const { t } = useTranslation('admin');
  const [copied, setCopied] = useState(false);
  const full = window.location.origin + link;
  return (
    <span className="copy-link">
      <code className="invite-link">{full}</code>{' '}
      <Button variant="secondary" onClick={() => void navigator.clipboard.writeText(full).then(() => setCopied(true))}>
        {copied ? t('bulk.copied') : t('bulk.copy')}
        <span className="visually-hidden"> ({name})</span>
      </Button>
    </span>
  );
}
