import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_SETTINGS,
  getAlertSettings,
  normaliseAlertSettings,
  updateAlertSettings,
} from '../../../lib/store/alert-settings';

describe('the alerts’ settings', () => {
  it('are off by default: every episode, shows and anime, no quiet hours', async () => {
    expect(await getAlertSettings()).toEqual({
      enabled: false,
      mode: 'episode',
      shows: true,
      anime: true,
      quietFrom: '',
      quietTo: '',
    });
  });

  it('repair their fields one by one, keeping each valid end of the quiet hours', () => {
    expect(
      normaliseAlertSettings({
        enabled: 'yes',
        mode: 'weekly',
        anime: false,
        quietFrom: '25:00',
        quietTo: '07:30',
      }),
    ).toEqual({ ...DEFAULT_ALERT_SETTINGS, anime: false, quietTo: '07:30' });
    expect(normaliseAlertSettings('garbage')).toEqual(DEFAULT_ALERT_SETTINGS);
  });

  it('merge a change into what is stored', async () => {
    await updateAlertSettings({ enabled: true, mode: 'season' });
    await updateAlertSettings({ anime: false });
    expect(await getAlertSettings()).toMatchObject({
      enabled: true,
      mode: 'season',
      anime: false,
      shows: true,
    });
  });
});
