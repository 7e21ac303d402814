// Fails on any string left untranslated. See "Translations" in apps/dashboard/README.md for what
// each check covers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Messages } from './i18n';
import en from './locales/en';
import uk from './locales/uk';

const SRC = join(import.meta.dirname, '..');

/** Attributes a person reads or hears. */
const USER_FACING_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'subtitle',
  'placeholder',
  'label',
  'alt',
  'hint',
  'description',
  'emptyText',
  'confirmLabel',
  'message',
  'heading',
  'term',
  'detail',
  'error',
  'caption',
  'data-label',
  'summary',
  'ui:placeholder',
  'ui:title',
  'ui:help',
  'ui:description',
]);

/** Calls whose first string argument a person reads (the tab title, toasts, dialogs). */
const USER_FACING_CALLS = new Set(['usePageTitle', 'toast', 'showToast', 'notify', 'confirm', 'alert']);

/** Text with letters that is not a translation: brand names and the language names of the switch. */
const ALLOWED_TEXT = new Set(['PayCore', 'P']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const FILES = sourceFiles(SRC)
  .filter((path) => !relative(SRC, path).startsWith(`i18n${'/'}locales`))
  .map((path) => {
    const name = relative(SRC, path);
    const text = readFileSync(path, 'utf8');
    return {
      name,
      source: ts.createSourceFile(
        name,
        text,
        ts.ScriptTarget.Latest,
        true,
        name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      ),
    };
  });

/** `role === 'owner'`, `x !== 'user'`: a code compared, not text shown. */
const COMPARISONS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

const hasLetters = (text: string) => /\p{L}/u.test(text) && !ALLOWED_TEXT.has(text.trim());

function isTranslateCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  return (
    (ts.isIdentifier(callee) && callee.text === 't') ||
    (ts.isPropertyAccessExpression(callee) && callee.name.text === 't')
  );
}

