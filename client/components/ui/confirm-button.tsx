import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

/** Deleting takes two clicks: the first asks, the second does it. Keyboard and screen-reader friendly. */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <Button
        variant="danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('actions.confirmDelete')}
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)}>
        {t('actions.cancel')}
      </Button>
    </span>
  );
}
