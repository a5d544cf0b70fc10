// The run's temporary files stay in one directory that vitest.config.ts removes when the run ends
// (decision 107): a test file, and any process it starts, gets that directory as its tmpdir.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../helpers/db';

describe('a test run keeps its temporary files together', () => {
  it('gives the test process a tmpdir of the run, not the system one', () => {
    expect(basename(tmpdir())).toMatch(/^werkplaats-run-/);
    expect(existsSync(tmpdir())).toBe(true);
    // one directory, not one inside another per evaluation of the config (Chromium's socket path)
    expect(basename(dirname(tmpdir()))).not.toMatch(/^werkplaats-run-/);
  });

  it('puts a test database inside it', () => {
    const db = createTestDb();
    try {
      expect(dirname(dirname(db.$client.name))).toBe(tmpdir());
    } finally {
      db.$client.close();
    }
  });

  it('passes it on to a process the test starts', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], {
      encoding: 'utf8',
    });
    expect(child.stdout).toBe(tmpdir());
  });
});
