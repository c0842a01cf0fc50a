import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseGold, type GoldFile } from '../../eval/gold.js';
import type { ParsedDocument } from '../../nlp/document.js';
import type { StoredParses } from '../../nlp/parser.js';

/** An annotated briefing with its stored parse: one unit of training (and of cross-validation). */
export interface AnnotatedBriefing {
  /** The folder holding it, relative to the project root, and its text's file name. */
  folder: string;
  file: string;
  text: string;
  gold: GoldFile;
  parse: ParsedDocument;
  /** sha256 of its text, gold and parse: what the model learnt from it. */
  hash: string;
}

/** What the extractor is told of an annotated briefing beside its text (its gold header; the id stands in for a missing title). */
export const briefingMeta = (b: AnnotatedBriefing) => ({
  publishedAt: b.gold.briefing.publishedAt,
  id: b.gold.briefing.id,
  title: b.gold.briefing.title ?? b.gold.briefing.id,
});

/** Where annotated briefings live when no folder is named (relative to the project root). */
export const DEFAULT_TRAINING_FOLDERS = [path.join('tests', 'fixtures', 'briefings'), 'seeds'];

const checkSplitSchema = z.object({ why: z.string(), briefings: z.array(z.string()) });

/** The briefings never trained on (src/extract/learned/check-split.json), by file name without extension. */
export function checkSplit(): ReadonlySet<string> {
  const file = fileURLToPath(new URL('./check-split.json', import.meta.url));
  return new Set(checkSplitSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).briefings);
}

/** The `*.txt` files with a `*.gold.json` beside them, in the given files or folders, in name order. */
export function annotatedTexts(targets: readonly string[]): string[] {
  const files = targets.flatMap((target) =>
    statSync(target).isDirectory()
      ? readdirSync(target)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => path.join(target, f))
      : [target],
  );
  return files.filter((f) => {
    try {
      return statSync(f.replace(/\.txt$/, '.gold.json')).isFile();
    } catch {
      return false;
    }
  });
}

/** Reads annotated briefings and their stored parses; a briefing with no stored parse is an error naming it. */
export function readAnnotated(files: readonly string[], parses: StoredParses, root: string): AnnotatedBriefing[] {
  return files.map((file) => {
    const goldPath = file.replace(/\.txt$/, '.gold.json');
    const goldRaw = readFileSync(goldPath, 'utf8');
    const gold = parseGold(JSON.parse(goldRaw), goldPath);
    const text = readFileSync(file, 'utf8');
    const parse = parses.get(text, gold.briefing.publishedAt);
    if (!parse) throw new Error(`${file}: no stored parse (npm run nlp:store-parses) for its text and date ${gold.briefing.publishedAt}`);
    const hash = createHash('sha256').update(text).update('\0').update(goldRaw).update('\0').update(JSON.stringify(parse)).digest('hex');
    return { folder: path.relative(root, path.dirname(path.resolve(file))), file: path.basename(file), text, gold, parse, hash };
  });
}

/** One hash for a training set: its briefings' hashes in name order, with the feature code's version. */
export function trainingHash(briefings: readonly AnnotatedBriefing[], featureVersion: number): string {
  const h = createHash('sha256').update(`features ${featureVersion}\n`);
  for (const b of [...briefings].sort((x, y) => x.file.localeCompare(y.file))) h.update(`${b.file} ${b.hash}\n`);
  return h.digest('hex');
}
