import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the palette from base.css (each colour written once as light-dark(light, dark)) and checks
// the pairs the pages draw against WCAG 2.2 AA: 4.5:1 for text, 3:1 for control borders, focus and
// state indicators and icons on a fill (success criteria 1.4.3 and 1.4.11).

const STYLES = import.meta.dirname;
const TEXT = 4.5;
const UI = 3;

type Palette = 'light' | 'dark';

/** [foreground, background, minimum ratio, where the pair is drawn]. */
const PAIRS: [string, string, number, string][] = [
  ['--text', '--bg', TEXT, 'page text'],
  ['--text', '--surface', TEXT, 'card text'],
  ['--text', '--surface-muted', TEXT, 'table heads, hovered rows'],
  ['--text-muted', '--bg', TEXT, 'page lead, directory summary'],
  ['--text-muted', '--surface', TEXT, 'hints, labels, secondary text'],
  ['--text-muted', '--surface-muted', TEXT, 'table heads'],
  ['--text-muted', '--neutral-soft', TEXT, 'muted badge'],
  ['--text-faint', '--surface', TEXT, 'placeholders, "optional", timeline dates'],
  ['--text-faint', '--surface-muted', TEXT, 'unavailable switch'],
  ['--text-faint', '--bg', TEXT, 'text on the page background'],
  ['--prose', '--surface', TEXT, 'integration manual'],
  ['--link', '--surface', TEXT, 'links in cards'],
  ['--link', '--bg', TEXT, 'links on the page'],
  ['--primary-text', '--surface', TEXT, 'selected tab, initials'],
  ['--primary-text', '--surface-muted', TEXT, 'reveal toggle'],
  ['--primary-text', '--primary-soft', TEXT, 'current sidebar link'],
  ['--on-primary', '--primary', TEXT, 'primary button'],
  ['--on-primary', '--primary-hover', TEXT, 'primary button, hovered'],
  ['--tag-text', '--tag-bg', TEXT, 'field tag'],
  ['--success', '--success-soft', TEXT, 'success badge'],
  ['--success', '--surface', TEXT, 'live badge, finished step'],
  ['--success-text', '--success-soft', TEXT, 'success alert'],
  ['--text', '--success-surface', TEXT, 'verified outcome, new API key'],
  ['--text-muted', '--success-surface', TEXT, 'verified outcome details'],
  ['--warning', '--warning-soft', TEXT, 'warning badge'],
  ['--warning-text', '--warning-soft', TEXT, 'warning alert'],
  ['--text', '--warning-surface', TEXT, 'warning outcome'],
  ['--danger', '--danger-soft', TEXT, 'danger badge'],
  ['--danger', '--surface', TEXT, 'field errors, failed history entries'],
  ['--danger', '--danger-surface', TEXT, 'invalid input'],
  ['--danger-text', '--danger-soft', TEXT, 'error alert'],
  ['--text', '--danger-surface', TEXT, 'rejected outcome, invalid input value'],
  ['--on-fill', '--danger-fill', TEXT, 'danger button'],
  ['--on-fill', '--danger-fill-hover', TEXT, 'danger button, hovered'],
  ['--info-text', '--info-soft', TEXT, 'info alert, services note'],
  ['--toast-text', '--toast-bg', TEXT, 'toast'],
  ['--toast-muted', '--toast-bg', TEXT, 'toast close button'],
  ['--code-text', '--code-bg', TEXT, 'code blocks in the manual'],
  ['--on-fill', '--success-fill', UI, 'tick on a verified outcome, toast icon'],
  ['--on-fill', '--warning-fill', UI, 'mark on a warning outcome'],
  ['--control-border', '--surface', UI, 'input, select, choice and switch edges'],
  ['--control-border', '--bg', UI, 'the directory search box on the page'],
  ['--primary', '--surface', UI, 'focus, checked choice, switch on, selected tab'],
  ['--primary', '--surface-muted', UI, 'selected theme'],
  ['--danger', '--surface', UI, 'invalid input edge'],
];

