import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectCsvDelimiter } from '../../src/core/files/csv-reading.js';
import { excelCsv } from '../../src/core/files/excel-csv.js';

describe('CSV for Finnish Excel', () => {
  it('writes a BOM, semicolons and CRLF, quotes cells with ; " or a line break, and reads back as written', () => {
    const rows = [
      ['vaihtoehto', 'vastaaja'],
      ['Kyllä; toki', 'Åsa "Åkka" Ström'],
      ['kaksi\nriviä', 'yksi\r\nrivi'],
      ['=SUM(A1)', 3],
    ];
    const csv = excelCsv(rows);
    expect(csv).toBe('\uFEFFvaihtoehto;vastaaja\r\n"Kyllä; toki";"Åsa ""Åkka"" Ström"\r\n"kaksi\nriviä";"yksi\r\nrivi"\r\n\'=SUM(A1);3\r\n');
    const text = decodeCsvBytes(new TextEncoder().encode(csv));
    expect(detectCsvDelimiter(text)).toBe(';');
    expect(parse(text, { delimiter: ';' })).toEqual([...rows.slice(0, 3), ["'=SUM(A1)", '3']]);
  });

  it('reads UTF-8 with or without BOM as UTF-8, and anything else as Windows-1252 (€ ‚ “ ” – Ÿ included)', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFFä;€'))).toBe('ä;€');
    expect(decodeCsvBytes(new TextEncoder().encode('ä;€'))).toBe('ä;€');
    expect(decodeCsvBytes(Uint8Array.from([0xe4, 0x3b, 0x80, 0x82, 0x93, 0x94, 0x96, 0x9f, 0xc5]))).toBe('ä;€‚“”–ŸÅ');
  });
});
