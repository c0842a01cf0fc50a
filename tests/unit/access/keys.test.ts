import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccessError, authenticate } from '../../../src/access/authenticate.js';
import { Keyring, KeyringError, MIN_API_KEY_LENGTH } from '../../../src/access/keyring.js';
import { assertMayListen, isLoopback } from '../../../src/access/listen-policy.js';
import { LOCAL_ANALYST } from '../../../src/access/principal.js';

const READER = 'r'.repeat(MIN_API_KEY_LENGTH);
const EDITOR = 'e'.repeat(MIN_API_KEY_LENGTH + 8);

describe('API keys', () => {
  const keyring = Keyring.parse(`ana:reader:${READER}, ed:editor:${EDITOR}`, 'DIPLOGRAPH_API_KEYS');

  it('finds the principal of a key, by either header, and nothing for another key', () => {
    expect(authenticate({ authorization: `Bearer ${READER}` }, keyring)).toEqual({ id: 'ana', role: 'reader' });
    expect(authenticate({ 'x-api-key': EDITOR }, keyring)).toEqual({ id: 'ed', role: 'editor' });
    expect(keyring.find(`${READER}x`)).toBeUndefined();
    expect(keyring.find(READER.slice(1))).toBeUndefined();
    expect(keyring.find('')).toBeUndefined();
  });

  it('refuses a missing, malformed or unknown key with UNAUTHENTICATED', () => {
    for (const headers of [{}, { authorization: `Basic ${READER}` }, { authorization: 'Bearer' }, { 'x-api-key': 'guess' }]) {
      expect(() => authenticate(headers, keyring)).toThrow(AccessError);
      try {
        authenticate(headers, keyring);
      } catch (error) {
        expect((error as AccessError).code).toBe('UNAUTHENTICATED');
        expect((error as AccessError).httpStatus).toBe(401);
      }
    }
  });

  it('with no keys, everyone is the local analyst', () => {
    expect(authenticate({}, Keyring.EMPTY)).toBe(LOCAL_ANALYST);
    expect(LOCAL_ANALYST.role).toBe('editor');
  });

  it('rejects bad entries naming their position, never their secret', () => {
    const secret = 'short-secret';
    let message = '';
    try {
      Keyring.parse(`ok:reader:${READER}\nbad id:admin:${secret}\nok:editor:${EDITOR}`, 'DIPLOGRAPH_API_KEYS');
    } catch (error) {
      expect(error).toBeInstanceOf(KeyringError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/entry 2: the id must be/);
    expect(message).toMatch(/entry 2: the role must be one of reader, editor/);
    expect(message).toMatch(/entry 2: the key must be at least 24 characters/);
    expect(message).toMatch(/entry 3: the id "ok" is used twice/);
    expect(message).not.toContain(secret);
  });

  it('loads keys from a file beside the variable, comments allowed', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'keys-')), 'keys');
    writeFileSync(file, `# analysts\nfile-reader:reader:${READER}\n`, { mode: 0o600 });
    const both = Keyring.load({ keys: `ed:editor:${EDITOR}`, keysFile: file });
    expect(both.size).toBe(2);
    expect(both.find(READER)).toEqual({ id: 'file-reader', role: 'reader' });
    expect(() => Keyring.load({ keysFile: path.join(file, 'missing') })).toThrow(/DIPLOGRAPH_API_KEYS_FILE: cannot read/);
  });
});

describe('where the server may listen', () => {
  it('only on loopback without keys', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(() => assertMayListen('127.0.0.1', Keyring.EMPTY)).not.toThrow();
    expect(() => assertMayListen('0.0.0.0', Keyring.EMPTY)).toThrow(/Refusing to listen on 0\.0\.0\.0 without API keys/);
    expect(() => assertMayListen('0.0.0.0', Keyring.parse(`a:reader:${READER}`, 'x'))).not.toThrow();
  });
});
