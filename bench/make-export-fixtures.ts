/**
 * npm run fixtures:xlsx — writes tests/fixtures/exports/brandwatch-mentions.xlsx, the Excel
 * fixture (kept in git; rerun only to change it). Sheet 1 is a Brandwatch-style mentions export
 * with its report preamble, messy rows and a totals line; sheet 2 ("Notes") a plain table.
 */
import { join, resolve } from 'path';
import { writeXlsx } from './lib/write-xlsx';

const out = join(resolve(__dirname, '..'), 'tests/fixtures/exports/brandwatch-mentions.xlsx');
const at = (iso: string) => new Date(iso);

writeXlsx(out, [
  {
    name: 'Mentions',
    rows: [
      ['Report:', 'Mentions export'],
      ['Brand:', 'Ridgeport PD monitoring'],
      ['From:', at('2026-11-03T00:00:00Z')],
      [],
      ['Query Id', 'Query Name', 'Date', 'Title', 'Url', 'Page Type', 'Author', 'Full Name', 'Full Text', 'Resource Id', 'Twitter Followers', 'Twitter Likes'],
      [2001234567, 'Ridgeport rumors', at('2026-11-03T15:20:00Z'), '', 'https://twitter.com/ridgeport_watch/status/1853400000000000701', 'twitter', 'ridgeport_watch', 'Ridgeport Watch', 'BREAKING: Harbor Bridge closed 🚨', '1853400000000000701', 8812, 1204],
      [2001234567, 'Ridgeport rumors', at('2026-11-03T15:24:10Z'), 'Water', 'https://www.facebook.com/maria.k/posts/702', 'facebook', 'maria.k', 'Maria K', 'Is the water plant really "contaminated"?\nMy kids drank it 😢', 'fb_702', 431, 87],
      [2001234567, 'Ridgeport rumors', at('2026-11-03T15:26:00Z'), '', 'https://twitter.com/someone/status/703', 'twitter', 'someone', '', '', '703', 5, 0],
      [2001234567, 'Ridgeport rumors', 'last Tuesday', '', 'https://twitter.com/rp_alerts/status/704', 'twitter', 'rp_alerts', 'RP Alerts', 'Shelter at Lincoln High is open', '704', 90000, 2],
      ['Total', '', '', '', '', '', '', '', '', '', '', 1293],
    ],
  },
  { name: 'Notes', rows: [['id', 'text', 'created_at'], ['n-1', 'Gas leak on Elm St, evacuate', '2026-11-03T16:00:00Z']] },
]).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
