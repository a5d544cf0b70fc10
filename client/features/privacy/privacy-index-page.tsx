import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { dossierPath } from './privacy-routes';

/** Find the student or person a privacy request is about. Listing students is audited by the server. */
export function PrivacyIndexPage() {
  const { t } = useTranslation('privacy');
  const [search, setSearch] = useState('');
  const students = trpc.students.list.useQuery({ search }, { placeholderData: (previous) => previous });
  const people = trpc.people.list.useQuery();
  const term = search.trim().toLocaleLowerCase('nl');
  const peopleQuery = {
    ...people,
    data: people.data?.people.filter(
      (p) => !term || p.name.toLocaleLowerCase('nl').includes(term) || p.email.includes(term),
    ),
  };
  const open = (kind: 'student' | 'person', id: number, name: string) => (
    <Link to={dossierPath(kind, id)} aria-label={t('find.openLabel', { name })}>
      {t('find.open')}
    </Link>
  );

  return (
    <>
      <PageHeader title={t('find.title')} intro={t('find.intro')} />
      <div className="toolbar" role="search">
        <label className="inline-field">
          <span>{t('find.search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('find.placeholder')}
          />
        </label>
      </div>
      <Section title={t('find.students')} id="privacy-students">
        <QueryState query={students}>
          {(rows) => (
            <DataTable
              caption={t('find.students')}
              rows={rows}
              rowKey={(s) => s.id}
              columns={[
                { header: t('find.name'), cell: (s) => `${s.firstName} ${s.lastName}` },
                { header: t('find.detail'), cell: (s) => s.studentNumber ?? '—' },
                { header: t('find.open'), cell: (s) => open('student', s.id, `${s.firstName} ${s.lastName}`) },
              ]}
            />
          )}
        </QueryState>
      </Section>
      <Section title={t('find.people')} id="privacy-people">
        <QueryState query={peopleQuery}>
          {(rows) => (
            <DataTable
              caption={t('find.people')}
              rows={rows}
              rowKey={(p) => p.id}
              columns={[
                { header: t('find.name'), cell: (p) => p.name },
                { header: t('find.detail'), cell: (p) => p.email },
                { header: t('find.open'), cell: (p) => open('person', p.id, p.name) },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </>
  );
}
