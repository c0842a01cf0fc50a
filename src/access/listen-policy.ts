import type { Keyring } from './keyring.js';

/** Hosts that only this machine can reach. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Without keys anyone who reaches the port may write, so only this machine may reach it. */
export function assertMayListen(host: string, keyring: Keyring): void {
  if (keyring.size === 0 && !isLoopback(host)) {
    throw new Error(
      `Refusing to listen on ${host} without API keys: anyone on the network could change the graph. ` +
        'Set DIPLOGRAPH_API_KEYS or DIPLOGRAPH_API_KEYS_FILE (see README, "Running it in front of people"), or listen on 127.0.0.1.',
    );
  }
}
