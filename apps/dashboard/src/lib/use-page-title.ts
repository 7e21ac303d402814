import { useEffect } from 'react';

/**
 * Sets the tab title, so history entries and screen readers name the page. `title` is already in
 * the chosen language (the caller passes t(…)); a change of language re-renders and re-sets it.
 */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · PayCore` : 'PayCore';
  }, [title]);
}
