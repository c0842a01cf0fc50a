import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseError } from '../../../src/db/errors.js';
import { InputError } from '../../../src/graph/shared/input-error.js';
import { formatError } from '../../../src/graphql/errors.js';
import { BriefingFileError } from '../../../src/ingest/briefing-errors.js';

const internal = { message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
// As a resolver's error reaches formatError: wrapped, with the path of the field that threw.
const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('what clients see of errors', () => {
  it('keeps expected failures with a stable code and the fields named', () => {
    const briefing = formatError(internal, wrapped(new BriefingFileError('input', [{ path: 'relations.0.type', message: 'bad' }])));
    expect(briefing).toMatchObject({ message: 'input: relations.0.type: bad', extensions: { code: 'BAD_BRIEFING', problems: [{ path: 'relations.0.type' }] } });
    expect(formatError(internal, wrapped(new InputError('depth', 'must be between 0 and 4')))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'depth' },
    });
  });

  it('masks unknown errors and database internals', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(formatError(internal, wrapped(new Error('secret stack detail')))).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatError(internal, wrapped(new DatabaseError('DATABASE_ERROR', 'Neo.ClientError… password', 'q')))).toMatchObject({
      message: 'The graph database failed to answer.',
      extensions: { code: 'DATABASE_ERROR' },
    });
    expect(formatError(internal, wrapped(new DatabaseError('DATABASE_UNAVAILABLE', 'Neo4j is unavailable', 'q')))).toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
