import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';

const actors = (text: string) => extractDraft(text, { publishedAt: '1998-12-19', id: 't', title: 't' }, {}).actors;

describe('outlets named as a monitoring digest source line', () => {
  it('reads "COUNTRY: Radio X, 17 December." as a media actor', () => {
    const text = 'YEMEN: Radio Sanaa, 17 December. A spokesman for the Yemeni armed forces said that Eritrean forces had landed.\n';
    const outlet = actors(text).find((a) => a.name === 'Radio Sanaa');
    expect(outlet?.kind).toBe('MEDIA');
  });

  it('reads a masthead line ("Outlet, Weekday, date") as a media actor', () => {
    const text = 'Harbour Evening Times, Tuesday, 10 November 2020\n\nThe minister met the envoy in the capital.\n';
    expect(actors(text).find((a) => a.name === 'Harbour Evening Times')?.kind).toBe('MEDIA');
  });

  it('does not take a person named before the day for an outlet', () => {
    const text = 'IRAQ: Prime Minister Ali Hassan, 17 December. The minister met the envoy in Baghdad.\n';
    expect(actors(text).some((a) => a.kind === 'MEDIA')).toBe(false);
  });
});
