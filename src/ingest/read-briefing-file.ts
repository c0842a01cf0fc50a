import { readFile } from 'node:fs/promises';
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
  return inlineTextFile(file, data);
}

async function inlineTextFile(file: string, data: unknown): Promise<unknown> {
  const briefing = (data as { briefing?: Record<string, unknown> } | null)?.briefing;
  if (!briefing || typeof briefing !== 'object' || !('textFile' in briefing)) return data;
  const { textFile, ...rest } = briefing;
  if (typeof textFile !== 'string') {
    throw new BriefingFileError(file, [{ path: 'briefing.textFile', message: 'must be a path relative to the file' }]);
  }
  const textPath = path.resolve(path.dirname(file), textFile);
  try {
    rest.text = await readFile(textPath, 'utf8');
  } catch {
    throw new BriefingFileError(file, [{ path: 'briefing.textFile', message: `cannot read ${textPath}` }]);
  }
  return { ...(data as object), briefing: rest };
}
