import { briefingFileSchema, type BriefingFile } from './briefing-format.js';
import { BriefingFileError, problemsFromZod } from './briefing-errors.js';
import { readBriefingFile } from './read-briefing-file.js';

/** Validates a briefing (already parsed from JSON/YAML or received by the API). `source` names it in errors. */
export function parseBriefing(data: unknown, source: string): BriefingFile {
  const result = briefingFileSchema.safeParse(data);
  if (!result.success) throw new BriefingFileError(source, problemsFromZod(result.error));
  return result.data;
}

export async function loadBriefingFile(file: string): Promise<BriefingFile> {
  return parseBriefing(await readBriefingFile(file), file);
}
