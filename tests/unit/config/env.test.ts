import { describe, expect, it } from 'vitest';
import { ConfigError, LOCAL_NEO4J_DEFAULT_PASSWORD, loadEnv, neo4jTarget } from '../../../src/config/env.js';

describe('configuration', () => {
  it('runs its own local Neo4j when NEO4J_URI is unset', () => {
    const env = loadEnv({});
    expect(neo4jTarget(env)).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: LOCAL_NEO4J_DEFAULT_PASSWORD, database: 'neo4j', local: true });
    expect(env.PORT).toBe(4000);
    expect(neo4jTarget(loadEnv({ NEO4J_PORT: '7999' })).uri).toBe('bolt://127.0.0.1:7999');
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
    expect(neo4jTarget(loadEnv({ NEO4J_URI: '' })).local).toBe(true);
  });
});
