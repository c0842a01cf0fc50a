import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';

/** schema.graphql is the contract; its descriptions are the analysts' manual. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');
