/**
 * Migration 0021_restem (decision 081, addendum): the stems of rows indexed before the -etje rule are made
 * again, each table's the way its triggers make them, so old rows find their diminutives too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/client';
import { execWatched } from '../../db/data-generation';
import { stemText } from '../../shared/domain/search-text';
import { createTestDb } from '../helpers/db';

const restem = readFileSync(join(migrationsFolder, '0021_restem.sql'), 'utf8').split('--> statement-breakpoint');

describe('migration 0021_restem', () => {
  it('recomputes the stems of every search index row as its trigger would', () => {
    const db = createTestDb();
    const sqlite = db.$client;
    // rows as an older dutch_stems left them: the diminutive's stem was "balletj"
    const stale = 'een balletj';
    sqlite
      .prepare('INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems) VALUES (?, 1, ?, ?, ?)')
      .run(9001 * 4 + 2, 'Een balletje', 'Rond.', stale);
    sqlite
      .prepare('INSERT INTO knowledge_fts(rowid, partnership_id, title, body, stems) VALUES (?, 1, ?, ?, ?)')
      .run(9001 * 4 + 3, '', 'Een spelletje.', stale);
    sqlite
      .prepare('INSERT INTO mentor_signal_fts(rowid, partnership_id, title, body, stems) VALUES (9001, 1, ?, ?, ?)')
      .run('Mannetjes', 'Twee ringetjes.', stale);
    sqlite
      .prepare(
        'INSERT INTO regiegroep_decision_fts(rowid, partnership_id, title, body, stems) VALUES (9001, 1, ?, ?, ?)',
      )
      .run('', 'Een sterretje erbij.', stale);

    for (const statement of restem) execWatched(sqlite, statement);

    const stems = (table: string, rowid: number) =>
      (sqlite.prepare(`SELECT stems FROM ${table} WHERE rowid = ?`).get(rowid) as { stems: string }).stems;
    expect(stems('knowledge_fts', 9001 * 4 + 2)).toBe(`${stemText('Een balletje')} ${stemText('Rond.')}`);
    expect(stems('knowledge_fts', 9001 * 4 + 2)).toBe('een bal rond');
    expect(stems('knowledge_fts', 9001 * 4 + 3)).toBe('een spel');
    expect(stems('mentor_signal_fts', 9001)).toBe('man twee ring');
    expect(stems('regiegroep_decision_fts', 9001)).toBe('een ster erbij');
    // and the index answers by the new stems
    const hits = sqlite.prepare(`SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH 'stems:bal'`).all();
    expect(hits).toEqual([{ rowid: 9001 * 4 + 2 }]);
    sqlite.close();
  });
});
