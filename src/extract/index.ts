export { extractBriefing, EXTRACTOR_ID, EXTRACTOR_NAME, EXTRACTOR_VERSION } from './extract-briefing.js';
export type { BriefingMetaInput, ExtractOptions, KnownActor } from './extract-briefing.js';
export { parseExtractArgs, ExtractUsageError } from './cli-args.js';
