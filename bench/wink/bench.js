// Peer baseline: wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1, doc.entities() on every document of the
// benchmark corpus (documents separated by form feeds). Prints one JSON line with the figures.
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const file = process.argv[2];
const nlp = winkNLP(model);
const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const fd = fs.openSync(file, 'r');
const chunk = Buffer.alloc(1 << 20);
let pending = Buffer.alloc(0);
let bytes = 0, tokens = 0, entities = 0, docs = 0, peakRss = 0;

function run(buf) {
  if (buf.length === 0) return;
  const doc = nlp.readDoc(buf.toString('utf8'));
  entities += doc.entities().length();
  tokens += doc.tokens().length();
  bytes += buf.length;
  docs++;
  if (docs % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

for (;;) {
  const n = fs.readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  pending = Buffer.concat([pending, chunk.subarray(0, n)]);
  let at;
  while ((at = pending.indexOf(0x0c)) >= 0) {
    run(pending.subarray(0, at));
    pending = pending.subarray(at + 1);
  }
}
run(pending);
const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const seconds = (cpu.user + cpu.system) / 1e6; // CPU time: other load on the machine does not distort it
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const mb = bytes / 1e6;
console.log(JSON.stringify({ docs, mb, seconds, wallSeconds, mbPerSecond: mb / seconds, tokens, tokensPerSecond: tokens / seconds, entities, peakRssMb: peakRss / 1e6 }));
