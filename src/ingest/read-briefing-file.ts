import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { BriefingFileError } from './briefing-errors.js';

/**
 * Reads a briefing file (JSON, or YAML for `.yaml`/`.yml`) into a plain object, not yet validated.
 * A file may keep the briefing's text beside it: `briefing.textFile` (relative to the file) is
 * read into `briefing.text`, so long texts need not be escaped into JSON.
 */
export async function readBriefingFile(file: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new BriefingFileError(file, [{ path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? YAML.parse(raw) : JSON.parse(raw);
  } catch (error) {
    throw new BriefingFileError(file, [{ path: '', message: `is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}` }]);
  }
  if (!/\.ya?ml$/i.test(file)) rejectDuplicateKeys(file, raw);
  return inlineTextFile(file, data);
}

async function inlineTextFile(file: string, data: unknown): Promise<unknown> {
  const briefing = (data as { briefing?: Record<string, unknown> } | null)?.briefing;
  if (!briefing || typeof briefing !== 'object' || !('textFile' in briefing)) return data;
  const { textFile, ...rest } = briefing;
  if (typeof textFile !== 'string') {
    throw new BriefingFileError(file, [{ path: 'briefing.textFile', message: 'must be a path relative to the file' }]);
  }
  const folder = await realpath(path.dirname(file));
  let textPath: string;
  try {
    // The real path, links followed: a link beside the file must not lead out of its folder either.
    textPath = await realpath(path.resolve(folder, textFile));
    rest.text = insideFolder(folder, textPath) ? await readFile(textPath, 'utf8') : undefined;
  } catch {
    throw new BriefingFileError(file, [{ path: 'briefing.textFile', message: `cannot read ${textFile} beside the file` }]);
  }
  if (rest.text === undefined) {
    throw new BriefingFileError(file, [{ path: 'briefing.textFile', message: `must name a file in the briefing's folder or below it, not ${textFile}` }]);
  }
  return { ...(data as object), briefing: rest };
}

function insideFolder(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * JSON.parse keeps the last of two equal keys without a word, so a file could say two things and
 * be read as one; YAML's parser (a superset of JSON) reports them.
 */
function rejectDuplicateKeys(file: string, raw: string): void {
  const duplicates = YAML.parseDocument(raw, { uniqueKeys: true }).errors.filter((error) => error.code === 'DUPLICATE_KEY');
  if (duplicates.length === 0) return;
  throw new BriefingFileError(
    file,
    duplicates.map((error) => ({ path: '', message: `has a duplicate key (line ${error.linePos?.[0].line ?? '?'}): each key may appear once in an object` })),
  );
}
