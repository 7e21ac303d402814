import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="The address may be mistyped, or the page has moved." />
      <Link className="button button--primary" to="/">
        Go to the dashboard
      </Link>
    </>
  );
}
