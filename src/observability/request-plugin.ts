import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequest } from './request-scope.js';

/**
 * Tells the current request's record which operation ran and which error codes it answered, for
 * its log line and metrics. Reads only what Apollo resolved; never the variables.
 */
export function requestRecordPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const record = currentRequest();
          if (!record) return;
          record.operationName = operationName ?? 'anonymous';
          record.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          const record = currentRequest();
          if (!record || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            record.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
          }
        },
      };
    },
  };
}
