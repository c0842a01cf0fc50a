import type { ExportGraph } from './model.js';

/** One file format. Each exporter is a pure function of the graph: no I/O, no database. */
export interface Exporter {
  /** The name used in URLs and on the command line. */
  format: string;
  /** What it is for, shown in usage messages. */
  description: string;
  contentType: string;
  /** File name extension, with its dot. */
  extension: string;
  write(graph: ExportGraph): string;
}
