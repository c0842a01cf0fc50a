import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

declare const __COOKBOOK__: { title: string; query: string }[];

/** Monaco's workers are bundled beside the page (see src/web/build/build-web.ts). */
(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    const name = label === 'json' ? 'json.worker' : label === 'graphql' ? 'graphql.worker' : 'editor.worker';
    return new Worker(`/assets/workers/${name}.js`);
  },
};

const endpoint = new URL('/graphql', window.location.href);
const socket = new URL(endpoint);
socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: socket.href });
const tabs = __COOKBOOK__.map((example) => ({ query: example.query }));
document.getElementById('examples-note')!.textContent = `${tabs.length} cookbook queries open as tabs`;

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    plugins: [explorerPlugin()],
    defaultTabs: tabs,
    // The cookbook tabs should show on every visit, not a stale session.
    storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined, clear: () => undefined, length: 0 },
  }),
);
