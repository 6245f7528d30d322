import { describe, expect, it } from 'vitest';
import { attachedLabels, danglingReferences } from '../../src/engine/references.js';
import { textDocument } from './helpers.js';

describe('attachedLabels', () => {
  it.each([
    ['a schedule heading with text under it', 'The services are set out in Schedule 1.\n\nSchedule 1 - Services\n\nMonitoring and patching.', ['schedule 1']],
    ['a schedule heading with nothing under it', 'The services are set out in Schedule 1.\n\nSchedule 1 - Services', []],
    ['a schedule heading over an empty list item', 'Intro.\n\nSchedule 1 - Services\n\n-\n\n2. Fees\n\nThe fees.', []],
    ['a schedule whose text sits under a sub-heading', 'Intro.\n\nSchedule 2 - Service Levels\n\n2.1 Response Times\n\nWe respond within one hour.', ['schedule 2']],
    ['an exhibit and a roman-numbered appendix', 'Exhibit A\n\nBody text here.\n\nAppendix II - Prices\n\nPrices here.', ['exhibit a', 'appendix ii']],
    ['only the schedules that have text', 'Intro text here.\n\nSchedule 3 - Excluded Items\n\nSchedule 4 - Prices\n\nThe prices are in the quote.', ['schedule 4']],
    ['a mention of a schedule in body text', 'The services are set out in Schedule 1 to this agreement.', []],
  ])('finds %s', async (_name, text, expected) => {
    expect([...attachedLabels(await textDocument(text))]).toEqual(expected);
  });
});

describe('danglingReferences', () => {
  it.each<[string, string[], string[]]>([
    ['The services are described in Schedule 1.', [], ['Schedule 1']],
    ['The services are described in Schedule 1.', ['schedule 1'], []],
    ['The services are described in SCHEDULE 1.', ['schedule 1'], []],
    ['Please schedule a call with the help desk.', [], []],
    ['Visits must be booked on a schedule in advance.', [], []],
    ['See Exhibit B, Appendix 3 and Attachment C.', [], ['Exhibit B', 'Appendix 3', 'Attachment C']],
    ['See Annex IV and Addendum 1.', ['addendum 1'], ['Annex IV']],
    ['See SCHEDULE 2 and then Schedule 2 again.', [], ['Schedule 2']],
    ['See Schedule 1 and Schedule 3.', ['schedule 1'], ['Schedule 3']],
  ])('%j with %j attached leaves %j dangling', (text, attached, expected) => {
    expect(danglingReferences(text, new Set(attached))).toEqual(expected);
  });

  it('works with the labels found in a document', async () => {
    const document = await textDocument('The Provider shall provide the services in Schedule 1.\n\nSchedule 1 - Services\n\nServer monitoring.');
    expect(danglingReferences('as set out in Schedule 1 and Schedule 3', attachedLabels(document))).toEqual(['Schedule 3']);
  });
});
