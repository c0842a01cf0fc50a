import { EncoderClient } from './src/nlp/encoder/encoder-client.js';
const c = new EncoderClient('/tmp/enc-dir-test2');
c.vectors(['warm up']);
const texts = Array.from({ length: 100 }, (_, i) => `The foreign minister of SOURCE said on Tuesday that it rejected the claims made by TARGET about the border number ${i}`);
const t = performance.now();
const v = c.vectors(['SOURCE condemned the strike on TARGET', 'SOURCE decried the attack on TARGET', 'SOURCE praised TARGET', ...texts]);
console.log(performance.now() - t, v[0]!.reduce((s, x, i) => s + x * v[1]![i]!, 0));
