import { useTranslation } from 'react-i18next';
import { errorDetails, trpc } from '../../lib/trpc';
import { ConfirmButton } from '../../components/ui/confirm-button';

/**
 * Unties a student record from its account (beheerder only; the server audits it). The question says what
 * it means before the second click: that account no longer logs in as this student; the record stays.
 */
export function UnlinkAccountButton({
  id,
  name,
  onDone,
}: {
  id: number;
  name: string;
  onDone: (status: { kind: 'success' | 'error'; text: string }) => void;
}) {
  const { t } = useTranslation('admin');
  const utils = trpc.useUtils();
  const unlink = trpc.students.unlinkAccount.useMutation({
    onSuccess: () => {
      onDone({ kind: 'success', text: t('students.unlinked', { name }) });
      void utils.students.list.invalidate();
    },
    onError: (error) => onDone({ kind: 'error', text: errorDetails(error).message }),
  });
  return (
    <ConfirmButton
      label={t('students.unlink')}
      context={name}
      question={t('students.reallyUnlink', { name })}
      confirmLabel={t('students.confirmUnlink')}
      disabled={unlink.isPending}
      onConfirm={() => unlink.mutate({ id })}
    />
  );
}
