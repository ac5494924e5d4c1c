import { useEffect, useState } from 'preact/hooks';
import {
  type AlertSettings,
  getAlertSettings,
  onAlertSettingsChange,
  updateAlertSettings,
} from '../lib/store/alert-settings';

/** The alerts' stored choices, live (another options tab may change them), and a way to change them. */
export function useAlertSettings(): [AlertSettings | undefined, (patch: Partial<AlertSettings>) => void] {
  const [alerts, setAlerts] = useState<AlertSettings>();
  useEffect(() => {
    void getAlertSettings().then(setAlerts);
    return onAlertSettingsChange((next) => setAlerts(next));
  }, []);
  return [alerts, (patch) => void updateAlertSettings(patch).then(setAlerts)];
}
