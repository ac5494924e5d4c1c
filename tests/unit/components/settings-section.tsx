/**
 * Drawing one options section as the options page does: from the stored settings, drawn again with what
 * each change stored. Test helper.
 */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { getSettings, type Settings, updateSettings } from '../../../lib/store/settings';
import { settle } from '../page/helpers';

type Update = (patch: Partial<Settings>) => Promise<void>;

export async function showSection(root: HTMLElement, draw: (settings: Settings, update: Update) => VNode) {
  const update: Update = async (patch) => {
    const next = await updateSettings(patch);
    render(draw(next, update), root);
  };
  await act(async () => render(draw(await getSettings(), update), root));
  await settle();
}
