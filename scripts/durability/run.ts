/** npm run test:durability — 100 SIGKILLs of a writing process; the last line is the contract. */
import { crashTest } from './crash-test';

const result = await crashTest(100, (line) => console.log(line));
for (const failure of result.failures) console.error(failure);
console.log(
  `durability: ${result.survived}/${result.kills} kills survived, ${result.acknowledged} acknowledged writes, ${result.lost} lost, integrity ${result.integrityOk ? 'ok' : 'FAILED'}`,
);
process.exit(result.failures.length === 0 ? 0 : 1);
