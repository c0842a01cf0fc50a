import path from 'node:path';
import { PROJECT_ROOT } from '../../config/env.js';

/** Where the bundled pages go (git-ignored); the server serves them from here. */
export const WEB_BUILD_DIR = path.join(PROJECT_ROOT, '.web');
