import { describe, expect, it, vi } from 'vitest';
import { HELP_LINKS, isAllowedExternalUrl, openExternalLink } from '../../src/main/links';

describe('external links', () => {
  it('allows every Help link', () => {
    for (const url of Object.values(HELP_LINKS)) expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://github.com/org-planner/org-planner',
    'https://github.com/org-planner/org-planner-evil',
    'https://github.com/someone-else/repo',
    'https://github.com/org-planner/org-planner/../../evil/x',
    'https://user:pw@github.com/org-planner/org-planner',
    'https://github.com:8443/org-planner/org-planner',
    'https://github.com.evil.example/org-planner/org-planner',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'https://github.com/org-planner/org-planner/\nfoo',
    ' https://github.com/org-planner/org-planner',
    'not a url',
    `https://github.com/org-planner/org-planner/${'x'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ toString: () => HELP_LINKS.documentation })).toBe(false);
  });

  it('opens only allowed links', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalLink('https://evil.example/', open)).toBe(false);
    expect(await openExternalLink(HELP_LINKS.rules, open)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(HELP_LINKS.rules);
  });
});
