import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../../../src/graph/shared/records.js';
import { ActorLoader } from '../../../src/graphql/loaders.js';

const actor = (id: string, name: string) => ({ id, name }) as unknown as ActorRecord;

/** A loader whose statement answers every id with the actor named "loaded", counting its batches. */
function loader() {
  const batches: string[][] = [];
  const load = new ActorLoader(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => actor(id, 'loaded'));
  });
  return { load, batches };
}

describe('the actor loader', () => {
  it('knows, without a promise, the actor primed before anything asked for it: what load answers', async () => {
    const { load, batches } = loader();
    load.prime('a', actor('a', 'primed'));
    expect(load.known('a')).toEqual(actor('a', 'primed'));
    expect(await load.load('a')).toBe(load.known('a'));
    expect(batches).toEqual([]);
  });

  it('knows no actor loaded, nor one primed after a load or another prime (the cache keeps the first)', async () => {
    const { load } = loader();
    expect(load.known('a')).toBeUndefined();
    const loaded = load.load('a');
    load.prime('a', actor('a', 'primed later'));
    expect(load.known('a')).toBeUndefined();
    expect((await loaded)?.name).toBe('loaded');
    load.prime('b', actor('b', 'first'));
    load.prime('b', actor('b', 'second'));
    expect(load.known('b')?.name).toBe('first');
    expect((await load.load('b'))?.name).toBe('first');
    // Neither an error nor a missing actor primed is known: load answers them as before.
    load.prime('c', new Error('gone'));
    load.prime('d', null);
    expect(load.known('c')).toBeUndefined();
    expect(load.known('d')).toBeUndefined();
    await expect(load.load('c')).rejects.toThrow('gone');
  });

  it('forgets an actor cleared, as its cache does', async () => {
    const { load } = loader();
    load.prime('a', actor('a', 'primed'));
    load.clear('a');
    expect(load.known('a')).toBeUndefined();
    load.prime('a', actor('a', 'again'));
    expect(load.known('a')?.name).toBe('again');
    load.clearAll();
    expect(load.known('a')).toBeUndefined();
    expect((await load.load('a'))?.name).toBe('loaded');
  });
});
