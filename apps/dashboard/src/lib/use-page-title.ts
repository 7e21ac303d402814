import { useEffect } from 'react';

/** Sets the tab title, so history entries and screen readers name the page. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · PayCore` : 'PayCore';
  }, [title]);
}
