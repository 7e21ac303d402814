import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startI18n } from './i18n/i18n';
import { startTheme } from './lib/theme';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/feedback.css';
import './styles/data.css';
import './styles/forms.css';
import './styles/directory.css';
import './styles/provider.css';
import './styles/connect.css';
import './styles/records.css';
import './styles/services.css';
import './styles/webhooks.css';
import './styles/members.css';
import './styles/responsive.css';

// The merchant's palette goes on <html> before the first render (no inline script: CSP).
startTheme();

// The language is picked and its messages loaded before the first render, so no page shows in
// one language and then another.
void startI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
