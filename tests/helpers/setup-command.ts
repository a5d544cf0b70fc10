import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../../server/paths';

const run = promisify(execFile);

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run --silent setup -- <args>` as an operator types it, on the given database and public address. */
export async function runSetup(
  args: string[],
  env: { DATABASE_PATH: string; PUBLIC_URL?: string },
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'setup', '--', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
