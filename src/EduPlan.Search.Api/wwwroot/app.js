/* EduPlan.Search – staff page (single-page app, no dependencies).
 *
 * Routes (query string, no hash routing):
 *   /?q=...&province=...&kind=...&year=...&schoolYear=...&page=N   search
 *   /?doc=<id>#<sectionId>                                            document view
 *   /?instrument=<key>                                                instrument view
 *
 * Safety: text from the API (titles, contexts, facet values, the query echo) is only ever
 * inserted with textContent / createTextNode. innerHTML is used for exactly two things:
 * the document `html` the server renders, and search snippets, which are re-built so that
 * only text and <mark> survive.
 * CSP: runs under default-src 'self' – no inline script/style, no eval, no style attributes.
 */
'use strict';

(() => {
  const PAGE_SIZE = 10;
  const DEBOUNCE_MS = 300;
  const FACET_LIMIT = 10;
  const RECENT_SIZE = 20;

  const FACETS = [
    { key: 'province', label: 'Tỉnh/thành' },
    { key: 'kind', label: 'Loại văn bản' },
    { key: 'year', label: 'Năm' },
    { key: 'schoolYear', label: 'Năm học' },
  ];

  const RELATIONS = {
    can_cu: 'Căn cứ',
    thuc_hien: 'Thực hiện',
    de_nghi: 'Đề nghị',
    ban_hanh_kem_theo: 'Ban hành kèm theo',
    sua_doi: 'Sửa đổi',
    thay_the: 'Thay thế',
    bai_bo: 'Bãi bỏ',
    huong_dan: 'Hướng dẫn',
    mention: 'Nhắc đến',
  };

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const nf = new Intl.NumberFormat('vi-VN');
  const collator = new Intl.Collator('vi');

  // ---------------------------------------------------------------- DOM helpers

  const $ = (id) => document.getElementById(id);

  /** Creates an element. attrs: class, text, dataset, hidden, or any attribute (never style / on*). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = String(v);
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k === 'class') node.setAttribute('class', v);
      else if (/^on/i.test(k) || k === 'style') throw new Error('forbidden attribute ' + k);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false || c === '') continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  /** Appends an API snippet (HTML-escaped text with <mark>) keeping only text and <mark>. */
  function appendSnippet(target, html) {
    const tpl = document.createElement('template'); // inert: nothing loads, nothing runs
    tpl.innerHTML = String(html ?? '');
    const copy = (src, dst) => {
      for (const n of src.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) dst.append(document.createTextNode(n.data));
        else if (n.nodeType === Node.ELEMENT_NODE) {
          if (n.localName === 'mark') {
            const m = document.createElement('mark');
            copy(n, m);
            dst.append(m);
          } else if (n.localName !== 'script' && n.localName !== 'style') {
            copy(n, dst);
          }
        }
      }
    };
    copy(tpl.content, target);
    return target;
  }

  // ---------------------------------------------------------------- formatting

  function fmtDate(d) {
    if (!d) return '';
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
    m = /^(\d{4})-(\d{2})$/.exec(d);
    if (m) return `${m[2]}/${m[1]}`;
    return String(d);
  }

  /** How many words of a query the service reads (UserQuery.MaxUnits). */
  const MAX_TERMS = 24;

  const relLabel = (r) => RELATIONS[r] || (r ? String(r).replace(/_/g, ' ') : '');
  const scopeLabel = (s) => (!s ? '' : s === 'national' ? 'Toàn quốc' : s);

  function instrumentLabel(ins) {
    if (!ins) return '';
    const kind = ins.kind || 'Văn bản';
    if (ins.symbol) return `${kind} ${ins.symbol}`;
    // A title that names its kind already ("Luật Giáo dục", "Chỉ thị về …") is not prefixed with it again.
    if (ins.title) return ins.title.toLowerCase().startsWith(kind.toLowerCase()) ? ins.title : `${kind} ${ins.title}`;
    if (ins.date) return `${kind} ngày ${fmtDate(ins.date)}`;
    return kind;
  }

  function docMetaLine(d) {
    return [d.province, d.kind, d.symbol, fmtDate(d.date)].filter(Boolean).join(' · ');
  }

  function slug(s) {
    return String(s || '')
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  // ---------------------------------------------------------------- URLs

  /** A document's page; from a search, hl is the query, whose words the text then marks. */
  const docUrl = (id, sectionId, hl) =>
    `/?doc=${encodeURIComponent(id)}${hl ? '&hl=' + encodeURIComponent(hl) : ''}${sectionId ? '#' + encodeURIComponent(sectionId) : ''}`;
  /** An instrument's page; with a province, its citing documents of that province alone. */
  const instrumentUrl = (key, province) =>
    `/?instrument=${encodeURIComponent(key)}${province ? '&province=' + encodeURIComponent(province) : ''}`;

  /** The query as typed, composed (NFC): a query typed or pasted decomposed is the same query, and its URL shares as one. */
  function typedQuery() {
    return fitQuery($('q').value.normalize('NFC').trim());
  }

  /** The longest query the service takes, in characters composed (SearchRequest.MaxQueryLength); longer, it answers 400. */
  const MAX_QUERY_CHARS = 1000;
  /** A word no longer than this may be backed off to keep it whole (VietnameseAnalyzer.MaxTokenLength: a longer one is not searched). */
  const MAX_WORD_CHARS = 120;
  /** Queries shortened to fit, by what they were shortened to: the length each had, said beside its results. */
  const shortenedFrom = new Map();

  /**
   * The query within MAX_QUERY_CHARS. A longer one (a pasted paragraph) is searched up to the last word that fits, and the results say
   * so: the box's maxlength cut a paste at 1,000 characters, mid-word, and nothing said the rest was not searched. The box keeps what
   * was pasted.
   */
  function fitQuery(q) {
    if (q.length <= MAX_QUERY_CHARS) return q;
    let cut = q.slice(0, MAX_QUERY_CHARS);
    const wordStart = q.slice(0, MAX_QUERY_CHARS + 1).search(/\s\S*$/);
    if (wordStart >= MAX_QUERY_CHARS - MAX_WORD_CHARS) cut = q.slice(0, wordStart);
    else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    cut = cut.trimEnd();
    shortenedFrom.set(cut, q.length);
    return cut;
  }

  function readSearchState(search = location.search) {
    const p = new URLSearchParams(search);
    const page = parseInt(p.get('page') || '1', 10);
    const s = { q: fitQuery((p.get('q') || '').normalize('NFC')), page: Number.isFinite(page) && page > 0 ? page : 1, filters: {} };
    for (const f of FACETS) s.filters[f.key] = [...new Set(p.getAll(f.key).filter((v) => v !== ''))];
    return s;
  }

  function searchUrl(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const f of FACETS) for (const v of s.filters[f.key] || []) p.append(f.key, v);
    if (s.page > 1) p.set('page', String(s.page));
    const qs = p.toString();
    return '/' + (qs ? '?' + qs : '');
  }

  const hasFilters = (s) => FACETS.some((f) => (s.filters[f.key] || []).length > 0);
  const cloneState = (s) => ({ q: s.q, page: s.page, filters: Object.fromEntries(FACETS.map((f) => [f.key, [...(s.filters[f.key] || [])]])) });

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || `Máy chủ trả lỗi ${status}`);
      this.status = status;
      this.problem = problem;
    }
  }

  /** The response of a GET to the API, once it is known to be a success; ApiError otherwise. */
  async function request(path, params, signal) {
    const url = new URL(path, location.origin);
    if (params) {
      for (const [k, v] of Object.entries(params)) {
        if (v === null || v === undefined || v === '') continue;
        if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
        else url.searchParams.set(k, String(v));
      }
    }
    let res;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(0, { title: 'Không kết nối được máy chủ. Vui lòng thử lại.' });
    }
    if (!res.ok) {
      let problem = null;
      try { problem = await res.json(); } catch { /* not JSON */ }
      throw new ApiError(res.status, problem);
    }
    return res;
  }

  async function api(path, params, signal) {
    return (await request(path, params, signal)).json();
  }

  // The counts over the whole corpus: never the documents themselves, which a national corpus makes far too many.
  /** Citing documents per page on an instrument, on a document's panel, and nodes drawn around an instrument. */
  const CITEDBY_SIZE = 50;
  const DOC_CITEDBY_SIZE = 20;
  const GRAPH_LIMIT = 60;

  let facetsPromise = null;
  function allFacets() {
    if (!facetsPromise) {
      facetsPromise = api('/api/facets').catch((e) => { facetsPromise = null; throw e; });
    }
    return facetsPromise;
  }

  /** One page of the documents, most recent first, with the number of documents in the corpus. */
  async function recentDocuments(page, signal) {
    const res = await request('/api/documents', { page, size: RECENT_SIZE }, signal);
    const docs = await res.json();
    const total = parseInt(res.headers.get('X-Total-Count') || '', 10);
    return { docs: Array.isArray(docs) ? docs : [], total: Number.isFinite(total) ? total : null };
  }

  const docCache = new Map();
  /** A document as shown: its id, and the query whose words it marks. */
  const docKey = (id, hl) => id + '\n' + (hl || '');

  function getDocument(id, hl) {
    const key = docKey(id, hl);
    if (!docCache.has(key)) {
      const p = api(`/api/documents/${encodeURIComponent(id)}${hl ? '?q=' + encodeURIComponent(hl) : ''}`);
      docCache.set(key, p);
      p.catch(() => docCache.delete(key));
    }
    return docCache.get(key);
  }

  // ---------------------------------------------------------------- status

  /** Says a text to screen readers only: the result count, an error (both shown elsewhere on the page). */
  function announce(text) {
    const a = $('announcer');
    // Emptied first, so the same words said again (the same count for a new query) are announced again.
    a.textContent = '';
    setTimeout(() => { a.textContent = text || ''; }, 50);
  }

  function setStatus(text, kind) {
    const s = $('status');
    s.textContent = text || '';
    s.className = 'status' + (kind ? ' status-' + kind : '');
  }

  /**
   * What went wrong, in words staff can act on. The API's details are written for developers (and in English):
   * the common 400s are said here in Vietnamese; anything else says the request could not be served.
   */
  function errorText(e) {
    if (!(e instanceof ApiError)) return 'Đã xảy ra lỗi: ' + (e && e.message ? e.message : String(e));
    const detail = e.message || '';
    if (e.status === 400) {
      if (/^q is \d+ characters/.test(detail)) return 'Câu tìm kiếm quá dài: tối đa 1.000 ký tự. Hãy rút gọn hoặc đặt cụm từ chính trong "ngoặc kép".';
      if (/^q has no searchable word: .*operator/.test(detail)) return 'AND, OR và NOT là toán tử nối các từ: hãy gõ từ cần tìm, hoặc đặt toán tử trong "ngoặc kép" để tìm chính từ đó.';
      if (/^q has no searchable word/.test(detail)) return 'Hãy gõ ít nhất một từ cần tìm (không chỉ những từ loại trừ bằng dấu trừ).';
      if (/^schoolYear/.test(detail)) return 'Năm học không hợp lệ: hãy chọn năm học dạng 2023-2024.';
      if (/^year/.test(detail)) return 'Năm không hợp lệ: hãy chọn năm có 4 chữ số, ví dụ 2023.';
      const unknown = /^(province|kind) '([^']*)'/.exec(detail);
      if (unknown) return `${unknown[1] === 'province' ? 'Tỉnh/thành' : 'Loại văn bản'} “${unknown[2]}” không có trong danh sách. Hãy chọn lại bộ lọc.`;
      return 'Yêu cầu tìm kiếm không hợp lệ. Hãy kiểm tra từ khóa và bộ lọc.';
    }
    if (e.status === 404) return 'Không tìm thấy nội dung được yêu cầu.';
    if (e.status === 429) return 'Bạn đã gửi quá nhiều yêu cầu trong một phút. Vui lòng đợi một lát rồi thử lại.';
    if (e.status === 503) return 'Hệ thống đang chuẩn bị dữ liệu tìm kiếm. Vui lòng thử lại sau ít giây.';
    return `Máy chủ không xử lý được yêu cầu (mã ${e.status}). Vui lòng thử lại.`;
  }

  // ---------------------------------------------------------------- routing

  const views = ['search-view', 'doc-view', 'instrument-view'];
  let currentView = null;
  let viewSeq = 0;

  function showView(id) {
    for (const v of views) $(v).hidden = v !== id;
    currentView = id;
    document.body.dataset.view = id;
  }

  function navigate(url, opts = {}) {
    // Any other navigation ends a burst of typing: the search typed next is an entry of its own, not one over a filter just picked.
    if (!opts.fromTyping) lastTypedSearch = 0;
    const target = new URL(url, location.href);
    const rel = target.pathname + target.search + target.hash;
    if (opts.replace) history.replaceState(null, '', rel);
    else if (rel !== location.pathname + location.search + location.hash) history.pushState(null, '', rel);
    route(opts);
  }

  function route(opts = {}) {
    const p = new URLSearchParams(location.search);
    const seq = ++viewSeq;
    if (p.has('doc')) {
      cancelSearch();
      showDocument(p.get('doc'), (p.get('hl') || '').normalize('NFC').trim(), seq, opts);
    } else if (p.has('instrument')) {
      cancelSearch();
      showInstrument(p.get('instrument'), p.get('province') || null, seq, opts);
    } else {
      showSearch(readSearchState(), opts);
    }
  }

  function focusHeading(id) {
    const h = $(id);
    if (h) h.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }

  // Intercept same-origin navigation to "/" so the page is not reloaded.
  document.addEventListener('click', (ev) => {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const a = ev.target instanceof Element ? ev.target.closest('a') : null;
    if (!a) return;
    const targetAttr = a.getAttribute('target');
    if (targetAttr && targetAttr !== '_self') return;
    if (a.hasAttribute('download')) return;
    const raw = a.getAttribute('href') ?? a.getAttribute('xlink:href');
    if (raw === null) return;
    let url;
    try { url = new URL(raw, location.href); } catch { return; }
    if (url.origin !== location.origin || url.pathname !== '/') return;
    if (url.search === location.search && location.pathname === '/' && url.hash) {
      return; // in-page anchor: let the browser scroll; 'hashchange' marks the target
    }
    ev.preventDefault();
    navigate(url.href, { focus: a.dataset.focus || 'view' });
  });

  window.addEventListener('popstate', () => { lastTypedSearch = 0; route({ fromPop: true }); });
  window.addEventListener('hashchange', () => { if (currentView === 'doc-view') scrollToHash(false); });

  // ---------------------------------------------------------------- search box

  const qInput = $('q');
  let debounceTimer = 0;

  function currentSearchBase() {
    // Filters are kept while searching from the search view; a new search from a
    // document starts afresh.
    return currentView === 'search-view' ? readSearchState() : readSearchState('');
  }

  // Results follow typing; a burst of typing is one history entry, so Back returns to the search before it. A pause of
  // TYPING_ENTRY_MS, Enter, or any other navigation ends the burst: the next typed search is a new entry.
  const TYPING_ENTRY_MS = 2000;
  let lastTypedSearch = 0;

  qInput.addEventListener('input', () => {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => {
      const s = currentSearchBase();
      s.q = typedQuery();
      s.page = 1;
      const sameEntry = currentView === 'search-view' && Date.now() - lastTypedSearch < TYPING_ENTRY_MS;
      lastTypedSearch = Date.now();
      navigate(searchUrl(s), { replace: sameEntry, fromTyping: true });
    }, DEBOUNCE_MS);
  });

  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(debounceTimer);
    const s = currentSearchBase();
    s.q = typedQuery();
    s.page = 1;
    lastTypedSearch = 0;
    navigate(searchUrl(s), { fromTyping: true, force: true });
  });

  qInput.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && currentView === 'search-view') {
      const first = document.querySelector('#results .hit a.title, #results .doc-item a.title');
      if (first) { ev.preventDefault(); first.focus(); }
    } else if (ev.key === 'Escape' && qInput.value) {
      // native type=search clears on Escape; make it search again
      setTimeout(() => qInput.dispatchEvent(new Event('input')), 0);
    }
  });

  document.addEventListener('keydown', (ev) => {
    if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    ev.preventDefault();
    qInput.focus();
    qInput.select();
  });

  // ---------------------------------------------------------------- search view

  let searchCtl = null;
  let searchSeq = 0;
  let lastRenderedUrl = null;
  let restoreFacetFocus = null;

  function cancelSearch() {
    searchSeq++;
    if (searchCtl) searchCtl.abort();
    searchCtl = null;
    $('results').removeAttribute('aria-busy');
  }

  function showSearch(s, opts) {
    showView('search-view');
    // A query shortened to fit keeps the box as pasted: the results say how much of it was searched.
    if ((!opts.fromTyping || document.activeElement !== qInput) && typedQuery() !== s.q) qInput.value = s.q;
    document.title = (s.q ? `${s.q} – ` : '') + 'EduPlan – Tìm kiếm văn bản chỉ đạo giáo dục';
    const url = searchUrl(s);
    if (s.q || hasFilters(s)) sessionStorage.setItem('eduplan.lastSearch', url);
    // Back to the welcome list it still shows is that list, with the pages of it loaded and where it was scrolled: asked again, it was
    // its first page, and staff reading the recent documents page by page lost their place at each one they opened.
    if (url === lastRenderedUrl && !opts.force && (!opts.fromPop || url === '/')) return;
    runSearch(s, opts);
  }

  async function runSearch(s, opts) {
    const seq = ++searchSeq;
    if (searchCtl) searchCtl.abort();
    const ctl = new AbortController();
    searchCtl = ctl;
    const results = $('results');

    if (!s.q.trim() && !hasFilters(s)) {
      renderWelcome(seq, ctl.signal);
      return;
    }

    results.setAttribute('aria-busy', 'true');
    setStatus('Đang tìm…', 'busy');
    const base = { q: s.q || null, page: s.page, size: PAGE_SIZE };
    for (const f of FACETS) base[f.key] = s.filters[f.key];

    // Facet counts are over the filtered result, so a facet with a selected value would
    // only list that value. To let users OR several values, each facet that has a
    // selection gets its counts from the same search without its own filter.
    // One request per distinct question: with one facet selected, its counts and the query without filters are the same search.
    const asked = new Map();
    const withoutFilters = (keys) => {
      const params = { ...base, page: 1, size: 1 };
      for (const k of keys) params[k] = [];
      const id = JSON.stringify(params);
      if (!asked.has(id)) asked.set(id, api('/api/search', params, ctl.signal));
      return asked.get(id);
    };
    const facetQueries = FACETS.filter((f) => s.filters[f.key].length).map((f) => {
      const without = cloneState(s);
      without.filters[f.key] = [];
      if (!without.q.trim() && !hasFilters(without)) {
        return allFacets().then((all) => [f.key, all[f.key] || null]).catch(() => [f.key, null]);
      }
      return withoutFilters([f.key])
        .then((r) => [f.key, r.facets ? r.facets[f.key] : null])
        .catch(() => [f.key, null]);
    });
    // Filters stay for the next query typed (to search within a province picked on the welcome page, or to refine a query), so
    // a query filtered says how many it finds without them: filters picked from one query's counts silently hid the next one's hits.
    const unfiltered = s.q.trim() && hasFilters(s)
      ? withoutFilters(FACETS.map((f) => f.key)).then((r) => Number(r.total)).catch(() => null)
      : Promise.resolve(null);

    try {
      const data = await api('/api/search', base, ctl.signal);
      const extra = Object.fromEntries((await Promise.all(facetQueries)).filter(([, v]) => v));
      const allTotal = await unfiltered;
      if (seq !== searchSeq) return;
      canonicalFilters(s, data.filters);
      renderResults(s, data, extra, allTotal, opts);
      // The instruments the query names by number, or a law by name (the service reads which): a card above the first page's hits.
      renderNamedInstruments(s.page === 1 && Array.isArray(data.instruments) ? data.instruments : []);
      lastRenderedUrl = searchUrl(s);
      setStatus('');
    } catch (e) {
      if (e.name === 'AbortError' || seq !== searchSeq) return;
      lastRenderedUrl = null;
      renderSearchError(s, e);
    } finally {
      if (seq === searchSeq) results.removeAttribute('aria-busy');
    }
  }

  function renderNamedInstruments(list) {
    const box = clear($('named-instruments'));
    box.hidden = !list.length;
    for (const ins of list) {
      const about = [ins.date ? `ngày ${fmtDate(ins.date)}` : ins.year, ins.issuer,
        ins.citedByCount ? `được ${nf.format(ins.citedByCount)} văn bản trích dẫn` : null].filter(Boolean).join(' · ');
      box.append(el('a', { class: 'named-instrument', href: instrumentUrl(ins.key) },
        el('strong', { class: 'named-label', text: instrumentLabel(ins) }),
        ins.symbol && ins.title ? el('span', { class: 'named-title', text: ` ${ins.title}` }) : null,
        about ? el('span', { class: 'named-about', text: about }) : null));
    }
  }

  /**
   * The filters as the service names them, as its facets do ("kind=KH" is "Kế hoạch", "schoolYear=2023-24" is "2023-2024"): shown,
   * pressed and linked so, and the address says so too. As typed, the facet stood unpressed beside a pressed "KH" counting 0.
   */
  function canonicalFilters(s, named) {
    if (!named) return;
    let renamed = false;
    for (const f of FACETS) {
      const values = Array.isArray(named[f.key]) ? named[f.key].map(String) : null;
      if (!values || values.join('\u0000') === s.filters[f.key].join('\u0000')) continue;
      s.filters[f.key] = values;
      renamed = true;
    }
    if (renamed) history.replaceState(null, '', searchUrl(s) + location.hash);
  }

  function sortFacetValues(key, values) {
    const arr = values.map((v) => ({ value: String(v.value), count: Number(v.count) || 0 }));
    if (key === 'year' || key === 'schoolYear') arr.sort((a, b) => collator.compare(b.value, a.value));
    else arr.sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
    return arr;
  }

  /**
   * A filter value as the service compares it: without marks, case, "tỉnh"/"thành phố" or spacing, so that a shared link's
   * "tỉnh sơn la" is the facet's "Sơn La" and "2023 - 2024" its "2023-2024".
   */
  function filterKey(value) {
    return slug(value).replace(/^(?:tinh|thanh-pho|tp|nam-hoc)-/, '').replace(/-/g, '');
  }

  /** The selected value (as the URL has it) that stands for a facet value, if any. */
  function selectedAs(selected, value) {
    return selected.find((v) => filterKey(v) === filterKey(value));
  }

  function renderFacets(s, facets) {
    const groups = clear($('facet-groups'));
    let any = false;
    for (const f of FACETS) {
      const selected = s.filters[f.key];
      let values = sortFacetValues(f.key, (facets && facets[f.key]) || []);
      for (const v of selected) if (!values.some((x) => filterKey(x.value) === filterKey(v))) values.push({ value: v, count: 0 });
      if (!values.length) continue;
      any = true;
      const list = el('ul', { class: 'facet-values' });
      values.forEach((v, i) => {
        const on = selectedAs(selected, v.value) !== undefined;
        const btn = el('button', {
          type: 'button',
          class: 'facet-value' + (on ? ' is-on' : ''),
          'aria-pressed': on ? 'true' : 'false',
          dataset: { facet: f.key, value: v.value },
        }, el('span', { class: 'facet-label', text: v.value }), el('span', { class: 'facet-count', text: nf.format(v.count) }));
        btn.addEventListener('click', () => toggleFilter(f.key, v.value));
        const li = el('li', { class: i >= FACET_LIMIT && !on ? 'facet-extra' : null, hidden: i >= FACET_LIMIT && !on });
        li.append(btn);
        list.append(li);
      });
      const group = el('div', { class: 'facet', role: 'group', 'aria-labelledby': `facet-h-${f.key}`, dataset: { facet: f.key } },
        el('h3', { id: `facet-h-${f.key}`, class: 'facet-title', text: f.label }), list);
      if (values.length > FACET_LIMIT) {
        const more = el('button', { type: 'button', class: 'facet-more', 'aria-expanded': 'false', text: `Xem thêm (${values.length - FACET_LIMIT})` });
        more.addEventListener('click', () => {
          const open = more.getAttribute('aria-expanded') !== 'true';
          more.setAttribute('aria-expanded', String(open));
          more.textContent = open ? 'Thu gọn' : `Xem thêm (${values.length - FACET_LIMIT})`;
          for (const li of list.querySelectorAll('.facet-extra')) li.hidden = !open;
        });
        group.append(more);
      }
      groups.append(group);
    }
    $('facets').hidden = !any;
    if (restoreFacetFocus) {
      const { facet, value } = restoreFacetFocus;
      restoreFacetFocus = null;
      const btn = [...groups.querySelectorAll('button.facet-value')].find((b) => b.dataset.facet === facet && b.dataset.value === value);
      if (btn) btn.focus({ preventScroll: true });
    }
  }

  /** From a facet, focus stays on that facet's button; from a chip (which disappears), it goes to the result summary. */
  function toggleFilter(key, value, fromChip = false) {
    clearTimeout(debounceTimer);
    const s = readSearchState();
    s.q = typedQuery();
    const arr = s.filters[key];
    const i = arr.findIndex((v) => filterKey(v) === filterKey(value));
    if (i >= 0) arr.splice(i, 1); else arr.push(value);
    s.page = 1;
    restoreFacetFocus = fromChip ? null : { facet: key, value };
    navigate(searchUrl(s), { focus: fromChip ? 'summary' : 'none' });
  }

  /**
   * The filters in force, each with its count of hits for this query (as its facet has it), and one button off them all: with a
   * query, "Tìm trong tất cả (N)", N the documents the query finds unfiltered (allTotal).
   */
  function renderActiveFilters(s, facets = null, allTotal = null) {
    const box = clear($('active-filters'));
    const chips = [];
    for (const f of FACETS) {
      for (const v of s.filters[f.key]) {
        const shown = facets && (facets[f.key] || []).find((x) => filterKey(x.value) === filterKey(v));
        const count = facets ? Number(shown && shown.count) || 0 : null;
        const chip = el('button', {
          type: 'button', class: 'chip',
          'aria-label': `Bỏ lọc ${f.label}: ${v}${count === null ? '' : ` (${nf.format(count)} văn bản)`}`,
          dataset: { facet: f.key, value: v },
        },
          el('span', { class: 'chip-facet', text: f.label + ': ' }), el('span', { text: v }),
          count === null ? null : el('span', { class: 'chip-count', text: nf.format(count) }),
          el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' }));
        chip.addEventListener('click', () => toggleFilter(f.key, v, true));
        chips.push(chip);
      }
    }
    if (!chips.length) { box.hidden = true; return; }
    const searchAll = s.q && allTotal !== null;
    const clearAll = el('button', {
      type: 'button', class: 'chip chip-clear',
      'aria-label': searchAll ? `Bỏ mọi bộ lọc, tìm “${s.q}” trong tất cả văn bản: ${nf.format(allTotal)} văn bản` : null,
      text: searchAll ? `Tìm trong tất cả (${nf.format(allTotal)})` : 'Xóa tất cả bộ lọc',
    });
    clearAll.addEventListener('click', () => {
      clearTimeout(debounceTimer);
      const s2 = readSearchState();
      s2.q = typedQuery();
      for (const f of FACETS) s2.filters[f.key] = [];
      s2.page = 1;
      navigate(searchUrl(s2), { focus: 'summary' });
    });
    box.append(el('span', { class: 'chips-label', text: 'Đang lọc:' }), ...chips, clearAll);
    box.hidden = false;
  }

  function renderResults(s, data, extraFacets, allTotal, opts) {
    const results = clear($('results'));
    const total = Number(data.total) || 0;
    const size = Number(data.size) || PAGE_SIZE;
    const page = Number(data.page) || s.page;
    const pages = Math.max(1, Math.ceil(total / size));
    const hits = Array.isArray(data.hits) ? data.hits : [];

    const facets = { ...(data.facets || {}), ...extraFacets };
    renderActiveFilters(s, facets, allTotal);
    renderFacets(s, facets);

    const summary = clear($('summary'));
    const qEcho = (data.query ?? s.q) || '';
    // Said in the summary (which is announced) as well as by the chips: a count the filters cut is never given as the query's own.
    const filtered = () => {
      if (!hasFilters(s)) return;
      summary.append(' với bộ lọc đã chọn');
      if (allTotal !== null && allTotal !== total) summary.append(el('span', { class: 'unfiltered', text: ` (không lọc: ${nf.format(allTotal)} văn bản)` }));
    };
    // What of the query was not searched, with or without hits: its characters past the service's limit, and the words left out
    // beyond its MAX_TERMS (which ones: the service keeps those that tell), rather than rank as if read whole.
    const notSearched = () => {
      if (shortenedFrom.has(s.q))
        summary.append(el('span', { class: 'truncated shortened', text: ` (câu tìm kiếm dài ${nf.format(shortenedFrom.get(s.q))} ký tự, quá giới hạn ` +
          `${nf.format(MAX_QUERY_CHARS)}: chỉ ${nf.format(s.q.length)} ký tự đầu được dùng)` }));
      if (data.ignored?.length)
        summary.append(el('span', { class: 'truncated', text: ` (câu dài: chỉ ${MAX_TERMS} từ được dùng để tìm; bỏ qua: ${data.ignored.join(' ')})` }));
    };
    if (total === 0) {
      summary.append('Không tìm thấy văn bản nào');
      if (qEcho) summary.append(' cho ', el('strong', { class: 'q-echo', text: `“${qEcho}”` }));
      filtered();
      notSearched();
      summary.append('.');
    } else {
      summary.append('Tìm thấy ', el('strong', { text: nf.format(total) }), ' văn bản');
      if (qEcho) summary.append(' cho ', el('strong', { class: 'q-echo', text: `“${qEcho}”` }));
      filtered();
      notSearched();
      // A page past the end (a link kept from before the corpus changed, a typed URL) says how many pages there are: "trang 99/4" was none of them.
      if (page > pages) summary.append(` · chỉ có ${nf.format(pages)} trang`);
      else if (pages > 1) summary.append(` · trang ${nf.format(page)}/${nf.format(pages)}`);
      if (typeof data.tookMs === 'number') summary.append(el('span', { class: 'took', text: ` (${nf.format(data.tookMs)} ms)` }));
    }

    const dym = clear($('didyoumean'));
    if (data.didYouMean && data.didYouMean !== s.q) {
      const s2 = cloneState(s);
      s2.q = data.didYouMean;
      s2.page = 1;
      dym.append('Có phải bạn muốn tìm: ', el('a', { href: searchUrl(s2), class: 'dym-link', text: data.didYouMean }));
      dym.hidden = false;
    } else dym.hidden = true;

    if (!hits.length && total > 0 && page > 1) {
      const s1 = cloneState(s);
      s1.page = 1;
      results.append(el('p', { class: 'empty' }, 'Trang này không có kết quả. ', el('a', { href: searchUrl(s1), text: 'Về trang đầu' })));
    } else if (!hits.length) {
      results.append(el('div', { class: 'empty' },
        el('p', { text: 'Gợi ý:' }),
        el('ul', null,
          el('li', { text: 'Kiểm tra chính tả, hoặc gõ không dấu.' }),
          el('li', { text: 'Dùng ít từ hơn hoặc từ khóa chung hơn.' }),
          hasFilters(s) ? el('li', { text: 'Bỏ bớt bộ lọc.' }) : null)));
    }

    const list = el('ol', { class: 'hit-list', start: (page - 1) * size + 1 });
    for (const hit of hits) list.append(el('li', null, renderHit(hit, s.q)));
    if (hits.length) results.append(list);

    renderPager(s, page, pages);

    announce(summary.textContent);

    if (opts && opts.focus === 'summary') {
      summary.focus({ preventScroll: true });
      $('main').scrollIntoView({ block: 'start' });
    }
  }

  /** Whether a snippet's text starts with the heading shown above it (a cut heading ends " …"). */
  const opensWith = (text, heading) => text.replace(/^…/, '').startsWith(heading.replace(/ …$/, ''));

  /** A hit of the query q: its links open the document with q's words marked. */
  function renderHit(hit, q) {
    const d = hit.document || {};
    const art = el('article', { class: 'hit', dataset: { id: d.id } });
    art.append(el('h3', { class: 'hit-title' }, el('a', { class: 'title', href: docUrl(d.id, null, q), text: d.title || d.source || d.id })));
    const meta = docMetaLine(d);
    if (meta) art.append(el('p', { class: 'meta', text: meta }));
    const passages = (hit.passages || []).slice(0, 3);
    if (passages.length) {
      const ul = el('ul', { class: 'passages' });
      for (const p of passages) {
        const a = el('a', { class: 'passage-link', href: docUrl(d.id, p.sectionId, q) });
        const snippet = appendSnippet(el('span', { class: 'snippet' }), p.snippet);
        // A section that is its heading line alone has that line for snippet: said once, marked.
        if (p.heading && !opensWith(snippet.textContent, p.heading)) a.append(el('span', { class: 'passage-heading', text: p.heading }));
        a.append(snippet);
        ul.append(el('li', { class: 'passage', dataset: { section: p.sectionId || '' } }, a));
      }
      art.append(ul);
    }
    // A long query finds documents holding most of its words: say which ones this document lacks.
    if (hit.missing && hit.missing.length) {
      const p = el('p', { class: 'missing' }, 'Không có: ');
      hit.missing.forEach((w, i) => p.append(i ? ', ' : '', el('s', { text: w })));
      art.append(p);
    }
    return art;
  }

  function renderPager(s, page, pages) {
    const nav = clear($('pager'));
    if (pages <= 1 && page <= pages) { nav.hidden = true; return; }
    const link = (p, text, cls, extra = {}) => {
      const s2 = cloneState(s);
      s2.page = p;
      return el('a', { href: searchUrl(s2), class: cls, dataset: { focus: 'summary', page: String(p) }, ...extra, text });
    };
    const items = [];
    if (page > 1) items.push(link(Math.min(page - 1, pages), '← Trang trước', 'prev', { rel: 'prev' }));
    const nums = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
    let last = 0;
    for (const p of [...nums].sort((a, b) => a - b)) {
      if (p - last > 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
      items.push(p === page
        ? el('a', { class: 'page-num current', 'aria-current': 'page', href: searchUrl({ ...s, page: p }), 'aria-label': `Trang ${p}`, text: String(p), dataset: { focus: 'summary' } })
        : link(p, String(p), 'page-num', { 'aria-label': `Trang ${p}` }));
      last = p;
    }
    if (page < pages) items.push(link(page + 1, 'Trang sau →', 'next', { rel: 'next' }));
    nav.append(...items);
    nav.hidden = false;
  }

  function renderSearchError(s, e) {
    // Said once, where the results would be; the live status region announces it without showing it twice.
    clear($('results')).append(el('p', { class: 'error', text: errorText(e) }));
    clear($('summary'));
    $('didyoumean').hidden = true;
    $('pager').hidden = true;
    renderActiveFilters(s);
    setStatus('');
    announce(errorText(e));
  }

  async function renderWelcome(seq, signal) {
    renderActiveFilters(readSearchState(''));
    clear($('summary')).append('Nhập từ khóa để tìm kiếm trong các văn bản chỉ đạo, kế hoạch, quyết định của ngành giáo dục.');
    $('didyoumean').hidden = true;
    $('pager').hidden = true;
    setStatus('');
    let facets;
    let first;
    try {
      [facets, first] = await Promise.all([allFacets(), recentDocuments(1, signal)]);
    } catch (e) {
      if (e.name === 'AbortError' || seq !== searchSeq) return;
      clear($('results')).append(el('p', { class: 'error', text: errorText(e) }));
      $('facets').hidden = true;
      return;
    }
    if (seq !== searchSeq) return;
    lastRenderedUrl = '/';
    renderFacets(readSearchState(''), facets);
    const results = clear($('results'));
    if (!first.docs.length) { results.append(el('p', { class: 'empty', text: 'Kho chưa có văn bản nào.' })); return; }
    renderRecentList(results, first, seq);
  }

  /** The most recent documents, a page at a time: "Xem thêm" appends the next page and moves focus to its first document. */
  function renderRecentList(results, first, seq) {
    const total = first.total ?? first.docs.length;
    const seen = new Set();
    let page = 1;
    results.append(el('h2', { class: 'list-title', text: `Văn bản mới nhất (trong ${nf.format(total)} văn bản của kho)` }));
    const ul = el('ul', { class: 'doc-list' });
    const count = el('p', { class: 'muted doc-count', 'aria-live': 'polite' });
    const more = el('button', { type: 'button', class: 'doc-more' });
    const add = (docs) => {
      let firstLink = null;
      for (const d of docs) {
        if (seen.has(d.id)) continue; // the index may change between pages
        seen.add(d.id);
        const link = el('a', { class: 'title', href: docUrl(d.id), text: d.title || d.source || d.id });
        firstLink = firstLink || link;
        ul.append(el('li', { class: 'doc-item', dataset: { id: d.id } }, link, el('p', { class: 'meta', text: docMetaLine(d) })));
      }
      const left = Math.max(0, total - seen.size);
      count.textContent = `Đang hiển thị ${nf.format(seen.size)}/${nf.format(total)} văn bản. Dùng ô tìm kiếm hoặc bộ lọc để thu hẹp.`;
      more.textContent = `Xem thêm ${nf.format(Math.min(RECENT_SIZE, left))} văn bản`;
      more.hidden = left === 0 || docs.length === 0;
      return firstLink;
    };
    add(first.docs);
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        const next = await recentDocuments(page + 1);
        if (seq !== searchSeq) return;
        page++;
        const firstNew = add(next.docs);
        if (firstNew) firstNew.focus();
      } catch (e) {
        if (seq === searchSeq) count.textContent = errorText(e);
      } finally {
        more.disabled = false;
      }
    });
    results.append(ul, count, more);
  }

  // ---------------------------------------------------------------- document view

  let shownDocKey = null;

  function backHref() {
    return sessionStorage.getItem('eduplan.lastSearch') || '/';
  }

  function updateBackLinks() {
    for (const a of document.querySelectorAll('.back-link')) a.setAttribute('href', backHref());
  }

  function dtdd(dl, label, value) {
    if (value === null || value === undefined || value === '') return;
    dl.append(el('div', { class: 'meta-row' }, el('dt', { text: label }), el('dd', null, value)));
  }

  async function showDocument(id, hl, seq, opts) {
    showView('doc-view');
    updateBackLinks();
    if (docKey(id, hl) === shownDocKey) {
      scrollToHash(opts.focus !== 'none' && !location.hash);
      return;
    }
    shownDocKey = null;
    delete $('doc-view').dataset.missing;
    clear($('doc-title')).textContent = 'Đang tải văn bản…';
    clear($('doc-kind'));
    clear($('doc-meta'));
    clear($('doc-html'));
    clear($('toc'));
    clear($('cites'));
    clear($('cites-count'));
    $('citedby-panel').hidden = true;
    setStatus('Đang tải văn bản…', 'busy');
    let doc;
    try {
      doc = await getDocument(id, hl);
    } catch (e) {
      if (seq !== viewSeq) return;
      $('doc-title').textContent = e.status === 404 ? 'Không tìm thấy văn bản' : 'Không tải được văn bản';
      $('doc-html').append(el('p', { class: 'error', text: e.status === 404 ? `Không có văn bản mã “${id}”.` : errorText(e) }));
      // Nothing to list beside a document that is not there: the side panels go, the message is said once.
      $('doc-view').dataset.missing = 'true';
      setStatus('');
      announce(errorText(e));
      return;
    }
    if (seq !== viewSeq) return;
    setStatus('');
    shownDocKey = docKey(id, hl);
    renderDocument(doc);
    if (location.hash) scrollToHash(false);
    else if (!opts.fromTyping && opts.focus !== 'none') focusHeading('doc-title');
    loadDocumentCitations(doc, seq);
  }

  function renderDocument(doc) {
    document.title = `${doc.title || doc.id} – EduPlan`;
    $('doc-kind').textContent = [doc.kind, doc.symbol ? `số ${doc.symbol}` : null].filter(Boolean).join(' ');
    $('doc-title').textContent = doc.title || doc.source || doc.id;
    const dl = clear($('doc-meta'));
    dtdd(dl, 'Loại văn bản', doc.kind);
    dtdd(dl, 'Số ký hiệu', doc.symbol);
    dtdd(dl, 'Tỉnh/thành', doc.province);
    dtdd(dl, 'Cơ quan ban hành', doc.issuer);
    dtdd(dl, 'Người ký', doc.signer);
    dtdd(dl, 'Ngày ban hành', fmtDate(doc.date));
    dtdd(dl, 'Năm học', doc.schoolYear);
    dtdd(dl, 'Tệp nguồn', doc.source);

    const body = $('doc-html');
    if (typeof doc.html === 'string' && doc.html) {
      body.innerHTML = doc.html; // safe HTML produced by our server (contract)
    } else {
      // Fallback: render sections as text.
      clear(body);
      for (const sec of doc.sections || []) {
        const s = el('section', { id: sec.id });
        if (sec.heading || sec.number) s.append(el('h2', { text: [sec.number, sec.heading].filter(Boolean).join('. ') }));
        for (const para of String(sec.text || '').split(/\n{2,}/)) if (para.trim()) s.append(el('p', { text: para }));
        body.append(s);
      }
    }
    for (const a of body.querySelectorAll('a[target]')) if (a.getAttribute('target') === '_blank') a.setAttribute('rel', 'noopener');

    const toc = clear($('toc'));
    const sections = (doc.sections || []).filter((x) => x.id && (x.heading || x.number));
    for (const sec of sections) {
      const label = [sec.number, sec.heading].filter(Boolean).join('. ');
      toc.append(el('li', { class: depthClass(sec.number) }, el('a', { href: '#' + encodeURIComponent(sec.id), text: label })));
    }
    $('toc-panel').hidden = sections.length === 0;
    collapsePanelsOnPhone();
  }

  function depthClass(number) {
    if (!number) return 'toc-d1';
    if (/^[IVXLC]+$/.test(number)) return 'toc-d1';
    const dots = String(number).split('.').filter(Boolean).length;
    if (/^[a-zđ]$/i.test(number)) return 'toc-d3';
    return 'toc-d' + Math.min(3, dots + 1);
  }

  function collapsePanelsOnPhone() {
    if (window.matchMedia('(max-width: 900px)').matches) {
      for (const d of document.querySelectorAll('.doc-side details')) d.open = false;
    } else {
      for (const d of document.querySelectorAll('.doc-side details')) d.open = true;
    }
  }

  function scrollToHash(focusTitleIfNone) {
    for (const x of document.querySelectorAll('.is-target')) x.classList.remove('is-target');
    let id = '';
    try { id = decodeURIComponent(location.hash.slice(1)); } catch { id = location.hash.slice(1); }
    const target = id ? document.getElementById(id) : null;
    if (target && $('doc-html').contains(target)) {
      target.classList.add('is-target');
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    } else if (focusTitleIfNone) {
      focusHeading('doc-title');
    }
  }

  async function loadDocumentCitations(doc, seq) {
    const list = clear($('cites'));
    list.append(el('li', { class: 'muted', text: 'Đang tải…' }));
    let cites = [];
    try {
      cites = await api(`/api/documents/${encodeURIComponent(doc.id)}/citations`);
    } catch (e) {
      if (seq !== viewSeq) return;
      clear(list).append(el('li', { class: 'error', text: errorText(e) }));
    }
    if (seq !== viewSeq) return;
    renderCitesList(list, cites, { withSection: true, excludeDocId: doc.id });
    $('cites-count').textContent = cites.length ? `(${nf.format(distinctInstruments(cites, doc.id).length)})` : '';

    // The document's own node in the citation graph, to show who cites it.
    const ownKey = doc.instrumentKey;
    if (!ownKey) { $('citedby-panel').hidden = true; return; }
    let ins;
    try { ins = await api(`/api/instruments/${encodeURIComponent(ownKey)}`, { page: 1, size: DOC_CITEDBY_SIZE }); } catch { ins = null; }
    if (seq !== viewSeq) return;
    const citedBy = (ins && ins.citedBy) || [];
    if (!citedBy.length) { $('citedby-panel').hidden = true; return; }
    const ul = clear($('doc-citedby'));
    const byDoc = groupBy(citedBy, (c) => (c.document ? c.document.id : ''));
    for (const [docId, occ] of byDoc) {
      const d = occ[0].document || {};
      const rels = [...new Set(occ.map((c) => c.relation).filter(Boolean))];
      const li = el('li', { class: 'cite-item' },
        el('a', { class: 'cite-title', href: docUrl(docId, occ[0].sectionId), text: d.title || docId }),
        el('span', { class: 'cite-meta', text: docMetaLine(d) }),
        rels.length ? el('span', { class: 'rels' }, rels.map((r) => el('span', { class: 'rel rel-' + r, text: relLabel(r) }))) : null);
      ul.append(li);
    }
    const citing = typeof ins.citedByDocuments === 'number' ? ins.citedByDocuments : byDoc.size;
    $('doc-citedby-count').textContent = `(${nf.format(citing)})`;
    if (citing > byDoc.size) {
      ul.append(el('li', { class: 'cite-item' },
        el('a', { href: instrumentUrl(ins.key || ownKey), text: `Xem tất cả ${nf.format(citing)} văn bản trích dẫn` })));
    }
    $('doc-instrument-link').setAttribute('href', instrumentUrl(ins.key || ownKey));
    $('citedby-panel').hidden = false;
  }

  function groupBy(items, keyFn) {
    const m = new Map();
    for (const it of items) {
      const k = keyFn(it);
      if (!m.has(k)) m.set(k, []);
      m.get(k).push(it);
    }
    return m;
  }

  function distinctInstruments(cites, excludeDocId) {
    const m = new Map();
    for (const c of cites || []) {
      const ins = c.instrument;
      if (!ins || !ins.key) continue;
      if (excludeDocId && ins.documentId === excludeDocId) continue;
      if (!m.has(ins.key)) m.set(ins.key, { ins, relations: [], count: 0, sectionId: c.sectionId || null, start: c.start });
      const e = m.get(ins.key);
      e.count++;
      if (c.relation && !e.relations.includes(c.relation)) e.relations.push(c.relation);
    }
    return [...m.values()];
  }

  function renderCitesList(list, cites, opts) {
    clear(list);
    const items = distinctInstruments(cites, opts.excludeDocId);
    if (!items.length) {
      list.append(el('li', { class: 'muted', text: 'Không trích dẫn văn bản nào.' }));
      return;
    }
    for (const { ins, relations, count, sectionId, start } of items) {
      const li = el('li', { class: 'cite-item', dataset: { key: ins.key } });
      li.append(el('a', { class: 'cite-title', href: instrumentUrl(ins.key), text: instrumentLabel(ins) }));
      const sub = [ins.symbol && ins.title ? ins.title : null, ins.issuer, fmtDate(ins.date)].filter(Boolean).join(' · ');
      if (sub) li.append(el('span', { class: 'cite-meta', text: sub }));
      const extras = el('span', { class: 'rels' }, relations.map((r) => el('span', { class: 'rel rel-' + r, text: relLabel(r) })));
      if (count > 1) extras.append(el('span', { class: 'times', text: `${nf.format(count)} lần` }));
      li.append(extras);
      const links = [];
      // The first occurrence itself: the document's text anchors each citation "c-" and its start.
      const where = Number.isInteger(start) ? 'c-' + start : sectionId;
      if (opts.withSection && where) links.push(el('a', { href: '#' + encodeURIComponent(where), class: 'small', text: 'Xem chỗ trích' }));
      if (ins.documentId) links.push(el('a', { href: docUrl(ins.documentId), class: 'small', text: 'Mở toàn văn' }));
      if (links.length) li.append(el('span', { class: 'cite-links' }, links));
      list.append(li);
    }
  }

  // ---------------------------------------------------------------- instrument view

  let lastGraph = null;

  async function showInstrument(key, province, seq, opts) {
    showView('instrument-view');
    updateBackLinks();
    lastGraph = null;
    delete $('instrument-view').dataset.missing;
    $('ins-title').textContent = 'Đang tải…';
    clear($('ins-kind'));
    clear($('ins-subtitle'));
    clear($('ins-fields'));
    clear($('citedby'));
    clear($('citedby-count'));
    clear($('graph'));
    clear($('graph-list'));
    $('ins-cites-section').hidden = true;
    setStatus('Đang tải…', 'busy');

    const graphP = api('/api/graph', { focus: key, depth: 1, limit: GRAPH_LIMIT }).catch((e) => ({ error: e }));
    let ins;
    try {
      ins = await api(`/api/instruments/${encodeURIComponent(key)}`, { page: 1, size: CITEDBY_SIZE, province });
    } catch (e) {
      if (seq !== viewSeq) return;
      $('ins-title').textContent = e.status === 404 ? 'Không tìm thấy văn bản được trích dẫn' : 'Không tải được dữ liệu';
      $('citedby').append(el('p', { class: 'error', text: e.status === 404 ? `Không có mục “${key}” trong đồ thị trích dẫn.` : errorText(e) }));
      $('instrument-view').dataset.missing = 'true';
      setStatus('');
      announce(errorText(e));
      return;
    }
    if (seq !== viewSeq) return;
    setStatus('');
    renderInstrument(ins, province);
    if (!opts.fromTyping && opts.focus !== 'none') focusHeading('ins-title');

    const graph = await graphP;
    if (seq !== viewSeq) return;
    if (graph.error) {
      clear($('graph'));
      $('graph-list').append(el('li', { class: 'error', text: errorText(graph.error) }));
      return;
    }
    lastGraph = { graph, key };
    renderGraph(graph, key);
  }

  function renderInstrument(ins, province) {
    const label = instrumentLabel(ins);
    document.title = `${label} – EduPlan`;
    $('ins-kind').textContent = [ins.kind, scopeLabel(ins.scope)].filter(Boolean).join(' · ');
    $('ins-title').textContent = label;
    $('ins-subtitle').textContent = ins.symbol && ins.title ? ins.title : '';

    const dl = clear($('ins-fields'));
    dtdd(dl, 'Loại văn bản', ins.kind);
    dtdd(dl, 'Số ký hiệu', ins.symbol);
    dtdd(dl, 'Số', ins.number);
    dtdd(dl, 'Cơ quan ban hành', [ins.issuer, ins.issuerCode ? `(${ins.issuerCode})` : null].filter(Boolean).join(' ') || null);
    dtdd(dl, 'Phạm vi', scopeLabel(ins.scope));
    dtdd(dl, 'Ngày ban hành', fmtDate(ins.date));
    if (!ins.date) dtdd(dl, 'Năm', ins.year);
    dtdd(dl, 'Trích yếu', ins.title);
    if (ins.documentId) dtdd(dl, 'Toàn văn', el('a', { href: docUrl(ins.documentId), text: 'Mở văn bản trong kho' }));
    const citedBy = ins.citedBy || [];
    // citedByCount counts the citing documents, not the citations ("Số lần được trích dẫn" read 55 for 74 citations in 55 documents).
    dtdd(dl, 'Số văn bản trích dẫn', nf.format(typeof ins.citedByCount === 'number' ? ins.citedByCount : citedBy.length));
    // Picked from the address, a province's documents are counted beside every citing document's number, as when picked here.
    renderCitedBy(province ? { ...ins, allCitingDocuments: ins.citedByCount } : ins, citedBy, 1, province);

    if (Array.isArray(ins.cites) && ins.cites.length) {
      renderCitesList($('ins-cites'), ins.cites, { excludeDocId: ins.documentId });
      $('ins-cites-section').hidden = false;
    }
  }

  /**
   * The citing documents loaded so far, grouped by province (with each province's full count from the
   * server), then by document; a hub cited by half the country comes a page of documents at a time.
   */
  function renderCitedBy(ins, citedBy, page, province = null) {
    const box = clear($('citedby'));
    const loadedDocs = new Set(citedBy.map((c) => c.document && c.document.id)).size;
    const totalDocs = typeof ins.citedByDocuments === 'number' ? ins.citedByDocuments : loadedDocs;
    const perProvince = new Map((ins.citedByProvinces || []).map((p) => [p.value, p.count]));
    // Every citing document, whichever province is chosen: those without a province (a ministry's circular) are in no bucket.
    const allDocs = ins.allCitingDocuments ?? (province == null ? totalDocs : [...perProvince.values()].reduce((a, b) => a + b, 0));
    $('citedby-count').textContent = allDocs ? `(${nf.format(allDocs)} văn bản)` : '';
    // Every citing province at once, whichever page of documents is loaded: a decision cited across the country showed only the
    // provinces its first 50 documents came from. Choosing one loads that province's documents.
    const named = [...perProvince.keys()].filter(Boolean).sort(collator.compare);
    if (named.length > 1) {
      const nav = el('div', { class: 'province-filter', role: 'group', 'aria-label': 'Lọc văn bản trích dẫn theo tỉnh/thành' });
      const chip = (value, label, count) => {
        const b = el('button', { type: 'button', class: 'chip', 'aria-pressed': province === value ? 'true' : 'false', dataset: { province: value ?? '' } },
          `${label} (${nf.format(count)})`);
        b.addEventListener('click', async () => {
          if (province === value) return;
          b.disabled = true;
          const seq = viewSeq;
          try {
            const next = await api(`/api/instruments/${encodeURIComponent(ins.key)}`, { page: 1, size: CITEDBY_SIZE, province: value });
            if (seq !== viewSeq) return;
            renderCitedBy({ ...ins, allCitingDocuments: allDocs, citedByDocuments: next.citedByDocuments }, next.citedBy || [], 1, value);
            // The province picked is in the address (no new view: the graph and the scroll stay), so Back from one of its
            // documents, a reload or a shared link shows it again; it was lost, and every province listed.
            history.pushState(null, '', instrumentUrl(ins.key, value));
          } catch (e) {
            b.disabled = false;
            setStatus(errorText(e), 'error');
          }
        });
        return b;
      };
      nav.append(chip(null, 'Tất cả', allDocs), ...named.map((p) => chip(p, p, perProvince.get(p))));
      box.append(nav);
    }
    if (!citedBy.length) {
      box.append(el('p', { class: 'muted', text: 'Chưa có văn bản nào trong kho trích dẫn văn bản này.' }));
    } else {
      const byProvince = groupBy(citedBy, (c) => (c.document && c.document.province) || '');
      const provinces = [...byProvince.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
      for (const prov of provinces) {
        const occ = byProvince.get(prov);
        const byDoc = groupBy(occ, (c) => (c.document ? c.document.id : ''));
        const sec = el('section', { class: 'province-group', dataset: { province: prov } },
          el('h3', null, el('span', { text: prov || 'Không rõ tỉnh/thành' }), el('span', { class: 'count', text: ` (${nf.format(perProvince.get(prov) ?? byDoc.size)})` })));
        const ul = el('ul', { class: 'citing-docs' });
        for (const [docId, items] of byDoc) {
          const d = items[0].document || {};
          const li = el('li', { class: 'citing', dataset: { id: docId } },
            el('a', { class: 'citing-title', href: docUrl(docId), text: d.title || docId }),
            el('p', { class: 'meta', text: [d.kind, d.symbol, fmtDate(d.date)].filter(Boolean).join(' · ') }));
          const ctxs = el('ul', { class: 'contexts' });
          for (const c of items) {
            const q = el('blockquote', { class: 'context-text' });
            appendHighlighted(q, c.context || '', ins.symbol);
            ctxs.append(el('li', { class: 'context' },
              c.relation ? el('span', { class: 'rel rel-' + c.relation, text: relLabel(c.relation) }) : null,
              q,
              el('a', { class: 'small context-link', href: docUrl(docId, Number.isInteger(c.start) ? 'c-' + c.start : c.sectionId), text: 'Xem đoạn này trong văn bản' })));
          }
          li.append(ctxs);
          ul.append(li);
        }
        sec.append(ul);
        box.append(sec);
      }
    }
    if (loadedDocs < totalDocs) {
      const more = el('button', { type: 'button', class: 'doc-more', text: `Xem thêm ${nf.format(Math.min(CITEDBY_SIZE, totalDocs - loadedDocs))} văn bản trích dẫn (${nf.format(loadedDocs)}/${nf.format(totalDocs)})` });
      more.addEventListener('click', async () => {
        more.disabled = true;
        try {
          const next = await api(`/api/instruments/${encodeURIComponent(ins.key)}`, { page: page + 1, size: CITEDBY_SIZE, province });
          renderCitedBy(ins, citedBy.concat(next.citedBy || []), page + 1, province);
        } catch (e) {
          more.disabled = false;
          setStatus(errorText(e), 'error');
        }
      });
      box.append(more);
    }
  }

  /** Appends text, wrapping occurrences of needle (loosely: case and spaces) in <mark>. */
  function appendHighlighted(target, text, needle) {
    if (!needle) { target.append(text); return; }
    const esc = [...needle].map((ch) => (/\s/.test(ch) ? '' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('\\s*');
    let re;
    try { re = new RegExp(esc, 'giu'); } catch { target.append(text); return; }
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (!m[0]) continue;
      target.append(text.slice(last, m.index));
      target.append(el('mark', { text: m[0] }));
      last = m.index + m[0].length;
    }
    target.append(text.slice(last));
  }

  // ---------------------------------------------------------------- graph (SVG)

  function wrapLabel(text, max, lines = 2) {
    const words = String(text || '').split(/\s+/).filter(Boolean);
    const out = [];
    let cur = '';
    for (const w of words) {
      if (!cur) cur = w;
      else if ((cur + ' ' + w).length <= max) cur += ' ' + w;
      else { out.push(cur); cur = w; }
    }
    if (cur) out.push(cur);
    const res = out.slice(0, lines).map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
    if (out.length > lines) {
      const l = res[lines - 1];
      res[lines - 1] = (l.length >= max ? l.slice(0, max - 1) : l) + '…';
    }
    return res;
  }

  function nodeLabel(n) {
    return n.label || n.key;
  }

  function renderGraph(graph, focusKey) {
    const svgEl = clear($('graph'));
    const listEl = clear($('graph-list'));
    const nodes = Array.isArray(graph.nodes) ? graph.nodes : [];
    const edges = Array.isArray(graph.edges) ? graph.edges : [];
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    if (!byKey.has(focusKey)) {
      svgEl.setAttribute('viewBox', '0 0 300 60');
      svgEl.append(svg('text', { x: 150, y: 35, 'text-anchor': 'middle', class: 'graph-empty' }, 'Không có dữ liệu quan hệ trích dẫn.'));
      return;
    }
    const focus = byKey.get(focusKey);
    const others = nodes.filter((n) => n.key !== focusKey);
    // Order neighbours: those the focus cites, then those citing it, then others – keeps groups together on the circle.
    const outKeys = new Set(edges.filter((e) => e.source === focusKey).map((e) => e.target));
    const inKeys = new Set(edges.filter((e) => e.target === focusKey).map((e) => e.source));
    const rank = (n) => (outKeys.has(n.key) && !inKeys.has(n.key) ? 0 : outKeys.has(n.key) ? 1 : inKeys.has(n.key) ? 2 : 3);
    others.sort((a, b) => rank(a) - rank(b) || collator.compare(nodeLabel(a), nodeLabel(b)));

    // Layout: focus in the centre, neighbours on a circle. Few neighbours get horizontal,
    // two-line labels; many get single-line labels along the ray (no overlaps).
    const wrapW = $('graph-wrap').clientWidth || 600;
    const narrow = wrapW < 520;
    const count = others.length;
    const radial = count > 8;
    // The focus's label sits below it: a few neighbours stand on the upper arc, down to a little below level on either side,
    // so that the label covers none of them and none of their lines; many go all round, a ray each.
    const arc = radial ? 2 * Math.PI * (1 - 1 / count) : count > 1 ? (Math.PI * 10) / 9 : 0;
    const maxChars = radial ? (narrow ? 18 : 24) : (narrow ? 14 : 18);
    const charW = narrow ? 7.4 : 6.6;
    let W; let H; let R;
    if (radial) {
      R = Math.max(narrow ? 90 : 120, (count * 19) / (2 * Math.PI));
      W = H = Math.round(2 * (R + maxChars * charW + 28));
    } else {
      W = Math.round(Math.max(300, Math.min(640, wrapW)));
      R = Math.max(80, Math.min(150, W / 2 - maxChars * charW * (narrow ? 0.55 : 1) - 16));
      H = Math.round(2 * R + 110);
    }
    const cx = W / 2;
    const cy = H / 2;
    svgEl.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svgEl.setAttribute('width', String(W));
    svgEl.setAttribute('height', String(H));
    svgEl.setAttribute('preserveAspectRatio', 'xMidYMid meet');

    const maxCount = Math.max(1, ...nodes.map((n) => Number(n.citedByCount) || 0));
    const radius = (n) => (n.key === focusKey ? 15 : 6 + 6 * Math.sqrt((Number(n.citedByCount) || 0) / maxCount));

    const pos = new Map();
    pos.set(focusKey, { x: cx, y: cy, angle: 0 });
    others.forEach((n, i) => {
      const angle = radial ? -Math.PI / 2 + (arc * i) / (count - 1) : -Math.PI / 2 - arc / 2 + (count > 1 ? (arc * i) / (count - 1) : 0);
      pos.set(n.key, { x: cx + R * Math.cos(angle), y: cy + R * Math.sin(angle), angle });
    });

    svgEl.append(svg('title', null, `Quan hệ trích dẫn của ${nodeLabel(focus)}`));
    const defs = svg('defs');
    defs.append(svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '9', markerHeight: '9', markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse', class: 'arrow' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z' })));
    svgEl.append(defs);

    const gEdges = svg('g', { class: 'edges' });
    // Two relations between one pair ("căn cứ" and "thực hiện" the same decision) are two lines side by side, not one drawn twice.
    const between = groupBy(edges, (e) => [e.source, e.target].sort().join('\n'));
    for (const e of edges) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      if (!a || !b || e.source === e.target) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const ra = radius(byKey.get(e.source)) + 2;
      const rb = radius(byKey.get(e.target)) + 4;
      const pair = between.get([e.source, e.target].sort().join('\n'));
      // Perpendicular to the pair's line in one direction whichever way an edge runs, 5 px apart.
      const shift = (pair.indexOf(e) - (pair.length - 1) / 2) * 5 * (e.source < e.target ? 1 : -1);
      const ox = (-dy / len) * shift;
      const oy = (dx / len) * shift;
      const line = svg('line', {
        x1: (a.x + (dx / len) * ra + ox).toFixed(1), y1: (a.y + (dy / len) * ra + oy).toFixed(1),
        x2: (b.x - (dx / len) * rb + ox).toFixed(1), y2: (b.y - (dy / len) * rb + oy).toFixed(1),
        class: `edge rel-${e.relation || 'mention'}${e.source === focusKey || e.target === focusKey ? ' edge-focus' : ' edge-side'}`,
        'stroke-width': (1.2 + Math.min(4, Math.log2(1 + (Number(e.count) || 1)))).toFixed(1),
        'marker-end': 'url(#arrow)',
        dataset: { source: e.source, target: e.target },
      });
      const sl = nodeLabel(byKey.get(e.source));
      const tl = nodeLabel(byKey.get(e.target));
      line.append(svg('title', null, `${sl} → ${tl}: ${relLabel(e.relation)}${e.count > 1 ? ` (${e.count} lần)` : ''}`));
      gEdges.append(line);
    }
    svgEl.append(gEdges);

    const gNodes = svg('g', { class: 'nodes' });
    const drawNode = (n) => {
      const p = pos.get(n.key);
      const r = radius(n);
      const isFocus = n.key === focusKey;
      const cls = ['node', 'k-' + slug(n.kind), n.documentId ? 'in-corpus' : 'external', isFocus ? 'focus' : ''].filter(Boolean).join(' ');
      const a = svg('a', { href: instrumentUrl(n.key), class: cls, dataset: { key: n.key }, 'aria-label': `${nodeLabel(n)}${n.citedByCount ? `, được ${n.citedByCount} văn bản trích dẫn` : ''}` });
      a.append(svg('title', null, `${nodeLabel(n)}${n.kind ? ` (${n.kind})` : ''}${n.citedByCount ? ` – được ${n.citedByCount} văn bản trích dẫn` : ''}`));
      a.append(svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }));
      const lh = 14;
      let text;
      if (isFocus) {
        const lines = wrapLabel(nodeLabel(n), 22);
        const ty = p.y + r + 15;
        text = svg('text', { x: p.x.toFixed(1), y: ty.toFixed(1), 'text-anchor': 'middle', class: 'node-label' });
        lines.forEach((l, i) => text.append(svg('tspan', { x: p.x.toFixed(1), dy: i === 0 ? '0' : String(lh) }, l)));
      } else if (radial) {
        const full = nodeLabel(n);
        const line = full.length > maxChars ? full.slice(0, maxChars - 1).trimEnd() + '…' : full;
        const c = Math.cos(p.angle);
        const sn = Math.sin(p.angle);
        const tx = p.x + c * (r + 5);
        const ty = p.y + sn * (r + 5);
        let deg = (p.angle * 180) / Math.PI;
        const left = c < -1e-6;
        if (left) deg += 180;
        text = svg('text', {
          x: tx.toFixed(1), y: ty.toFixed(1), dy: '0.35em', 'text-anchor': left ? 'end' : 'start', class: 'node-label',
          transform: `rotate(${deg.toFixed(1)} ${tx.toFixed(1)} ${ty.toFixed(1)})`,
        }, line);
      } else {
        const lines = wrapLabel(nodeLabel(n), maxChars);
        const c = Math.cos(p.angle);
        const sn = Math.sin(p.angle);
        let tx; let ty; let anchor;
        if (Math.abs(c) > 0.3) {
          anchor = c > 0 ? 'start' : 'end';
          tx = p.x + c * (r + 6);
          ty = p.y + sn * (r + 6) + 4 - ((lines.length - 1) * lh) / 2;
          if (narrow) {
            // keep inside the box: fall back to centred labels near the edges
            const width = Math.max(...lines.map((l) => l.length)) * charW;
            if ((anchor === 'start' && tx + width > W) || (anchor === 'end' && tx - width < 0)) {
              anchor = 'middle';
              tx = Math.min(W - width / 2, Math.max(width / 2, p.x));
              ty = sn < 0 ? p.y - r - 6 - (lines.length - 1) * lh : p.y + r + 14;
            }
          }
        } else {
          anchor = 'middle';
          tx = p.x;
          ty = sn < 0 ? p.y - r - 6 - (lines.length - 1) * lh : p.y + r + 14;
        }
        text = svg('text', { x: tx.toFixed(1), y: ty.toFixed(1), 'text-anchor': anchor, class: 'node-label' });
        lines.forEach((l, i) => text.append(svg('tspan', { x: tx.toFixed(1), dy: i === 0 ? '0' : String(lh) }, l)));
      }
      a.append(text);
      gNodes.append(a);
    };
    others.forEach(drawNode);
    drawNode(focus); // on top
    svgEl.append(gNodes);
    svgEl.classList.toggle('is-narrow', narrow);

    // Fit the view box to what was drawn (label widths are only estimates above).
    try {
      const bb = gNodes.getBBox();
      if (bb.width > 0 && bb.height > 0) {
        const pad = 8;
        const x0 = Math.floor(bb.x - pad);
        const y0 = Math.floor(bb.y - pad);
        const w = Math.ceil(bb.width + 2 * pad);
        const h = Math.ceil(bb.height + 2 * pad);
        svgEl.setAttribute('viewBox', `${x0} ${y0} ${w} ${h}`);
        svgEl.setAttribute('width', String(w));
        svgEl.setAttribute('height', String(h));
      }
    } catch { /* not rendered (hidden): keep the computed box */ }

    // Text alternative / phone-friendly list.
    const li = (n, rel) => el('li', null, el('a', { href: instrumentUrl(n.key), text: nodeLabel(n) }),
      rel ? el('span', { class: 'muted', text: ` – ${rel}` }) : null);
    for (const n of others) {
      const rels = [];
      for (const e of edges) {
        if (e.source === focusKey && e.target === n.key) rels.push(`được trích dẫn (${relLabel(e.relation)})`);
        if (e.target === focusKey && e.source === n.key) rels.push(`trích dẫn văn bản này (${relLabel(e.relation)})`);
      }
      listEl.append(li(n, rels.join('; ')));
    }
    if (!others.length) listEl.append(el('li', { class: 'muted', text: 'Không có văn bản liên quan.' }));
  }

  let resizeTimer = 0;
  let lastWidth = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const w = $('graph-wrap').clientWidth;
      if (currentView === 'instrument-view' && lastGraph && Math.abs(w - lastWidth) > 40) {
        lastWidth = w;
        renderGraph(lastGraph.graph, lastGraph.key);
      }
    }, 200);
  });

  // ---------------------------------------------------------------- start

  if (window.matchMedia('(max-width: 760px)').matches) $('facet-details').open = false;
  route({ focus: 'none', initial: true });
})();
