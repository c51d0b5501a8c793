import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadOrgLocale } from '../../i18n/org-locale';
import { OptionsPage } from './OptionsPage';

void loadOrgLocale().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <OptionsPage />
    </StrictMode>,
  ),
);
