import { describe, expect, it } from 'vitest';
import { WHOLE_UNIT } from '../../src/engine/matchers/hit.js';
import { describeMatcher, partialAll, runMatcher } from '../../src/engine/matchers/index.js';
import type { Matcher } from '../../src/model/index.js';
import { isSpace } from '../../src/engine/matchers/near.js';
import { compilePhrase, compileRegex } from '../../src/ruleset/compile-pattern.js';
import { spanOf } from './helpers.js';

const regex = (...sources: string[]): Matcher => ({ kind: 'regex', patterns: sources.map(compileRegex) });
const phrase = (...phrases: string[]): Matcher => ({ kind: 'phrase', patterns: phrases.map(compilePhrase) });

describe('regex', () => {
  it('returns every match of every pattern, in text order', () => {
    const text = 'Theft and fraud, then more fraud.';
    expect(runMatcher(regex('fraud', 'theft'), text)).toEqual([spanOf(text, 'Theft'), spanOf(text, 'fraud'), spanOf(text, 'fraud', 12)]);
  });

  it('finds every match with a pattern that is not global', () => {
    const text = 'fraud or fraud';
    expect(runMatcher({ kind: 'regex', patterns: [/fraud/i] }, text)).toEqual([spanOf(text, 'fraud'), spanOf(text, 'fraud', 1)]);
  });

  it('reports a span matched by two patterns once', () => {
    expect(runMatcher(regex('fraud', 'fraud(?:ulent)?'), 'fraud')).toEqual([{ start: 0, end: 5 }]);
  });

  it('ignores empty matches', () => {
    expect(runMatcher({ kind: 'regex', patterns: [/x*/g] }, 'abc')).toEqual([]);
  });

  it.each([
    ['a word inside another', 'whacking', 'hack(?:ing)?'],
    ['a different word', 'the Client shall pay', 'fraud'],
  ])('does not match %s', (_name, text, source) => {
    expect(runMatcher(regex(source), text)).toEqual([]);
  });
});

describe('phrase', () => {
  it.each([
    ['a Force-Majeure event', 'Force-Majeure'],
    ['force\nmajeure', 'force\nmajeure'],
    ['FORCE MAJEURE', 'FORCE MAJEURE'],
  ])('matches %j', (text, matched) => {
    expect(runMatcher(phrase('force majeure'), text)).toEqual([spanOf(text, matched)]);
  });

  it.each(['forcemajeure', 'force of majeure', 'majeure force'])('does not match %j', (text) => {
    expect(runMatcher(phrase('force majeure'), text)).toEqual([]);
  });
});

describe('all', () => {
  const matcher: Matcher = { kind: 'all', of: [regex('not liable'), regex('fraud')] };

  it('matches when every child matches, with the hits of all children', () => {
    const text = 'For fraud the Provider is not liable.';
    expect(runMatcher(matcher, text)).toEqual([spanOf(text, 'fraud'), spanOf(text, 'not liable')]);
  });

  it.each(['The Provider is not liable.', 'Fraud is a crime.', ''])('does not match %j', (text) => {
    expect(runMatcher(matcher, text)).toEqual([]);
  });
});

describe('any', () => {
  const matcher: Matcher = { kind: 'any', of: [regex('hacking'), phrase('cyber attack')] };

  it('matches when one child matches, with the hits of every child that matched', () => {
    const text = 'a cyber-attack or hacking';
    expect(runMatcher(matcher, text)).toEqual([spanOf(text, 'cyber-attack'), spanOf(text, 'hacking')]);
    expect(runMatcher(matcher, 'hacking only')).toEqual([{ start: 0, end: 7 }]);
  });

  it('does not match when no child matches', () => {
    expect(runMatcher(matcher, 'acts of God')).toEqual([]);
  });
});

describe('not', () => {
  const matcher: Matcher = { kind: 'not', of: regex('means') };

  it('matches the whole unit with an empty hit when its child does not match', () => {
    expect(runMatcher(matcher, 'The Provider is not liable.')).toEqual([WHOLE_UNIT]);
    expect(WHOLE_UNIT).toEqual({ start: 0, end: 0 });
  });

  it('does not match when its child matches', () => {
    expect(runMatcher(matcher, '"Malware" means malicious software.')).toEqual([]);
  });

  it('excludes units inside all', () => {
    const excluding: Matcher = { kind: 'all', of: [regex('malware'), matcher] };
    expect(runMatcher(excluding, 'Malware is excluded.')).toEqual([WHOLE_UNIT, { start: 0, end: 7 }]);
    expect(runMatcher(excluding, '"Malware" means malicious software.')).toEqual([]);
  });
});

