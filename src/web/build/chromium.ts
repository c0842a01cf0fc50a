/** Debian's Chromium: the only browser the tests and the explorer bench drive (never a downloaded one). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, offline, no GPU, no first-run or sync traffic; a fresh profile is given per launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
