import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { ReplayBudget, type Replayer } from './replay-budget.js';

const user = (userId: string) => ({ kind: 'user', userId }) as unknown as Viewer;
const credentialOf = (v: Viewer) => `user:${(v as unknown as { userId: string }).userId}`;
/** The reads a finished one lets start have started: they are handed on after the pending I/O. */
const settled = async () => {
  for (let turn = 0; turn < 2; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};
const who = (userId: string, perEvent = 10): Replayer => ({ viewer: user(userId), address: null, perEvent });

/** A read the test finishes when it chooses, recording how many run at once. */
function reads() {
  const open: Array<{ name: string; finish: (rows: number[]) => void }> = [];
  const log: string[] = [];
  const read = (name: string) => () =>
    new Promise<number[]>((resolve) => {
      log.push(name);
      open.push({ name, finish: resolve });
    });
  const finish = async (name: string, rows: number[] = [1]) => {
    const i = open.findIndex((o) => o.name === name);
    if (i < 0) throw new Error(`${name} is not running (running: ${open.map((o) => o.name).join(', ')})`);
    open.splice(i, 1)[0]!.finish(rows);
    await settled();
  };
  return { read, finish, running: () => open.map((o) => o.name), log };
}

describe('ReplayBudget', () => {
  it("runs one credential's reads one at a time, in the order they asked", async () => {
    const budget = new ReplayBudget({ perCredential: 1, atOnce: 4 }, credentialOf, async () => {});
    const r = reads();
    const done = ['a1', 'a2', 'a3'].map((n) => budget.read(who('a'), r.read(n)));
    await settled();
    expect(r.running()).toEqual(['a1']);
    expect(budget.queued).toBe(2);
    await r.finish('a1');
    expect(r.running()).toEqual(['a2']);
    await r.finish('a2');
    await r.finish('a3');
    await Promise.all(done);
    expect(r.log).toEqual(['a1', 'a2', 'a3']);
    expect(budget.queued).toBe(0);
  });

  it("lets another credential's read pass a credential that is waiting for its own turn", async () => {
    const budget = new ReplayBudget({ perCredential: 1, atOnce: 2 }, credentialOf, async () => {});
    const r = reads();
    void budget.read(who('a'), r.read('a1'));
    void budget.read(who('a'), r.read('a2'));
    void budget.read(who('b'), r.read('b1'));
    await settled();
    expect(r.running()).toEqual(['a1', 'b1']);
    await r.finish('b1');
    expect(r.running()).toEqual(['a1']);
    await r.finish('a1');
    expect(r.running()).toEqual(['a2']);
  });

  it('holds the whole instance to atOnce reads, whoever asks', async () => {
    const budget = new ReplayBudget({ perCredential: 1, atOnce: 2 }, credentialOf, async () => {});
    const r = reads();
    for (const n of ['a', 'b', 'c', 'd']) void budget.read(who(n), r.read(n));
    await settled();
    expect(r.running()).toEqual(['a', 'b']);
    await r.finish('a');
    expect(r.running()).toEqual(['b', 'c']);
  });

  it('charges what was read at the cost per event, after giving the slot back', async () => {
    const charged: Array<[string, number]> = [];
    let paid!: () => void;
    const budget = new ReplayBudget({ perCredential: 1, atOnce: 1 }, credentialOf, (v, _a, cost) => {
      charged.push([credentialOf(v), cost]);
      return new Promise((resolve) => (paid = resolve));
    });
    const r = reads();
    let first: number[] | null = null;
    void budget.read(who('a', 7), r.read('a1')).then((rows) => (first = rows));
    void budget.read(who('b'), r.read('b1'));
    await settled();
    await r.finish('a1', [1, 2, 3]);
    expect(charged).toEqual([['user:a', 21]]);
    // a's budget is spent: its page waits to be delivered, but b reads meanwhile.
    expect(first).toBeNull();
    expect(r.running()).toEqual(['b1']);
    paid();
    await settled();
    expect(first).toEqual([1, 2, 3]);
  });

  it('hands a slot on only after the requests already waiting for the event loop have run', async () => {
    const budget = new ReplayBudget({ perCredential: 1, atOnce: 1 }, credentialOf, async () => {});
    const r = reads();
    void budget.read(who('a'), r.read('a1'));
    void budget.read(who('a'), r.read('a2'));
    await settled();
    // Another caller's request, arrived while a1 was being read.
    let seenByOther: string[] | null = null;
    setImmediate(() => (seenByOther = r.running()));
    await r.finish('a1');
    expect(seenByOther).toEqual([]);
    expect(r.running()).toEqual(['a2']);
  });

  it('gives the slot back when a read fails', async () => {
    const budget = new ReplayBudget({ perCredential: 1, atOnce: 1 }, credentialOf, async () => {});
    await expect(budget.read(who('a'), () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    await expect(budget.read(who('a'), async () => [1])).resolves.toEqual([1]);
  });
});
