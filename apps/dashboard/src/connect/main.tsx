import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../i18n/i18n';
import { ConnectApp } from './connect-app';
import { sessionIdFromPath, takeToken } from './token';
import '../styles/base.css';
import '../styles/components.css';
import '../styles/feedback.css';
import '../styles/forms.css';
import '../styles/provider.css';
import '../styles/connect.css';
import '../styles/services.css';
import './connect-page.css';

const sessionId = sessionIdFromPath(window.location.pathname) ?? '';
// Read before anything renders, so the token leaves the address bar at once.
const token = sessionId
  ? takeToken(window.location, window.history, window.sessionStorage, sessionId)
  : undefined;

// The form's own wording (placeholders, validation messages) comes from the translations.
void startI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ConnectApp sessionId={sessionId} token={token} />
    </StrictMode>,
  );
});
