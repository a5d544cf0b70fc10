import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { IMPORT_SHEETS, type ImportSheet } from '../../../shared/schemas/placements';
import { DownloadButton, messageText, useActionStatus } from './placements-ui';
import { useRoundOutlet } from './round-layout';
import { readUpload } from '../../lib/download';

type ImportResult = RouterOutputs['placements']['importFile'];

/**
 * Import of the inputs from CSV (one sheet) or XLSX (any of the four sheets), with templates filled
 * with what the round holds. A file with any wrong row is refused as a whole, with every row's problem.
 */
export function ImportPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const utils = trpc.useUtils();
  const importFile = trpc.placements.importFile.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const importSnapshot = trpc.placements.importSnapshot.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<ImportSheet>('locaties');
  const [fileError, setFileError] = useState<string | undefined>();
  const [result, setResult] = useState<ImportResult | null>(null);
  const editable = can(me, 'placements.manage') && round.status !== 'gepubliceerd';
  const kind = file ? (/\.xlsx$/i.test(file.name) ? 'xlsx' : /\.json$/i.test(file.name) ? 'json' : 'csv') : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    status.clear();
    setResult(null);
    if (!file) return setFileError(t('import.chooseFile'));
    setFileError(undefined);
    try {
      const content = await readUpload(file, kind === 'xlsx' ? 'base64' : 'text');
      const outcome =
        kind === 'json'
          ? await importSnapshot.mutateAsync({ roundId: round.id, content })
          : kind === 'xlsx'
            ? await importFile.mutateAsync({ roundId: round.id, format: 'xlsx', content })
            : await importFile.mutateAsync({ roundId: round.id, format: 'csv', sheet, content });
      setResult(outcome);
    } catch (error) {
      status.failed(error);
    }
  }

  return (
    <>
      <Section title={t('import.templates')}>
        <p>{t('import.templatesIntro')}</p>
        <div className="inline-actions">
          {IMPORT_SHEETS.map((s) => (
            <DownloadButton
              key={s}
              label={t('import.templateCsv', { sheet: t(`sheets.${s}`) })}
              fetchFile={() => utils.placements.template.fetch({ roundId: round.id, format: 'csv', sheet: s })}
            />
          ))}
          <DownloadButton
            label={t('import.templateXlsx')}
            fetchFile={() => utils.placements.template.fetch({ roundId: round.id, format: 'xlsx', sheet: 'locaties' })}
          />
        </div>
        <p className="hint">{t('import.columnsHelp')}</p>
      </Section>
      <Section title={t('import.title')}>
        {!editable ? (
          <Notice kind="info">
            {round.status === 'gepubliceerd' ? t('inputs.publishedFixed') : t('import.readOnly')}
          </Notice>
        ) : (
          <form
            onSubmit={(event) => void submit(event)}
            noValidate
            aria-label={t('import.title')}
            className="upload-form"
          >
            <Field label={t('import.file')} error={fileError} hint={t('import.fileHint')}>
              {(aria) => (
                <input
                  {...aria}
                  type="file"
                  accept=".csv,.xlsx,.json,text/csv"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              )}
            </Field>
            {kind === 'csv' && (
              <Field label={t('import.sheet')}>
                {(aria) => (
                  <select {...aria} value={sheet} onChange={(e) => setSheet(e.target.value as ImportSheet)}>
                    {IMPORT_SHEETS.map((s) => (
                      <option key={s} value={s}>
                        {t(`sheets.${s}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <Button type="submit" disabled={importFile.isPending || importSnapshot.isPending}>
              {t('import.submit')}
            </Button>
          </form>
        )}
        {status.view}
        {result && <ImportOutcome result={result} />}
      </Section>
    </>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  const { t } = useTranslation('placements');
  if (result.ok) {
    const parts = Object.entries(result.counts).map(([sheet, n]) =>
      t('import.count', { count: n, sheet: t(`sheets.${sheet}`) }),
    );
    return <Notice kind="success">{t('import.done', { parts: parts.join(', ') })}</Notice>;
  }
  return (
    <>
      <Notice kind="error">{t('import.refused', { count: result.errors.length })}</Notice>
      <DataTable
        caption={t('import.errorsCaption')}
        rows={result.errors.map((e, i) => ({ ...e, key: i }))}
        rowKey={(e) => e.key}
        columns={[
          { header: t('import.errorSheet'), cell: (e) => (e.sheet ? t(`sheets.${e.sheet}`) : '—') },
          { header: t('import.errorRow'), cell: (e) => (e.row > 0 ? e.row : '—'), numeric: true },
          { header: t('import.errorColumn'), cell: (e) => e.column || '—' },
          { header: t('import.errorMessage'), cell: (e) => messageText(e.message, e.params) },
        ]}
      />
    </>
  );
}
