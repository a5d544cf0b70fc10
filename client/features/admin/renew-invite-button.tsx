import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { CopyLink } from './copy-link';

/** Makes a new link for an open invitation (the old one stops working) and shows it to copy. */
export function RenewInviteButton({ id, name }: { id: number; name: string }) {
  const { t } = useTranslation('admin');
  const renew = trpc.people.renewInvite.useMutation();
  const [link, setLink] = useState<string | null>(null);
  if (link) return <CopyLink link={link} name={name} />;
  return (
    <Button
      variant="secondary"
      disabled={renew.isPending}
      onClick={() => renew.mutate({ id }, { onSuccess: (r) => setLink(r.link) })}
    >
      {t('bulk.renew')}
      <span className="visually-hidden"> ({name})</span>
    </Button>
  );
}