interface KeyUse {
  key: string;
  file: string;
  line: number;
  variables: Set<string>;
  plural: boolean;
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/** Every t('key', { … }) call: its key (a literal) and the variables it passes. */
function keyUses(): { uses: KeyUse[]; dynamic: string[] } {
  const uses: KeyUse[] = [];
  const dynamic: string[] = [];
  for (const { name, source } of FILES) {
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && isTranslateCall(node)) {
        const [first, options] = node.arguments;
        if (first && ts.isStringLiteralLike(first)) {
          const variables = new Set<string>();
          if (options && ts.isObjectLiteralExpression(options)) {
            for (const property of options.properties) {
              if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
                variables.add(property.name.text);
            }
          }
          const plural = variables.has('count');
          for (const option of ['count', 'defaultValue', 'context', 'lng', 'ns']) variables.delete(option);
          uses.push({ key: first.text, file: name, line: lineOf(source, node), variables, plural });
        } else {
          dynamic.push(`${name}:${lineOf(source, node)}`);
        }
      }
      if (
        (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) &&
        node.tagName.getText(source) === 'Trans'
      ) {
        const attribute = (name: string) =>
          node.attributes.properties.find(
            (property): property is ts.JsxAttribute =>
              ts.isJsxAttribute(property) && property.name.getText(source) === name,
          );
        const key = attribute('i18nKey')?.initializer;
        const values = attribute('values')?.initializer;
        const variables = new Set<string>();
        const object = values && ts.isJsxExpression(values) ? values.expression : undefined;
        if (object && ts.isObjectLiteralExpression(object))
          for (const property of object.properties)
            if (property.name && ts.isIdentifier(property.name)) variables.add(property.name.text);
        if (key && ts.isStringLiteral(key))
          uses.push({
            key: key.text,
            file: name,
            line: lineOf(source, node),
            variables,
            plural: attribute('count') !== undefined,
          });
        else dynamic.push(`${name}:${lineOf(source, node)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, dynamic };
}

/** A property's name without quotes: `'ui:help'` → ui:help. */
function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

/** Untranslated text in a file: JSX text, and literals given to user-facing props and calls. */
function untranslated(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const lines = source.text.split('\n');
  const report = (node: ts.Node, text: string) => {
    // A developer's message (a broken invariant, never shown to a merchant) is marked on the line above.
    const line = lineOf(source, node);
    if (lines[line - 2]?.includes('i18n-ignore:')) return;
    found.push(`${line}: ${JSON.stringify(text.trim())}`);
  };
  /** A literal (or template, or either branch of a condition) with letters in it. */
  const literalText = (node: ts.Node | undefined): ts.Node[] => {
    if (!node) return [];
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    if (ts.isStringLiteralLike(node)) return hasLetters(node.text) ? [node] : [];
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      return hasLetters(parts) ? [node] : [];
    }
    if (ts.isConditionalExpression(node))
      return [...literalText(node.whenTrue), ...literalText(node.whenFalse)];
    if (ts.isBinaryExpression(node) && !COMPARISONS.has(node.operatorToken.kind))
      return [...literalText(node.left), ...literalText(node.right)];
    return [];
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasLetters(node.text)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      for (const literal of literalText(node.expression)) report(literal, literal.getText(source));
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (USER_FACING_PROPS.has(name) && node.initializer) {
        const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        for (const literal of literalText(value)) report(literal, `${name}=${literal.getText(source)}`);
      }
    } else if (
      (ts.isBindingElement(node) || ts.isParameter(node)) &&
      node.initializer &&
      USER_FACING_PROPS.has(node.name.getText(source))
    ) {
      // A default for a user-facing prop: `{ label = 'Loading…' }`.
      for (const literal of literalText(node.initializer))
        report(literal, `${node.name.getText(source)} = ${literal.getText(source)}`);
    } else if (ts.isPropertyAssignment(node) && USER_FACING_PROPS.has(propertyName(node.name))) {
      for (const literal of literalText(node.initializer))
        report(literal, `${propertyName(node.name)}: ${literal.getText(source)}`);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isElementAccessExpression(node.left) &&
      ts.isStringLiteral(node.left.argumentExpression) &&
      USER_FACING_PROPS.has(node.left.argumentExpression.text)
    ) {
      for (const literal of literalText(node.right))
        report(literal, `${node.left.argumentExpression.text} = ${literal.getText(source)}`);
    } else if (ts.isCallExpression(node) && !isTranslateCall(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (USER_FACING_CALLS.has(name))
        for (const literal of literalText(node.arguments[0]))
          report(literal, `${name}(${literal.getText(source)})`);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Error'
    ) {
      // An error the dashboard throws is shown by ErrorAlert: its text is a person's to read.
      for (const literal of literalText(node.arguments?.[0]))
        report(literal, `new Error(${literal.getText(source)})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** "a.b.c" → value, for every leaf. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const LOCALES = { en: flatten(en), uk: flatten(uk) };
const PLURAL_CATEGORIES = {
  en: new Intl.PluralRules('en').resolvedOptions().pluralCategories,
  uk: new Intl.PluralRules('uk').resolvedOptions().pluralCategories,
};
const variablesOf = (text: string) =>
  new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!));
const sorted = (set: Set<string>) => [...set].sort();
/**
 * Variables that are two spellings of one value, so a language may use either: `field` is a
 * credential field's title with a small first letter, for English mid-sentence ("Enter the secret
 * key."); Ukrainian quotes the title as it is («Secret key»).
 */
const VARIABLE_ALIASES: Record<string, string> = { field: 'title' };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

describe('translations', () => {
  const { uses, dynamic } = keyUses();

  it('are looked up with literal keys only, so every key can be checked', () => {
    expect(dynamic).toEqual([]);
  });

  for (const [locale, messages] of Object.entries(LOCALES) as [keyof typeof LOCALES, Map<string, string>][]) {
    it(`${locale}: every key used in the source exists, with every plural form the language needs`, () => {
      const missing: string[] = [];
      for (const use of uses) {
        const forms = use.plural
          ? PLURAL_CATEGORIES[locale].map((category) => `${use.key}_${category}`)
          : [use.key];
        for (const form of forms) {
          if (!messages.get(form)?.trim()) missing.push(`${form} (${use.file}:${use.line})`);
        }
      }
      expect(missing).toEqual([]);
    });

    it(`${locale}: every message's {{variables}} are given by the code that uses it`, () => {
      const wrong: string[] = [];
      for (const use of uses) {
        for (const [key, text] of messages) {
          if (key !== use.key && key.replace(PLURAL_SUFFIX, '') !== use.key) continue;
          if (key !== use.key && !use.plural) continue;
          const needed = variablesOf(text);
          needed.delete('count');
          const given = new Set(use.variables);
          const absent = sorted(needed).filter((name) => !given.has(name));
          if (absent.length) wrong.push(`${key} needs ${absent.join(', ')} (${use.file}:${use.line})`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('English and Ukrainian have the same keys (plural forms aside) with the same variables', () => {
    const base = (messages: Map<string, string>) => {
      const out = new Map<string, Set<string>>();
      for (const [key, text] of messages) {
        const stem = key.replace(PLURAL_SUFFIX, '');
        const variables = out.get(stem) ?? new Set<string>();
        for (const name of variablesOf(text)) variables.add(VARIABLE_ALIASES[name] ?? name);
        out.set(stem, variables);
      }
      return out;
    };
    const english = base(LOCALES.en);
    const ukrainian = base(LOCALES.uk);
    expect(sorted(new Set(ukrainian.keys()))).toEqual(sorted(new Set(english.keys())));
    const differ = [...english]
      .filter(
        ([key, variables]) => sorted(variables).join() !== sorted(ukrainian.get(key) ?? new Set()).join(),
      )
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('no message is empty or left in English in the Ukrainian resources', () => {
    const empty = [...LOCALES.en, ...LOCALES.uk].filter(([, text]) => !text.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
    const latinOnly = [...LOCALES.uk]
      .filter(
        ([, text]) =>
          /[A-Za-z]{3,}/.test(text.replace(/\{\{[^}]*\}\}/g, '')) && !/[А-Яа-яІіЇїЄєҐґ]/.test(text),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(latinOnly).toEqual(UKRAINIAN_LATIN_ALLOWED);
  });

  for (const locale of ['en', 'uk'] as const) {
    it(`${locale}: no namespace is defined twice across ${locale}.ts and the area files under ${locale}/`, () => {
      // Spread objects would silently let a later namespace replace an earlier one.
      const files = readdirSync(join(import.meta.dirname, 'locales', locale)).map((file) =>
        join(locale, file),
      );
      const namespaces: string[] = [];
      for (const file of [`${locale}.ts`, ...files]) {
        const path = join(import.meta.dirname, 'locales', file);
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        source.forEachChild(function find(node: ts.Node): void {
          if (ts.isObjectLiteralExpression(node) && !ts.isPropertyAssignment(node.parent)) {
            for (const property of node.properties)
              if (ts.isPropertyAssignment(property)) namespaces.push(propertyName(property.name));
            return;
          }
          node.forEachChild(find);
        });
      }
      const twice = namespaces.filter((name, index) => namespaces.indexOf(name) !== index);
      expect(twice).toEqual([]);
    });
  }

  it('no key in the resources goes unused', () => {
    const used = new Set(uses.map((use) => use.key));
    const unused = [...LOCALES.en.keys()].filter(
      (key) => !used.has(key) && !used.has(key.replace(PLURAL_SUFFIX, '')),
    );
    expect(unused).toEqual([]);
  });

  it('no JSX text or user-facing prop or call is a literal outside the translations', () => {
    const offenders: string[] = [];
    for (const { name, source } of FILES) {
      for (const line of untranslated(source)) offenders.push(`${name}:${line}`);
    }
    expect(offenders).toEqual([]);
  });
});

/** Ukrainian messages that are rightly in Latin letters (codes and names that are not translated). */
const UKRAINIAN_LATIN_ALLOWED: string[] = [];
