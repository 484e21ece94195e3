/**
 * The three pages of the directory benchmark, written as plain HTML and plain script files (tsx
 * would add `__name` helpers to functions passed to page.evaluate, which do not exist in the page).
 * Every page fetches the same JSON file and exposes `window.bench.search(q)`, which types the query,
 * waits until the result for it has been painted and returns { ms, count, ids? }.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AFTER_PAINT_JS = 'function afterPaint() { return new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); }); }';

/** <gk-disclosure-directory src> from the built all-in-one bundle. */
const GONGKAI_JS = `${AFTER_PAINT_JS}
window.bench = {
  ready: function () {
    var el = document.querySelector('gk-disclosure-directory');
    return Boolean(el && el.shadowRoot && el.shadowRoot.querySelector('.result'));
  },
  // total and first title come from the same engine in Node; the search is done when both show.
  search: async function (q, total, first) {
    var root = document.querySelector('gk-disclosure-directory').shadowRoot;
    var input = root.querySelector('input[type="search"]');
    function shownTotal() {
      var el = root.querySelector('.result-count');
      var digits = el ? el.textContent.replace(/[^0-9]/g, '') : '';
      return digits === '' ? -1 : Number(digits);
    }
    function done() {
      if (total === 0) return root.querySelector('.result') === null && root.querySelector('.gk-empty, [part~="empty"]') !== null;
      if (shownTotal() !== total) return false;
      if (first === undefined || first === null) return input.value === '' ? root.querySelector('mark') === null : true;
      var link = root.querySelector('.result .doc-link');
      return Boolean(link) && link.textContent.trim() === first;
    }
    var t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(function (resolve, reject) {
      if (done()) return resolve();
      var mo = new MutationObserver(function () { if (done()) { mo.disconnect(); clearTimeout(timer); resolve(); } });
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      // A result that never shows is a failure of the benchmark, not a long wait.
      var timer = setTimeout(function () {
        mo.disconnect();
        var link = root.querySelector('.result .doc-link');
        reject(new Error('no result for ' + q + ': shows ' + shownTotal() + ' / ' + (link && link.textContent.trim()) + ', expected ' + total + ' / ' + first));
      }, 60000);
    });
    await afterPaint();
    return { ms: performance.now() - t0, count: shownTotal() };
  },
};`;

/** jQuery DataTables, built-in search, body and metadata in hidden searchable columns. */
const DATATABLES_JS = `${AFTER_PAINT_JS}
fetch('/bench-tmp/directory.json').then(function (r) { return r.json(); }).then(function (file) {
  var rows = file.documents.map(function (d) {
    return [d.title, d.documentNumber || '', d.publisher, d.publishedAt, d.indexNumber,
      (d.keywords || []).join(' '), d.summary || '', d.body ? d.body.content : '', d.id];
  });
  window.dt = new DataTable('#t', {
    data: rows, deferRender: true, pageLength: 20, order: [[3, 'desc']],
    columns: [
      { title: '标题' }, { title: '文号' }, { title: '发布机构' }, { title: '公布日期' }, { title: '索引号' },
      { title: '主题词', visible: false }, { title: '内容概述', visible: false }, { title: '正文', visible: false },
      { title: 'id', visible: false, searchable: false },
    ],
  });
  afterPaint().then(function () { window.benchReady = true; });
});
window.bench = {
  ready: function () { return window.benchReady === true; },
  search: async function (q) {
    var t0 = performance.now();
    window.dt.search(q).draw();
    await afterPaint();
    return { ms: performance.now() - t0, count: window.dt.page.info().recordsDisplay };
  },
  ids: function () {
    return window.dt.rows({ search: 'applied' }).data().toArray().map(function (r) { return r[8]; });
  },
};`;

/** What a portal without a library does: String.prototype.includes over each record's text, no folding. */
const SUBSTRING_JS = `${AFTER_PAINT_JS}
var list = document.getElementById('list');
var countEl = document.getElementById('count');
var docs = [];
var texts = [];
function render(matches) {
  countEl.textContent = '共 ' + matches.length + ' 条信息';
  var html = '';
  for (var i = 0; i < Math.min(20, matches.length); i++) {
    var d = docs[matches[i]];
    html += '<li><a href="#">' + escape(d.title) + '</a> ' + escape(d.documentNumber || '') + ' ' + escape(d.publisher) + ' ' + d.publishedAt + '</li>';
  }
  list.innerHTML = html;
}
function escape(s) { return s.replace(/[&<>"]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
fetch('/bench-tmp/directory.json').then(function (r) { return r.json(); }).then(function (file) {
  docs = file.documents.slice().sort(function (a, b) { return a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0; });
  texts = docs.map(function (d) {
    return [d.title, d.documentNumber || '', d.indexNumber, (d.keywords || []).join(' '), d.summary || '', d.body ? d.body.content : ''].join('\\n');
  });
  render(docs.map(function (_, i) { return i; }));
  afterPaint().then(function () { window.benchReady = true; });
});
var lastMatches = [];
window.bench = {
  ready: function () { return window.benchReady === true; },
  search: async function (q) {
    var t0 = performance.now();
    var terms = q.trim().split(/\\s+/);
    var matches = [];
    for (var i = 0; i < texts.length; i++) {
      var ok = true;
      for (var k = 0; k < terms.length && ok; k++) ok = texts[i].indexOf(terms[k]) !== -1;
      if (ok) matches.push(i);
    }
    render(matches);
    lastMatches = matches;
    await afterPaint();
    return { ms: performance.now() - t0, count: matches.length };
  },
  ids: function () { return lastMatches.map(function (i) { return docs[i].id; }); },
};`;

export function writePages(dir: string): void {
  writeFileSync(join(dir, 'gongkai.js'), GONGKAI_JS);
  writeFileSync(join(dir, 'datatables.js'), DATATABLES_JS);
  writeFileSync(join(dir, 'substring.js'), SUBSTRING_JS);
  writeFileSync(join(dir, 'gongkai.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>gk</title>
<script src="/bench-tmp/gongkai.js"></script>
<script type="module" src="/packages/gongkai/dist/gongkai.js"></script>
<gk-disclosure-directory src="/bench-tmp/directory.json" url-state="none"></gk-disclosure-directory>`);
  writeFileSync(join(dir, 'datatables.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>dt</title>
<script src="/node_modules/jquery/dist/jquery.min.js"></script>
<script src="/node_modules/datatables.net/js/dataTables.min.js"></script>
<table id="t"></table>
<script src="/bench-tmp/datatables.js"></script>`);
  writeFileSync(join(dir, 'substring.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>scan</title>
<input type="search" aria-label="搜索"><p id="count"></p><ul id="list"></ul>
<script src="/bench-tmp/substring.js"></script>`);
}
