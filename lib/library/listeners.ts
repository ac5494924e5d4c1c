/** A tiny per-instance listener set: services own theirs, nothing lives at module level. */
export interface Listeners {
  add(listener: () => void): () => void;
  emit(): void;
}

export function createListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit() {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch {
          // A failing listener (a closed page) must not break the service that notifies.
        }
      }
    },
  };
}
