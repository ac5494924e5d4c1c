import { useEffect, useState } from 'preact/hooks';
import { getSettings, onSettingsChange, type Settings, updateSettings } from '../lib/store/settings';

/** The stored settings, live (another options tab may change them), and a way to change them. */
export function useSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return onSettingsChange((next) => setSettings(next));
  }, []);
  const update = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
  };
  return [settings, update];
}
