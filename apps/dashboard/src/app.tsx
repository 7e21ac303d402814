import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Loading } from './components/alerts';
import { Toaster } from './components/toaster';
import { AppShell } from './layout/app-shell';
import { RequireAuth } from './layout/require-auth';
import { SessionProvider } from './session/session-context';

/**
 * Route module loader: every page is its own chunk, so a page loads only its code (log-in loads no
 * form code; the form, rjsf and its schema validator, and markdown load only on the pages that use them).
 */
function component<K extends string>(name: K) {
  return (module: Record<K, React.ComponentType>) => ({ Component: module[name] });
}

// The directory and provider pages are public (the API serves them to anyone), so a shared
// link works before signing in; everything that belongs to an organisation needs a session.
const router = createBrowserRouter([
  {
    // While the first page's code loads, a spinner rather than a blank page.
    hydrateFallbackElement: <Loading />,
    children: [
      { path: '/login', lazy: () => import('./pages/auth/login-page').then(component('LoginPage')) },
      { path: '/signup', lazy: () => import('./pages/auth/signup-page').then(component('SignupPage')) },
      {
        path: '/forgot-password',
        lazy: () => import('./pages/auth/forgot-password-page').then(component('ForgotPasswordPage')),
      },
      {
        path: '/reset-password',
        lazy: () => import('./pages/auth/reset-password-page').then(component('ResetPasswordPage')),
      },
      {
        path: '/verify-email',
        lazy: () => import('./pages/auth/verify-email-page').then(component('VerifyEmailPage')),
      },
      {
        element: <AppShell />,
        children: [
          { index: true, element: <Navigate to="/connections" replace /> },
          {
            path: 'directory',
            lazy: () => import('./pages/directory/directory-page').then(component('DirectoryPage')),
          },
          {
            path: 'invitation',
            lazy: () => import('./pages/members/invitation-page').then(component('InvitationPage')),
          },
          {
            path: 'providers/:providerId',
            lazy: () => import('./pages/provider/provider-page').then(component('ProviderPage')),
          },
          {
            element: <RequireAuth needsOrganisation={false} />,
            children: [
              {
                path: 'organisations/new',
                lazy: () => import('./pages/settings/create-org-page').then(component('CreateOrgPage')),
              },
              {
                path: 'account',
                lazy: () => import('./pages/account/account-page').then(component('AccountPage')),
              },
            ],
          },
          {
            element: <RequireAuth />,
            children: [
              {
                path: 'providers/:providerId/connect',
                lazy: () => import('./pages/connect/connect-page').then(component('ConnectPage')),
              },
              {
                path: 'connections',
                lazy: () => import('./pages/connections/connections-page').then(component('ConnectionsPage')),
              },
              {
                path: 'connections/:connectionId',
                lazy: () => import('./pages/connections/connection-page').then(component('ConnectionPage')),
              },
              {
                path: 'connections/:connectionId/services',
                lazy: () => import('./pages/connections/connection-page').then(component('ConnectionPage')),
              },
              {
                path: 'services',
                lazy: () => import('./pages/where/where-page').then(component('WherePage')),
              },
              {
                path: 'requests',
                lazy: () => import('./pages/requests/requests-page').then(component('RequestsPage')),
              },
              {
                path: 'requests/new',
                lazy: () => import('./pages/requests/request-form-page').then(component('RequestFormPage')),
              },
              {
                path: 'admin/requests',
                lazy: () => import('./pages/admin/request-admin-page').then(component('RequestAdminPage')),
              },
              {
                path: 'webhooks',
                lazy: () => import('./pages/webhooks/webhooks-page').then(component('WebhooksPage')),
              },
              {
                path: 'webhooks/:webhookId',
                lazy: () => import('./pages/webhooks/deliveries-page').then(component('DeliveriesPage')),
              },
              {
                path: 'api-keys',
                lazy: () => import('./pages/settings/api-keys-page').then(component('ApiKeysPage')),
              },
              {
                path: 'settings',
                lazy: () => import('./pages/settings/settings-page').then(component('SettingsPage')),
              },
              {
                path: 'members',
                lazy: () => import('./pages/members/members-page').then(component('MembersPage')),
              },
              { path: 'audit', lazy: () => import('./pages/audit/audit-page').then(component('AuditPage')) },
            ],
          },
          { path: '*', lazy: () => import('./pages/not-found-page').then(component('NotFoundPage')) },
        ],
      },
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
