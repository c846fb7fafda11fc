// The URL table of docs/urls.md, one address a row, as every browser test opens it: addresses
// relative to a language's root ('' is the timeline; `inLang` in tests/e2e/fixture.mjs puts one
// under /uk/ or /ru/). The Chromium suite (tests/e2e/) and the suite every engine runs
// (tests/engines/) take their routes from here, adding what each checks beyond them.
export const ROUTES = [
  '',
  '?actor=witkoff&actor=putin&kind=meeting&status=held&topic=ceasefire&place=moscow&side=us&from=2025-03-01&to=2025-04-30&q=crimea',
  '?actor=witkoff&kind=meeting&axis=2025-03-01..2025-06-30',
  'events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/',
  'actors/',
  'actors/zelensky/',
  'sources/001_50a5bdb0d08203b4/?at=0-50',
  'map/?actor=witkoff&zoom=4&centre=600,250',
  'network/?from=2026-01-01',
  'claims/',
  'actors/?sort=events&q=wit',
  '?embed=1&actor=witkoff',
  '?pick=2025-03-13-witkoff-putin-moscow&pick=2025-12-01-witkoff-putin-moscow',
  'story/?actor=witkoff&step=3&pace=6',
  'story/?events=2025-03-13-witkoff-putin-moscow,2025-12-01-witkoff-putin-moscow&title=Two%20visits&step=1&embed=1',
];
