// `npm run checks` (the first half of `npm test`): the static checks — ESLint, the type check, format,
// module boundaries, dead code — two at a time. Run one after another they took ~160 s on our two cores,
// ESLint alone ~100 s; beside it the other four fit in its time. Each check's output is printed whole
// when it ends, so two never interleave; the command fails when any check fails. Decision 096.
import { spawn } from 'node:child_process';

/** Longest first: ESLint takes one slot for its whole run, the others follow each other in the second. */
const CHECKS = ['lint:eslint', 'typecheck', 'lint:format', 'lint:boundaries', 'lint:dead'];
const AT_ONCE = 2;

function run(script: string): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      process.stdout.write(`${ok ? '✓' : '✗'} npm run ${script} (${seconds} s)\n${Buffer.concat(output).toString()}`);
      resolve(ok);
    });
  });
}

async function main(): Promise<void> {
  const queue = [...CHECKS];
  const results: boolean[] = [];
  const slot = async (): Promise<void> => {
    for (let script = queue.shift(); script !== undefined; script = queue.shift()) results.push(await run(script));
  };
  await Promise.all(Array.from({ length: AT_ONCE }, slot));
  const failed = results.filter((ok) => !ok).length;
  if (failed > 0) {
    process.stdout.write(`${failed} of ${CHECKS.length} checks failed\n`);
    process.exitCode = 1;
  }
}

void main();
