import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the local Neo4j's generated password is kept, beside its store, readable by its owner only. */
export const storePasswordFile = (dataDir: string) => path.join(dataDir, 'neo4j-password');
/** 24 random bytes: 32 characters in base64url, far above Neo4j's minimum of 8. */
const PASSWORD_BYTES = 24;

/**
 * The local Neo4j's password when NEO4J_PASSWORD is not set: generated once per store and kept in
 * the store folder with mode 0600, so no two stores share a password and none is a constant in the
 * source. The server and every command read it from there.
 */
export function storePassword(dataDir: string): string {
  const file = storePasswordFile(dataDir);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept !== '') return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(PASSWORD_BYTES).toString('base64url');
  try {
    writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
  chmodSync(file, 0o600); // whatever the umask
  return password;
}
