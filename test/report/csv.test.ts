import { describe, expect, it } from 'vitest';
import { csvField, formatCsv } from '../../src/report/csv.js';
import { sampleReport } from './sample-report.js';

describe('formatCsv', () => {
  const rows = formatCsv(sampleReport()).split('\r\n');

  it('has a header and one row per finding or unreadable document, with CRLF line ends', () => {
    expect(rows[0]).toBe('path,format,document_status,error_code,category,status,rule_id,severity,message,evidence,page,section,line');
    expect(rows).toHaveLength(1 + 2 + 1 + 1); // header, two findings, one unreadable, final empty line
    expect(rows[rows.length - 1]).toBe('');
  });

  it('quotes fields with commas and quotes, and leaves missing values empty', () => {
    expect(rows[1]).toBe("contracts/acme.pdf,pdf,audited,,confidentiality,present,confidentiality-mutual,major,Both parties are bound.,Each party shall keep the other party's information confidential.,2,9. Confidentiality,40");
    expect(rows[3]).toBe('contracts/scan.pdf,pdf,unreadable,NO_TEXT,,,,,this PDF has no text layer,,,,');
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });
});