function parsePalette(css: string): Record<Palette, Map<string, string>> {
  const palettes = { light: new Map<string, string>(), dark: new Map<string, string>() };
  for (const match of css.matchAll(/(--[a-z0-9-]+):\s*light-dark\(/g)) {
    const start = match.index + match[0].length;
    const [light, dark] = splitArguments(css, start, match[1]!);
    palettes.light.set(match[1]!, light);
    palettes.dark.set(match[1]!, dark);
  }
  return palettes;
}

/** The two arguments of the light-dark( that starts at `start`, split at the top-level comma. */
function splitArguments(css: string, start: number, name: string): [string, string] {
  let depth = 0;
  let comma = -1;
  for (let index = start; index < css.length; index += 1) {
    const char = css[index];
    if (char === '(') depth += 1;
    else if (char === ',' && depth === 0) comma = index;
    else if (char === ')') {
      if (depth > 0) depth -= 1;
      else if (comma === -1) break;
      else return [css.slice(start, comma).trim(), css.slice(comma + 1, index).trim()];
    }
  }
  throw new Error(`base.css: ${name} is not light-dark(<light>, <dark>)`);
}

/** sRGB channels 0–255 of an opaque #rgb or #rrggbb colour. */
function channels(color: string, name: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) throw new Error(`${name} is ${color}: the contrast check needs an opaque #rgb or #rrggbb colour`);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((offset) => Number.parseInt(full.slice(offset, offset + 2), 16)) as [
    number,
    number,
    number,
  ];
}

/** Relative luminance as WCAG 2.2 defines it. */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string, names: string): number {
  const [la, lb] = [luminance(channels(a, names)), luminance(channels(b, names))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const baseCss = readFileSync(join(STYLES, 'base.css'), 'utf8');
const palettes = parsePalette(baseCss);

describe('the palette', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#ffffff', '#000000', 'white on black')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff', 'grey on white')).toBeCloseTo(4.48, 2);
  });

  for (const palette of ['light', 'dark'] as const) {
    it(`${palette}: every main pair meets WCAG AA`, () => {
      const colours = palettes[palette];
      // A value may name another variable of the same palette (--link uses --primary).
      const colour = (name: string) => {
        const value = colours.get(name);
        const alias = value && /^var\((--[a-z0-9-]+)\)$/.exec(value)?.[1];
        return alias ? colours.get(alias) : value;
      };
      const failures = PAIRS.flatMap(([fg, bg, minimum, where]) => {
        const [fore, back] = [colour(fg), colour(bg)];
        if (!fore || !back) return [`${fg} on ${bg}: ${!fore ? fg : bg} is not in base.css`];
        const ratio = contrast(fore, back, `${fg} on ${bg}`);
        return ratio >= minimum
          ? []
          : [`${fg} ${fore} on ${bg} ${back} (${where}): ${ratio.toFixed(2)}:1, needs ${minimum}:1`];
      });
      expect(failures).toEqual([]);
    });
  }

  it('every colour outside base.css is a variable, and every variable used is defined', () => {
    const defined = new Set([...baseCss.matchAll(/(--[a-z0-9-]+):/g)].map((match) => match[1]));
    const problems: string[] = [];
    for (const file of readdirSync(STYLES).filter((name) => name.endsWith('.css'))) {
      const css = readFileSync(join(STYLES, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      if (file !== 'base.css') {
        for (const [literal] of css.matchAll(
          /#[0-9a-f]{3,8}\b|%23[0-9a-f]{3,8}|\b(?:rgba?|hsla?|oklch|lab)\(|:\s*(?:white|black)\b/gi,
        ))
          problems.push(`${file}: colour ${literal} should be a variable from base.css`);
      }
      for (const [, name] of css.matchAll(/var\((--[a-z0-9-]+)/g))
        if (!defined.has(name)) problems.push(`${file}: var(${name}) is not defined in base.css`);
    }
    expect(problems).toEqual([]);
  });
});
