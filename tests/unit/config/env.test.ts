import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv, neo4jTarget } from '../../../src/config/env.js';
import { storePasswordFile } from '../../../src/config/store-password.js';

// The generated password is a file beside the store: a throw-away folder stands for the store.
const stores = mkdtempSync(path.join(os.tmpdir(), 'env-test-'));
afterAll(() => rmSync(stores, { recursive: true, force: true }));

describe('configuration', () => {
  it('runs its own local Neo4j when NEO4J_URI is unset', () => {
    const env = loadEnv({ NEO4J_DATA_DIR: path.join(stores, 'a') });
    expect(neo4jTarget(env)).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: expect.any(String), database: 'neo4j', local: true });
    expect(env.PORT).toBe(4000);
    expect(neo4jTarget(loadEnv({ NEO4J_PORT: '7999', NEO4J_DATA_DIR: path.join(stores, 'a') })).uri).toBe('bolt://127.0.0.1:7999');
  });

  it('uses the server NEO4J_URI names, routing scheme included', () => {
    const target = neo4jTarget(loadEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'graph' }));
    expect(target).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', password: 's3cret', database: 'graph', local: false });
  });

  it('lists every bad variable at once', () => {
    expect(() => loadEnv({ PORT: 'eighty', NEO4J_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadEnv({ PORT: 'eighty', NEO4J_PORT: '70000' })).toThrow(/^ {2}PORT: /m);
    expect(() => loadEnv({ PORT: 'eighty', NEO4J_PORT: '70000' })).toThrow(/^ {2}NEO4J_PORT: /m);
  });

  it('treats empty variables as unset', () => {
    expect(neo4jTarget(loadEnv({ NEO4J_URI: '', NEO4J_DATA_DIR: path.join(stores, 'a') })).local).toBe(true);
  });

  it('generates the local Neo4j’s password per store, kept beside it for its owner only; a remote one needs NEO4J_PASSWORD', () => {
    const first = neo4jTarget(loadEnv({ NEO4J_DATA_DIR: path.join(stores, 'one') })).password;
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(neo4jTarget(loadEnv({ NEO4J_DATA_DIR: path.join(stores, 'one') })).password).toBe(first);
    expect(statSync(storePasswordFile(path.join(stores, 'one'))).mode & 0o777).toBe(0o600);
    expect(neo4jTarget(loadEnv({ NEO4J_DATA_DIR: path.join(stores, 'two') })).password).not.toBe(first);
    expect(neo4jTarget(loadEnv({ NEO4J_DATA_DIR: path.join(stores, 'one'), NEO4J_PASSWORD: 'chosen-by-me' })).password).toBe('chosen-by-me');
    expect(() => neo4jTarget(loadEnv({ NEO4J_URI: 'bolt://db.internal:7687' }))).toThrow(/NEO4J_PASSWORD: is needed with NEO4J_URI/);
  });
});
