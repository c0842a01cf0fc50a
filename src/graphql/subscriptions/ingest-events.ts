import type { RelationRef } from '../../graph/shared/records.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import type { RelationType } from '../../vocabulary/relation-types.js';

/** A relation a briefing stated, as announced to subscribers. */
export interface RelationIngested {
  briefingId: string;
  /** CREATED: new to the graph; CORROBORATED: known already, this briefing adds evidence. */
  status: 'CREATED' | 'CORROBORATED';
  type: RelationType;
  ref: RelationRef;
}

/** An actor a briefing named. */
export interface ActorIngested {
  briefingId: string;
  /** CREATED: new to the graph; MATCHED: already known. */
  status: 'CREATED' | 'MATCHED';
  actorId: string;
  kind: ActorKind;
}

export interface BriefingIngested {
  briefingId: string;
  relations: RelationIngested[];
  actors: ActorIngested[];
}

/** Events queued for a subscriber that reads slower than briefings arrive, before the oldest are dropped. */
export const MAX_QUEUED_EVENTS = 10_000;

type Listener = (event: BriefingIngested) => void;

/**
 * What was ingested, announced in-process to the open subscriptions of this server. Each
 * subscription gets its own queue, so a slow client never holds up an ingest.
 */
export class IngestEvents {
  private readonly listeners = new Set<Listener>();

  get listening(): boolean {
    return this.listeners.size > 0;
  }

  publish(event: BriefingIngested): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The items `select` picks from each event, as an async iterator ended by `return()`. */
  listen<T>(select: (event: BriefingIngested) => T[]): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let closed = false;
    const listener: Listener = (event) => {
      for (const item of select(event)) {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: item, done: false });
        } else {
          queue.push(item);
          if (queue.length > MAX_QUEUED_EVENTS) queue.shift();
        }
      }
    };
    this.listeners.add(listener);
    const close = (): Promise<IteratorResult<T>> => {
      closed = true;
      this.listeners.delete(listener);
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: close,
      throw: async (error: unknown) => {
        await close();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

const channels = new WeakMap<object, IngestEvents>();

/**
 * The channel of one database connection: every request context made on it (HTTP mutations and
 * WebSocket subscriptions alike) shares it, so an ingest reaches every subscription of the server.
 */
export function ingestEventsOf(db: object): IngestEvents {
  let events = channels.get(db);
  if (!events) {
    events = new IngestEvents();
    channels.set(db, events);
  }
  return events;
}
