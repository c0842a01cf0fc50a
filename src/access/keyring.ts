import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ROLES, type Principal, type Role } from './principal.js';

/** A key shorter than this is refused at start-up: it could be guessed. */
export const MIN_API_KEY_LENGTH = 24;

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

interface StoredKey {
  principal: Principal;
  /** SHA-256 of the key: the key itself is not kept, so it cannot leak into a log or a dump. */
  digest: Buffer;
}

export class KeyringError extends Error {}

/**
 * The API keys the server accepts. Each is written `id:role:key` (one per line or comma-separated),
 * e.g. `alice:editor:3f9c…`; the id names the caller in the audit trail and logs, the key is the secret.
 */
export class Keyring {
  private constructor(private readonly keys: readonly StoredKey[]) {}

  static readonly EMPTY = new Keyring([]);

  /** Parses entries, listing every bad one by its position (never by its text, which holds a secret). */
  static parse(text: string, source: string): Keyring {
    const entries = text
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    const problems: string[] = [];
    const keys: StoredKey[] = [];
    const ids = new Set<string>();
    entries.forEach((entry, index) => {
      const [id = '', role = '', ...rest] = entry.split(':');
      const key = rest.join(':');
      const where = `${source} entry ${index + 1}`;
      if (!KEY_ID.test(id)) problems.push(`${where}: the id must be 1-64 letters, digits, dots, dashes or underscores`);
      else if (ids.has(id)) problems.push(`${where}: the id "${id}" is used twice`);
      if (!(ROLES as readonly string[]).includes(role)) problems.push(`${where}: the role must be one of ${ROLES.join(', ')}`);
      if (key.length < MIN_API_KEY_LENGTH) problems.push(`${where}: the key must be at least ${MIN_API_KEY_LENGTH} characters`);
      ids.add(id);
      keys.push({ principal: { id, role: role as Role }, digest: digest(key) });
    });
    if (problems.length > 0) throw new KeyringError(`Invalid API keys:\n  ${problems.join('\n  ')}`);
    return new Keyring(keys);
  }

  /** Keys from DIPLOGRAPH_API_KEYS and the file DIPLOGRAPH_API_KEYS_FILE names, together. */
  static load(options: { keys?: string | undefined; keysFile?: string | undefined }): Keyring {
    const parts: StoredKey[] = [];
    if (options.keys) parts.push(...Keyring.parse(options.keys, 'DIPLOGRAPH_API_KEYS').keys);
    if (options.keysFile) {
      let text: string;
      try {
        text = readFileSync(options.keysFile, 'utf8');
      } catch (error) {
        throw new KeyringError(`DIPLOGRAPH_API_KEYS_FILE: cannot read ${options.keysFile}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      parts.push(...Keyring.parse(text, 'DIPLOGRAPH_API_KEYS_FILE').keys);
    }
    const seen = new Set<string>();
    for (const { principal } of parts) {
      if (seen.has(principal.id)) throw new KeyringError(`Invalid API keys: the id "${principal.id}" is used twice`);
      seen.add(principal.id);
    }
    return new Keyring(parts);
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * The principal a presented key belongs to, or undefined. Every stored key is compared, in
   * constant time over fixed-length digests, so timing tells nothing about which or how much matched.
   */
  find(presented: string): Principal | undefined {
    const candidate = digest(presented);
    let found: Principal | undefined;
    for (const key of this.keys) {
      if (timingSafeEqual(key.digest, candidate) && !found) found = key.principal;
    }
    return found;
  }
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}
