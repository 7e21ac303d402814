import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// The page owns h1 and the section's h2, so the manual's headings start at h3.
const COMPONENTS: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  h5: ({ node: _node, ...props }) => <h6 {...props} />,
  h6: ({ node: _node, ...props }) => <h6 {...props} />,
  a: ({ node: _node, href, children, ...props }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" {...props}>
      {children}
    </a>
  ),
  table: ({ node: _node, ...props }) => (
    <div className="table-wrap">
      <table className="table" {...props} />
    </div>
  ),
};

/**
 * A connector's integration manual. Raw HTML in the markdown is dropped (`skipHtml`, and no
 * rehype-raw), and react-markdown's URL filter removes `javascript:` links, so a manifest cannot
 * put markup or script on the page.
 */
export function Manual({ markdown }: { markdown: string }) {
  return (
    // The connector's own words, in English: lang tells screen readers and the browser so.
    <div className="prose" lang="en">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={COMPONENTS}>
        {markdown}
      </Markdown>
    </div>
  );
}
