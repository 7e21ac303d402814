import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Toaster } from './components/toaster';
import { AppShell } from './layout/app-shell';
import { RequireAuth } from './layout/require-auth';
import { AccountPage } from './pages/account/account-page';
import { ForgotPasswordPage } from './pages/auth/forgot-password-page';
import { LoginPage } from './pages/auth/login-page';
import { ResetPasswordPage } from './pages/auth/reset-password-page';
import { SignupPage } from './pages/auth/signup-page';
import { VerifyEmailPage } from './pages/auth/verify-email-page';
import { ConnectionsPage } from './pages/connections/connections-page';
import { AuditPage } from './pages/audit/audit-page';
import { DirectoryPage } from './pages/directory/directory-page';
import { InvitationPage } from './pages/members/invitation-page';
import { MembersPage } from './pages/members/members-page';
import { NotFoundPage } from './pages/not-found-page';
import { RequestFormPage } from './pages/requests/request-form-page';
import { RequestsPage } from './pages/requests/requests-page';
import { ApiKeysPage } from './pages/settings/api-keys-page';
import { CreateOrgPage } from './pages/settings/create-org-page';
import { SettingsPage } from './pages/settings/settings-page';
import { DeliveriesPage } from './pages/webhooks/deliveries-page';
import { WebhooksPage } from './pages/webhooks/webhooks-page';
import { WherePage } from './pages/where/where-page';
import { SessionProvider } from './session/session-context';

/** Route module loader: the form (rjsf and its schema validator) and markdown code load only on the pages that use them. */
function component<K extends string>(name: K) {
  return (module: Record<K, React.ComponentType>) => ({ Component: module[name] });
}

// The directory and provider pages are public (the API serves them to anyone), so a shared
// link works before signing in; everything that belongs to an organisation needs a session.
const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/signup', element: <SignupPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/verify-email', element: <VerifyEmailPage /> },
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/connections" replace /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      {
        path: 'providers/:providerId',
        lazy: () => import('./pages/provider/provider-page').then(component('ProviderPage')),
      },
      {
        element: <RequireAuth needsOrganisation={false} />,
        children: [
          { path: 'organisations/new', element: <CreateOrgPage /> },
          { path: 'account', element: <AccountPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: 'providers/:providerId/connect',
            lazy: () => import('./pages/connect/connect-page').then(component('ConnectPage')),
          },
          { path: 'connections', element: <ConnectionsPage /> },
          {
            path: 'connections/:connectionId',
            lazy: () => import('./pages/connections/connection-page').then(component('ConnectionPage')),
          },
          {
            path: 'connections/:connectionId/services',
            lazy: () => import('./pages/connections/connection-page').then(component('ConnectionPage')),
          },
          { path: 'services', element: <WherePage /> },
          { path: 'requests', element: <RequestsPage /> },
          { path: 'requests/new', element: <RequestFormPage /> },
          { path: 'webhooks', element: <WebhooksPage /> },
          { path: 'webhooks/:webhookId', element: <DeliveriesPage /> },
          { path: 'api-keys', element: <ApiKeysPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'members', element: <MembersPage /> },
          { path: 'audit', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The dashboard: session, toasts and routes. */
export function App() {
  return (
    <SessionProvider>
      <Toaster>
        <RouterProvider router={router} />
      </Toaster>
    </SessionProvider>
  );
}
