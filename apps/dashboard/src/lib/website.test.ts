import { describe, expect, it } from 'vitest';
import { normaliseWebsite } from './website';

describe('a provider website as typed', () => {
  it('adds https:// to a bare domain and keeps a full address', () => {
    expect(normaliseWebsite(' acmepay.example ')).toBe('https://acmepay.example');
    expect(normaliseWebsite('www.acmepay.example/en')).toBe('https://www.acmepay.example/en');
    expect(normaliseWebsite('http://acmepay.example')).toBe('http://acmepay.example');
    expect(normaliseWebsite('https://acmepay.example/')).toBe('https://acmepay.example/');
  });

  it('refuses what cannot be a web address', () => {
    expect(normaliseWebsite('not a web address')).toBeUndefined();
    expect(normaliseWebsite('localhost')).toBeUndefined();
    expect(normaliseWebsite('ftp://acmepay.example')).toBeUndefined();
    expect(normaliseWebsite('javascript:alert(1)')).toBeUndefined();
  });
});
