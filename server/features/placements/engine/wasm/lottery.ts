// The stable objective's lottery for every student at once: the same FNV-1a with a fixed seed over the
// id's UTF-16 code units as lotteryNumber in engine/stable-setup.ts (the explanations' copy), lower is
// better. Drawn here because 10,000 string hashes were milliseconds of cold JavaScript.
import { get, newF64Array, setF64 } from './memory';

/** The ids' code units end to end (`units`, u16) and each id's length (`lengths`); returns n f64 numbers. */
export function drawLottery(units: usize, lengths: usize, n: i32): usize {
  const lottery = newF64Array(n);
  let i = 0;
  for (let s = 0; s < n; s++) {
    let h: u32 = 0x811c9dc5 ^ 0x5eed;
    for (const end = i + get(lengths, s); i < end; i++) {
      h ^= <u32>load<u16>(units + ((<usize>i) << 1));
      h *= 0x01000193;
    }
    setF64(lottery, s, <f64>h);
  }
  return lottery;
}
