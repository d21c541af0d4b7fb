/**
 * Two API-like JSON bodies to compare, the same from run to run: an array of records (some with ids
 * past 2^53) where B has 2 % of the items moved and 1 % edited. Used by `npm run bench` and by the
 * Compare end-to-end test.
 */
import { seededRandom } from './seededRandom';

/** Share of items moved elsewhere, and share edited (their score becomes -1.5). */
export const MOVED_SHARE = 0.02;
export const EDITED_SHARE = 0.01;
/** Share of items whose id does not fit in a double (needs 64 bits). */
const WIDE_ID_SHARE = 0.01;
const SEED = 20240601;

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

function itemText(random: () => number, index: number, idText: string, edited: boolean): string {
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'x';
  const drawn = (random() * 1000).toFixed(3);
  const score = edited ? '-1.5' : drawn;
  return (
    `{"id":${idText},"name":"${word()} ${word()}","email":"user${index}@example.com",` +
    `"active":${random() < 0.5},"score":${score},"tags":["${word()}","${word()}"],` +
    `"address":{"city":"${word()}ville","zip":"${10000 + index}"},"updatedAt":"2024-06-0${1 + (index % 9)}"}`
  );
}

/** Two bodies built from the same seed: B has MOVED_SHARE of the items moved and EDITED_SHARE edited. */
export function makeBodies(count: number): { a: string; b: string } {
  const random = seededRandom(SEED);
  const ids = Array.from({ length: count }, (_, i) =>
    random() < WIDE_ID_SHARE ? String(9_000_000_000_000_000_000n + BigInt(i) * 4096n) : String(i + 1),
  );
  const state = seededRandom(SEED + 1);
  const itemsA: string[] = [];
  const itemsB: string[] = [];
  for (let i = 0; i < count; i++) {
    const itemSeed = Math.floor(state() * 2 ** 31);
    const edited = state() < EDITED_SHARE;
    itemsA.push(itemText(seededRandom(itemSeed), i, ids[i] ?? '0', false));
    itemsB.push(itemText(seededRandom(itemSeed), i, ids[i] ?? '0', edited));
  }
  const moves = Math.round(count * MOVED_SHARE);
  for (let m = 0; m < moves; m++) {
    const from = Math.floor(random() * itemsB.length);
    const [item] = itemsB.splice(from, 1);
    if (item !== undefined) itemsB.splice(Math.floor(random() * itemsB.length), 0, item);
  }
  return { a: `[${itemsA.join(',')}]`, b: `[${itemsB.join(',')}]` };
}
