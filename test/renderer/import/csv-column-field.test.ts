/**
 * The import dialog's column choices (the four mapped columns and the role column) are one component: each column
 * once, as the importer matches a chosen name (trimmed, any case, the first column wins; a blank header never).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { csvColumnChoices, resolveColumns } from '@shared/csv/columns';
import { CsvColumnField } from '../../../src/renderer/src/import/CsvColumnField';

const HEADERS = ['Id', 'Name', ' name ', '', 'Manager Id', 'Title', 'NAME'];

describe('the CSV column choices', () => {
  it('offer each column once, as the importer would match it, and no blank header', () => {
    const choices = csvColumnChoices(HEADERS);
    expect(choices).toEqual(['Id', 'Name', 'Manager Id', 'Title']);
    // Every choice names the column the importer takes for it.
    for (const header of choices) {
      const resolved = resolveColumns(HEADERS, { title: header });
      expect(resolved.ok && HEADERS[resolved.indexes.title]?.trim()).toBe(header);
    }
  });

  it('render the none option first, then one option per column, the chosen one selected', () => {
    const html = renderToStaticMarkup(
      createElement(CsvColumnField, {
        label: 'Name',
        testId: 'csv-map-name',
        headers: HEADERS,
        value: 'Name',
        noneLabel: 'Automatic: Name',
        onChange: vi.fn(),
      }),
    );
    const options = [...html.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)];
    expect(options.map((o) => [o[1], o[3]])).toEqual([
      ['', 'Automatic: Name'],
      ['Id', 'Id'],
      ['Name', 'Name'],
      ['Manager Id', 'Manager Id'],
      ['Title', 'Title'],
    ]);
    expect(options.filter((o) => o[2] !== undefined).map((o) => o[1])).toEqual(['Name']);
    expect(html).toContain('data-testid="csv-map-name"');
  });
});
