import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { encoderFiles, ENCODER_ID, ensureEncoderFiles } from '../nlp/encoder/encoder-files.js';
import { runCommand } from './run-cli.js';

/**
 * `npm run nlp:encoder`: fetches the learned relation layer's sentence encoder with Maven and unpacks it into .encoder/
 * (16 MB, once; run before `npm test`). Extraction would otherwise fetch it on first use.
 */
runCommand(
  {
    name: 'encoder',
    usage: '',
    summary: `Fetches the learned relation layer's sentence encoder (${ENCODER_ID}) with Maven into .encoder/ (once; later runs only check it is there).`,
    options: {},
  },
  async () => {
    await ensureEncoderFiles(undefined, (line) => process.stderr.write(`${line}\n`));
    process.stderr.write(`sentence encoder ready: ${path.relative(PROJECT_ROOT, encoderFiles().model)}\n`);
    return 0;
  },
);
