#!/usr/bin/env node
// Readability.js (npm @mozilla/readability with jsdom) over the pages listed in a JSON file
// ({"id": "path", ...}); prints {"texts": {"id": text}, "seconds": [per page]} for web.py beside it.
// Run by benches/extraction/web.py --others with NODE_PATH pointing at a node_modules that has both.
const { Readability } = require('@mozilla/readability')
const { JSDOM } = require('jsdom')
const { readFileSync } = require('node:fs')

const pages = JSON.parse(readFileSync(process.argv[2], 'utf-8'))
const texts = {}
const seconds = []
for (const [id, path] of Object.entries(pages)) {
  const html = readFileSync(path, 'utf-8')
  const start = process.hrtime.bigint()
  let text = ''
  try {
    const doc = new JSDOM(html, { url: 'https://fake-url.com' })
    const article = new Readability(doc.window.document).parse()
    text = article && article.textContent ? article.textContent : ''
  } catch (e) {
    text = ''
  }
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9)
  texts[id] = text
}
process.stdout.write(JSON.stringify({ texts, seconds }))
