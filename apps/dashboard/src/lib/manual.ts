/** A connector's manual cut in two: what the merchant reads, and the notes kept for contributors. */
export interface ManualParts {
  merchant: string;
  /** The `## For contributors` section without its heading, or `undefined` when there is none. */
  contributors: string | undefined;
}

// The connector guide (CONTRIBUTING.md) keeps contributor notes under one last section of this name.
const CONTRIBUTORS_HEADING = /^##[ \t]+For contributors[ \t]*$/im;

/** Splits a manual at its `## For contributors` heading (outside code fences). */
export function splitManual(markdown: string): ManualParts {
  let offset = 0;
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && CONTRIBUTORS_HEADING.test(line)) {
      const rest = markdown.slice(offset + line.length + 1).trim();
      return { merchant: markdown.slice(0, offset).trimEnd(), contributors: rest === '' ? undefined : rest };
    }
    offset += line.length + 1;
  }
  return { merchant: markdown, contributors: undefined };
}
