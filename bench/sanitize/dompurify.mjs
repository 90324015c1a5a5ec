// Peer side of bench/sanitize: the same pages through DOMPurify on jsdom, the same number of rounds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';

const dir = process.argv[2] ?? 'out';
const rounds = Number(process.argv[3] ?? 5);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
const { window } = new JSDOM('');
const DOMPurify = createDOMPurify(window);
// Comparable settings: whole documents in, no SVG/MathML, forms dropped.
const config = { WHOLE_DOCUMENT: false, USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'] };
DOMPurify.sanitize(pages[0], config); // warm-up
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let out = 0;
for (let r = 0; r < rounds; ++r) for (const p of pages) out += DOMPurify.sanitize(p, config).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6; // includes the garbage collector's threads
const wallMbps = (bytes * rounds) / (1024 * 1024) / seconds;
const mbps = (bytes * rounds) / (1024 * 1024) / cpuSeconds;
console.log(`dompurify ${DOMPurify.version} on jsdom: ${mbps.toFixed(2)} MB/s per CPU second, ${wallMbps.toFixed(2)} MB/s wall`);
console.log(`DOMPURIFY_MBPS=${mbps.toFixed(3)}`);
