import { describe, expect, it } from 'vitest';
import { OPEN_MENU_COMMAND, startCommands } from '../../../lib/background/commands/commands';
import { OPEN_MENU_REQUEST } from '../../../lib/messaging';

type CommandListener = (command: string, tab?: { id?: number }) => void;

function start(activeTabId?: number) {
  const listeners: CommandListener[] = [];
  const sent: Array<{ tabId: number; message: unknown }> = [];
  const commands = { onCommand: { addListener: (listener: CommandListener) => listeners.push(listener) } };
  const tabs = {
    query: async () => (activeTabId === undefined ? [] : [{ id: activeTabId }]),
    sendMessage: async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
    },
  };
  startCommands(commands as never, tabs as never);
  const fire = async (command: string, tab?: { id?: number }) => {
    for (const listener of listeners) listener(command, tab);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { listeners, sent, fire };
}

describe('the keyboard command', () => {
  it('tells the tab it came from to open the Simkl menu, once', async () => {
    const run = start(9);
    expect(run.listeners).toHaveLength(1);
    await run.fire(OPEN_MENU_COMMAND, { id: 3 });
    expect(run.sent).toEqual([{ tabId: 3, message: { type: OPEN_MENU_REQUEST } }]);
  });

  it('falls back to the active tab when the browser gives none, and to nothing without one', async () => {
    const run = start(9);
    await run.fire(OPEN_MENU_COMMAND);
    expect(run.sent).toEqual([{ tabId: 9, message: { type: OPEN_MENU_REQUEST } }]);
    const none = start(undefined);
    await none.fire(OPEN_MENU_COMMAND);
    expect(none.sent).toEqual([]);
  });

  it('ignores other commands (the popup’s is the browser’s own)', async () => {
    const run = start(9);
    await run.fire('_execute_action', { id: 3 });
    expect(run.sent).toEqual([]);
  });
});
