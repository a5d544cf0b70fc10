/**
 * The base generation asks SQLite's data_version once per synchronous stretch of code, when this
 * thread has a single connection (the server's case): a write by another process shows from the next
 * stretch on, or at once after this connection writes (it may have waited for that process's lock).
 * This file opens exactly one connection through openDb; the "other process" is a plain connection.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { baseGeneration, execWatched } from '../../db/data-generation';

const path = join(mkdtempSync(join(tmpdir(), 'memo-')), 'memo.db');
const db = openDb(path);
execWatched(db.$client, 'create table note (id integer primary key, body text)');
const outside = new Database(path);
afterAll(() => {
  outside.close();
  db.$client.close();
});

it('asks once per synchronous stretch and again in the next one', async () => {
  await Promise.resolve();
  const before = baseGeneration(db.$client);
  outside.prepare("insert into note (body) values ('buiten')").run();
  expect(baseGeneration(db.$client)).toBe(before); // the same stretch: the memo
  await Promise.resolve();
  expect(baseGeneration(db.$client)).not.toBe(before);
});

it('asks again after this connection writes', async () => {
  await Promise.resolve();
  const before = baseGeneration(db.$client);
  outside.prepare("insert into note (body) values ('buiten')").run();
  db.$client.prepare("insert into note (body) values ('binnen')").run();
  expect(baseGeneration(db.$client)).not.toBe(before);
});