describe('near', () => {
  const near = (within: number): Matcher => ({ kind: 'near', within, of: [regex('liable'), regex('hacking')] });
  const text = 'The Provider is not liable for any hacking.'; // "liable" is word 4, "hacking" word 7

  it('matches children within the given number of words, with one hit per child', () => {
    expect(runMatcher(near(3), text)).toEqual([spanOf(text, 'liable'), spanOf(text, 'hacking')]);
  });

  it('does not match children further apart', () => {
    expect(runMatcher(near(2), text)).toEqual([]);
  });

  it('matches in either order', () => {
    const reversed = 'hacking: the Provider is not liable';
    expect(runMatcher(near(5), reversed)).toEqual([spanOf(reversed, 'hacking'), spanOf(reversed, 'liable')]);
    expect(runMatcher(near(4), reversed)).toEqual([]);
  });

  it('pairs each hit of the first child with a close hit of the other', () => {
    const long = 'liable one two three four five six seven liable hacking';
    expect(runMatcher(near(1), long)).toEqual([spanOf(long, 'liable', 10), spanOf(long, 'hacking')]);
  });

  it('does not match when a child is absent', () => {
    expect(runMatcher(near(50), 'The Provider is not liable.')).toEqual([]);
  });
});

describe('unnegated', () => {
  const unnegated = (within: number): Matcher => ({ kind: 'unnegated', of: regex('excludes liability'), negators: [compileRegex('nothing in'), compileRegex('not')], within });

  it('keeps a hit with no negator before it', () => {
    const text = 'The Provider excludes liability for fraud.';
    expect(runMatcher(unnegated(6), text)).toEqual([spanOf(text, 'excludes liability')]);
  });

  it('drops a hit preceded by a negator within the window', () => {
    expect(runMatcher(unnegated(6), 'Nothing in these terms excludes liability for fraud.')).toEqual([]);
  });

  it('keeps a hit whose negator lies outside the window', () => {
    const text = 'Nothing in these terms excludes liability for fraud.'; // the negator is 4 and 3 words back
    expect(runMatcher(unnegated(2), text)).toEqual([spanOf(text, 'excludes liability')]);
  });

  it('ignores a negator after the hit', () => {
    const text = 'The Provider excludes liability; nothing in this clause changes that.';
    expect(runMatcher(unnegated(6), text)).toEqual([spanOf(text, 'excludes liability')]);
  });

  it('judges each hit on its own', () => {
    const text = 'The Supplier does not say it excludes liability, but the Provider excludes liability.';
    expect(runMatcher(unnegated(4), text)).toEqual([spanOf(text, 'excludes liability', 50)]);
  });

  it('uses the negators with their word boundaries', () => {
    const text = 'A notice that the Provider excludes liability.';
    expect(runMatcher(unnegated(6), text)).toEqual([spanOf(text, 'excludes liability')]);
  });
});

describe('partialAll', () => {
  const crime = { ...regex('fraud'), label: 'fraud' };
  const exclusion = { ...regex('not liable'), label: 'an exclusion' };

  it('splits the children of all into those that matched and those that did not', () => {
    expect(partialAll({ kind: 'all', of: [exclusion, crime] }, 'Fraud is reported.')).toEqual({ matched: [crime], failed: [exclusion] });
  });

  it('is null for other kinds', () => {
    expect(partialAll({ kind: 'any', of: [crime] }, 'fraud')).toBeNull();
  });
});

describe('describeMatcher', () => {
  it.each<[string, Matcher, string]>([
    ['a label', { ...regex('fraud'), label: 'criminal acts' }, 'criminal acts'],
    ['a regex without a label generically', regex('fraud|theft'), 'the required wording'],
    ['a phrase without a label generically', phrase('force majeure'), 'the required wording'],
    ['not', { kind: 'not', of: { ...regex('means'), label: 'a definition' } }, 'no a definition'],
    ['all by its children', { kind: 'all', of: [{ ...regex('a'), label: 'an exclusion' }, { ...regex('b'), label: 'fraud' }] }, 'an exclusion and fraud'],
    ['any by its children', { kind: 'any', of: [{ ...regex('a'), label: 'hacking' }, { ...regex('b'), label: 'fraud' }] }, 'hacking or fraud'],
    ['near by its children', { kind: 'near', within: 3, of: [{ ...regex('a'), label: 'liability' }, regex('b')] }, 'liability and the required wording'],
    ['unnegated by its matcher', { kind: 'unnegated', of: { ...regex('liable'), label: 'an exclusion' }, negators: [compileRegex('not')], within: 3 }, 'an exclusion'],
  ])('names %s', (_name, matcher, expected) => {
    expect(describeMatcher(matcher)).toBe(expected);
  });
});

describe('word positions for near', () => {
  it('count as whitespace exactly what \\s does, for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code.toString(16));
    expect(wrong).toEqual([]);
  });
});
