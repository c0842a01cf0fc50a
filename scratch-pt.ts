import { devBriefing } from './tests/unit/extract/learned/support.js';
const { candidates } = devBriefing('balkans-baltics-2018-03-14');
for (const c of candidates.slice(0, 12)) console.log(c.a.actor.name, '->', c.b.actor.name, '|', c.text);
