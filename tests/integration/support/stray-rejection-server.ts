// A tiny HTTP server with the API's process guard installed: GET /reject leaves a promise rejected
// with nobody to handle it; GET / answers "alive". Spawned by tests/integration/process-guards.test.ts.
import http from 'node:http';
import { createLogger } from '../../../src/observability/logger.js';
import { keepRunningOnUnhandledRejection } from '../../../src/server/process-guards.js';

keepRunningOnUnhandledRejection(createLogger('info'));
const server = http.createServer((req, res) => {
  if (req.url === '/reject') void Promise.reject(new Error('stray failure nobody awaits'));
  res.end('alive');
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : '?'}`);
});
