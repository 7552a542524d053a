/**
 * The sections of "my settings", in the order of their sub-navigation (SettingsLayout). A new settings
 * screen adds its entry here (path under /settings, i18n key of its link) and its Route inside the
 * /settings layout route in App.tsx.
 */
export interface SettingsSection {
  path: string;
  label: string;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { path: 'profile', label: 'settings.section.profile' },
  { path: 'security', label: 'settings.section.security' },
  { path: 'passkeys', label: 'passkeys.nav' },
  { path: 'sessions', label: 'settings.section.sessions' },
  { path: 'notifications', label: 'notifications.settings.nav' },
];
