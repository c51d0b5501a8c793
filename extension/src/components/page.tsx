import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './lantern.css';
import { language, t } from '../i18n';
import { loadOrgLocale } from '../i18n/org-locale';

/**
 * Mounts an extension page in the organisation's language (else the browser's). A page shown inside
 * another site's frame refuses to render its forms: binding acts happen only where the employee sees
 * the extension's own address bar.
 */
export function mountPage(app: ReactNode): void {
  void loadOrgLocale().then(() => render(app));
}

function render(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root');
  const framed = window.top !== window;
  document.documentElement.lang = language();
  // The popup's <title> is the toolbar tooltip's _locales message (popup/index.html).
  if (document.title.startsWith('__MSG_')) document.title = 'Lantern';
  createRoot(root).render(
    <StrictMode>
      {framed ? (
        <main>
          <p>{t('page.framed')}</p>
        </main>
      ) : (
        app
      )}
    </StrictMode>,
  );
}

/** The `?tool=` of the page's address, or null. */
export function toolIdFromLocation(search: string = window.location.search): string | null {
  const id = new URLSearchParams(search).get('tool');
  return id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : null;
}
