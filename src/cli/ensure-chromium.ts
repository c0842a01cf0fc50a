import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../web/build/chromium.js';
import { runCommand } from './run-cli.js';

/**
 * Makes sure Debian's Chromium is installed for the browser test (run before `npm test`): as root
 * on a machine without it, installs the `chromium` package with apt-get. Never downloads a browser
 * from anywhere else. Without root, says what to install and leaves the test to report it.
 */
function ensureChromium(): number {
  if (existsSync(CHROMIUM_PATH)) return 0;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.error(`${CHROMIUM_PATH} is missing: install Debian's chromium package (apt-get install chromium); the browser test needs it.`);
    return 0;
  }
  console.error(`${CHROMIUM_PATH} is missing: installing Debian's chromium package…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium', 'fonts-liberation'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}); the browser test will fail until chromium is installed.`);
      return 0;
    }
  }
  return existsSync(CHROMIUM_PATH) ? 0 : 1;
}

runCommand(
  {
    name: 'ensure-chromium',
    usage: '',
    summary: "Installs Debian's chromium package for the browser test when it is missing (as root, with apt-get); run before npm test.",
    options: {},
  },
  async () => ensureChromium(),
);
