import { describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../../../src/db/local/server.js';
import { findJava, ToolchainError } from '../../../src/db/local/toolchain.js';

describe('what the local Neo4j needs', () => {
  it('says which JDK is missing and that NEO4J_URI is the way around it', () => {
    expect(() => findJava('/nonexistent/jdk')).toThrow(ToolchainError);
    expect(() => findJava('/nonexistent/jdk')).toThrow(/JAVA_HOME is \/nonexistent\/jdk[\s\S]*NEO4J_URI/);
  });

  it('refuses a password Neo4j would refuse, before starting anything', async () => {
    await expect(startLocalNeo4j({ port: 1, dataDir: '/nonexistent', password: 'short', pagecacheMb: 16, heapMb: 128 }, false)).rejects.toThrow(
      /NEO4J_PASSWORD must have at least 8 characters/,
    );
  });
});
