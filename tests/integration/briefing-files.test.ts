import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BriefingFileError } from '../../src/ingest/briefing-errors.js';
import { readBriefingFile } from '../../src/ingest/read-briefing-file.js';

const root = await mkdtemp(path.join(os.tmpdir(), 'briefing-files-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function problemsOf(file: string): Promise<string[]> {
  try {
    await readBriefingFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingFileError);
    return (error as BriefingFileError).problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  return [];
}

describe('reading briefing files (issue 8)', () => {
  it('reads briefing.textFile only from the briefing’s folder or below, links followed', async () => {
    const folder = path.join(root, 'briefings');
    await mkdir(path.join(folder, 'texts'), { recursive: true });
    await writeFile(path.join(root, 'secret.txt'), 'outside');
    await writeFile(path.join(folder, 'texts', 'a.txt'), 'Shoigu met Le Drian.');
    await symlink(path.join(root, 'secret.txt'), path.join(folder, 'link.txt'));
    const briefing = (textFile: string) =>
      JSON.stringify({ briefing: { id: 'b', title: 't', publishedAt: '2015-12-22', textFile }, actors: [], relations: [] });
    const files: Record<string, string> = { inside: 'texts/a.txt', parent: '../secret.txt', absolute: '/etc/passwd', link: 'link.txt' };
    for (const [name, textFile] of Object.entries(files)) await writeFile(path.join(folder, `${name}.json`), briefing(textFile));
    expect(await readBriefingFile(path.join(folder, 'inside.json'))).toMatchObject({ briefing: { text: 'Shoigu met Le Drian.' } });
    for (const name of ['parent', 'absolute', 'link']) {
      expect(await problemsOf(path.join(folder, `${name}.json`))).toEqual([
        expect.stringMatching(/^briefing\.textFile: must name a file in the briefing's folder/),
      ]);
    }
  });

  it('refuses duplicate keys in JSON, which JSON.parse would silently drop', async () => {
    const file = path.join(root, 'duplicate.json');
    await writeFile(file, '{"briefing": {"id": "b", "title": "first", "title": "second", "publishedAt": "2015-12-22"}, "actors": [], "relations": []}');
    expect(await problemsOf(file)).toEqual([expect.stringMatching(/duplicate key/)]);
  });
});
