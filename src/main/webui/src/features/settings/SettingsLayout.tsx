import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SETTINGS_SECTIONS } from './sections';
import '../book-admin/admin.css';
import './settings.css';

/** My settings: the sub-navigation of its sections (sections.ts) and the section. */
export default function SettingsLayout() {
  const { t } = useTranslation();
  return (
    <div className="settings-layout">
      <nav className="sub-nav" aria-label={t('settings.navLabel')}>
        <ul>
          {SETTINGS_SECTIONS.map((s) => (
            <li key={s.path}>
              <NavLink to={`/settings/${s.path}`}>{t(s.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
