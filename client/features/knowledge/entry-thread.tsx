import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { postInputSchema } from '../../../shared/schemas/knowledge';
import type { EntryDetail } from './entry-page';

/**
 * The discussion of an entry. Posts are plain text rendered as React text nodes (escaped by React;
 * never dangerouslySetInnerHTML), with line breaks kept by CSS.
 */
export function EntryThread({ entry: e }: { entry: EntryDetail }) {
  const { t } = useTranslation('knowledge');
  const utils = trpc.useUtils();
  const post = trpc.knowledge.addPost.useMutation();
  const { formRef, ...form } = useForm(postInputSchema, { entryId: e.id, body: '' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      await post.mutateAsync(value);
      // Keeps what was typed while the post was being sent (decision 103).
      form.saved({ entryId: e.id, body: '' });
      await utils.knowledge.getEntry.invalidate({ id: e.id });
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <Section title={t('thread.title')} id="bespreking">
      {e.posts.length === 0 ? (
        <p className="empty">{t('thread.empty')}</p>
      ) : (
        <ol className="thread">
          {e.posts.map((p) => (
            <li key={p.id}>
              <article aria-label={t('thread.postBy', { name: p.authorName })}>
                <p className="post-meta">
                  <strong>{p.authorName}</strong> <span className="muted">{formatDateTime(p.createdAt)}</span>
                </p>
                <p className="prose post-body">{p.body}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {e.canPost && (
        <form
          ref={formRef}
          onSubmit={(event) => void submit(event)}
          noValidate
          className="entity-form"
          aria-label={t('thread.formTitle')}
        >
          {form.formError && <Notice kind="error">{form.formError}</Notice>}
          <Field label={t('thread.yourPost')} hint={t('thread.hint')} error={form.errors.body}>
            {(aria) => (
              <textarea
                {...aria}
                rows={3}
                value={form.values.body}
                onChange={(ev) => form.set('body', ev.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <Button type="submit" disabled={post.isPending}>
              {t('thread.submit')}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
