import { EncoderClient } from './src/nlp/encoder/encoder-client.js';
const c = new EncoderClient();
const words = ['condemn', 'decry', 'denounce', 'criticize', 'slam', 'rebuff', 'reject', 'dismiss', 'praise', 'welcome', 'hail', 'meet', 'visit', 'accuse', 'blame', 'threaten', 'warn', 'attack', 'strike', 'shell', 'support', 'back', 'endorse', 'deny', 'refute', 'say', 'urge', 'call', 'sanction', 'host', 'travel', 'sign', 'agree', 'oppose'];
const v = c.vectors(words);
const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
for (let i = 0; i < words.length; i += 1) {
  const near = words.map((w, j) => [w, cos(v[i]!, v[j]!)] as const).filter(([w]) => w !== words[i]).sort((x, y) => y[1] - x[1]).slice(0, 4);
  console.log(words[i], near.map(([w, s]) => `${w}:${s.toFixed(2)}`).join(' '));
}
