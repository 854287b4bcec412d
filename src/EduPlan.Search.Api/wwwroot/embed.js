/* EduPlan search widget: <eduplan-search>.
 *
 * One tag on any portal:
 *   <script src="https://search.example/embed.js" defer></script>
 *   <eduplan-search province="Lai Châu" size="5"></eduplan-search>
 *
 * Attributes
 *   q            initial query (searched at once; without one, filters alone list what they select)
 *   province     default filter; several values separated by commas (OR)
 *   kind, year, school-year   further default filters (same syntax)
 *   size         number of results, 1-50 (default 5)
 *   lang         "vi" (default) or "en" – language of the labels
 *   base         API origin, when it differs from where this script was loaded
 *   from-url     read q, province, kind, year, schoolYear, size, lang from the page's
 *                query string (used by the /embed iframe page)
 *
 * Renders into an open shadow root: the portal's CSS does not reach inside and ours does
 * not leak out. Theming hooks: CSS custom properties --eduplan-accent, --eduplan-font,
 * --eduplan-radius on the element, and ::part(input|button|hit|title|passage|more|ignored).
 * Works under a strict Content-Security-Policy: no inline style attributes, styles are a
 * constructable stylesheet adopted by the shadow root.
 */
(function () {
  'use strict';

  // Where this script came from decides where the API is (it may be another origin).
  var script = document.currentScript;
  if (!script) {
    var all = document.querySelectorAll('script[src]');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/embed\.js(\?|#|$)/.test(all[i].src)) { script = all[i]; break; }
    }
  }
  var SCRIPT_BASE = script && script.src ? new URL('./', script.src).href : location.origin + '/';

  if (!window.customElements || customElements.get('eduplan-search')) return;

  var LABELS = {
    vi: {
      label: 'Tìm kiếm văn bản chỉ đạo giáo dục',
      placeholder: 'Tìm văn bản, ví dụ: phổ cập giáo dục',
      button: 'Tìm',
      searching: 'Đang tìm…',
      found: function (n, q) { return 'Tìm thấy ' + n + ' văn bản' + (q ? ' cho “' + q + '”' : ''); },
      none: function (q) { return 'Không tìm thấy văn bản nào' + (q ? ' cho “' + q + '”' : '') + '.'; },
      ignored: function (words) { return 'Câu tìm kiếm quá dài: chỉ 24 từ được dùng để tìm; bỏ qua: ' + words + '.'; },
      shortened: function (length, limit, used) { return 'Từ khóa dài ' + length + ' ký tự, quá giới hạn ' + limit + ': chỉ ' + used + ' ký tự đầu được dùng để tìm.'; },
      didYouMean: 'Có phải bạn muốn tìm:',
      more: function (n) { return 'Xem tất cả ' + n + ' kết quả trên EduPlan'; },
      missing: 'Không có:',
      refused: 'Không tìm được với từ khóa này. Hãy gõ ít nhất một từ cần tìm.',
      badFilter: function (name, value) {
        var named = { province: 'tỉnh/thành', kind: 'loại văn bản', year: 'năm', schoolYear: 'năm học' }[name];
        return 'Bộ lọc ' + named + ' “' + value + '” không hợp lệ (thuộc tính ' + name + ' của khung tìm kiếm).';
      },
      busy: 'Có quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.',
      error: 'Không tải được kết quả. Vui lòng thử lại.',
      filter: 'Lọc:',
      powered: 'Tra cứu bởi EduPlan',
      newTab: '(mở trong thẻ mới)',
      named: 'Văn bản được nêu trong từ khóa',
      citedBy: function (n) { return 'được ' + n + ' văn bản trích dẫn'; },
      dated: function (d) { return 'ngày ' + d; },
      locale: 'vi-VN',
    },
    en: {
      label: 'Search education directives',
      placeholder: 'Search documents, e.g. phổ cập giáo dục',
      button: 'Search',
      searching: 'Searching…',
      found: function (n, q) { return n + (n === '1' ? ' document' : ' documents') + ' found' + (q ? ' for “' + q + '”' : ''); },
      none: function (q) { return 'No documents found' + (q ? ' for “' + q + '”' : '') + '.'; },
      ignored: function (words) { return 'The query is too long: only 24 of its words were searched; left out: ' + words + '.'; },
      shortened: function (length, limit, used) { return 'The query is ' + length + ' characters long, past the limit of ' + limit + ': only its first ' + used + ' were searched.'; },
      didYouMean: 'Did you mean:',
      more: function (n) { return 'See all ' + n + ' results on EduPlan'; },
      missing: 'Missing:',
      refused: 'This query cannot be searched. Type at least one word to find.',
      badFilter: function (name, value) { return 'The ' + name + ' filter “' + value + '” is not valid (the search box\'s ' + name + ' attribute).'; },
      busy: 'Too many requests. Please wait a moment and try again.',
      error: 'Could not load results. Please try again.',
      filter: 'Filter:',
      powered: 'Search by EduPlan',
      newTab: '(opens in a new tab)',
      named: 'Instruments named in the query',
      citedBy: function (n) { return 'cited by ' + n + (n === '1' ? ' document' : ' documents'); },
      dated: function (d) { return d; },
      locale: 'en-GB',
    },
  };

  // The longest query the service takes, in characters composed (SearchRequest.MaxQueryLength), and the longest word it searches
  // (VietnameseAnalyzer.MaxTokenLength): a longer query, a pasted paragraph, was refused with a 400 where the staff page searched its
  // first words. It is searched up to the last whole word that fits, and the widget says so, as the page does.
  var MAX_QUERY_CHARS = 1000;
  var MAX_WORD_CHARS = 120;

  function fitQuery(q) {
    if (q.length <= MAX_QUERY_CHARS) return q;
    var cut = q.slice(0, MAX_QUERY_CHARS);
    var wordStart = q.slice(0, MAX_QUERY_CHARS + 1).search(/\s\S*$/);
    if (wordStart >= MAX_QUERY_CHARS - MAX_WORD_CHARS) cut = q.slice(0, wordStart);
    else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    return cut.replace(/\s+$/, '');
  }

  var FILTERS = [
    { attr: 'province', param: 'province' },
    { attr: 'kind', param: 'kind' },
    { attr: 'year', param: 'year' },
    { attr: 'school-year', param: 'schoolYear' },
  ];

  var CSS = [
    ':host{all:initial;display:block;contain:content;--_accent:var(--eduplan-accent,#0b57a4);--_radius:var(--eduplan-radius,8px)}',
    ':host([hidden]){display:none}',
    // .box resets everything the host might inherit from the portal (font, colour, spacing…)
    '.box{all:initial;display:block;box-sizing:border-box;',
    'font-family:var(--eduplan-font,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif);',
    'font-size:15px;line-height:1.5;color:#1b1f24;text-align:left;',
    'background:#fff;border:1px solid #d9dde3;border-radius:var(--_radius);padding:12px;max-width:100%}',
    '*,*::before,*::after{box-sizing:border-box}',
    '[hidden]{display:none!important}',
    'form{display:flex;gap:6px;margin:0}',
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}',
    'input.q{flex:1 1 auto;min-width:0;font:inherit;font-size:16px;padding:8px 10px;border:1px solid #aab2bd;border-radius:var(--_radius);background:#fff;color:#1b1f24;margin:0}',
    'button{font:inherit;cursor:pointer}',
    'button.go{font-weight:600;padding:8px 14px;border-radius:var(--_radius);border:1px solid var(--_accent);background:var(--_accent);color:#fff;margin:0}',
    'button.go:hover{filter:brightness(1.1)}',
    ':focus-visible{outline:3px solid #f29d00;outline-offset:2px}',
    '.filters{margin:6px 0 0;font-size:13px;color:#5b6470}',
    '.filters b{color:#1b1f24;font-weight:600}',
    '.status{margin:8px 0 0;font-size:13px;color:#5b6470;min-height:1px}',
    '.status.err{color:#b42318;font-weight:600}',
    '.dym{margin:6px 0 0;font-size:14px}',
    '.ignored{margin:2px 0 0;font-size:13px;color:#5b6470}',
    '.linkish{background:none;border:0;padding:0;color:var(--_accent);text-decoration:underline;font-weight:700;font-style:italic}',
    'ol.hits{list-style:none;margin:8px 0 0;padding:0}',
    '.hit{padding:8px 0;border-top:1px solid #eef0f3}',
    '.hit:first-child{border-top:0}',
    'a{color:var(--_accent);text-underline-offset:2px}',
    'a.title{font-weight:600;font-size:15px;text-decoration:none;display:inline}',
    'a.title:hover{text-decoration:underline}',
    '.meta{margin:2px 0 0;font-size:12.5px;color:#5b6470}',
    '.missing{margin:2px 0 0;font-size:12.5px;color:#5b6470}',
    'ul.passages{list-style:none;margin:4px 0 0;padding:0}',
    '.passage{margin:3px 0 0}',
    '.passage a{display:block;color:#1b1f24;text-decoration:none;font-size:13.5px;padding:3px 8px;border-left:3px solid #e7f0fa}',
    '.passage a:hover{background:#e7f0fa;border-left-color:var(--_accent)}',
    '.ph{display:block;font-weight:600;color:var(--_accent);font-size:12.5px}',
    'mark{background:#ffe58a;color:inherit;padding:0 1px;border-radius:2px}',
    '.named{margin:8px 0 0}',
    '.named a{display:block;margin:4px 0 0;padding:6px 10px;border:1px solid #c9d8ea;border-left:4px solid var(--_accent);border-radius:var(--_radius);background:#f5f9fd;color:#1b1f24;text-decoration:none;font-size:13.5px}',
    '.named a:hover{background:#e7f0fa}',
    '.named strong{color:var(--_accent)}',
    '.named .about{display:block;font-size:12.5px;color:#5b6470}',
    '.more{margin:8px 0 0;font-size:13.5px}',
    '.foot{margin:8px 0 0;font-size:11.5px;color:#5b6470;text-align:right}',
    '.foot a{color:inherit}',
  ].join('\n');

  var sheet = null;
  try {
    if ('adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
  } catch (e) { sheet = null; }

  function h(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }

  /** Snippets come HTML-escaped with <mark>; keep only text and <mark>. */
  function appendSnippet(target, html) {
    var tpl = document.createElement('template');
    tpl.innerHTML = String(html == null ? '' : html);
    (function copy(src, dst) {
      for (var n = src.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) dst.appendChild(document.createTextNode(n.data));
        else if (n.nodeType === 1) {
          if (n.localName === 'mark') { var m = document.createElement('mark'); copy(n, m); dst.appendChild(m); }
          else if (n.localName !== 'script' && n.localName !== 'style') copy(n, dst);
        }
      }
    })(tpl.content, target);
    return target;
  }

  function fmtDate(d) {
    if (!d) return '';
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
    if (m) return m[3] + '/' + m[2] + '/' + m[1];
    m = /^(\d{4})-(\d{2})$/.exec(d);
    if (m) return m[2] + '/' + m[1];
    return String(d);
  }

  /** How staff name an instrument: its kind and symbol ("Quyết định 2457/QĐ-BGDĐT"), or its title with its kind unless it says it. */
  function instrumentLabel(ins) {
    var kind = ins.kind || '';
    if (ins.symbol) return kind + ' ' + ins.symbol;
    var title = ins.title || '';
    return title.toLowerCase().indexOf(kind.toLowerCase()) === 0 ? title : (kind + ' ' + title).trim();
  }

  function splitList(v) {
    if (!v) return [];
    return String(v).split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  var uid = 0;

  class EduplanSearch extends HTMLElement {
    static get observedAttributes() { return ['q', 'province', 'kind', 'year', 'school-year', 'size', 'lang', 'base']; }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: 'open' });
      if (sheet) this._root.adoptedStyleSheets = [sheet];
      else { var st = document.createElement('style'); st.textContent = CSS; this._root.appendChild(st); }
      this._timer = 0;
      this._ctl = null;
      this._seq = 0;
      this._built = false;
      this._id = 'eduplan-' + (++uid);
    }

    connectedCallback() {
      if (!this._built) this._build();
      this._applyLabels();
      var q = this._opt('q');
      if (q && !this._input.value) this._input.value = q;
      if (this._input.value.trim() || this._filters().length) this._search(this._input.value, true);
    }

    disconnectedCallback() {
      clearTimeout(this._timer);
      if (this._ctl) this._ctl.abort();
    }

    attributeChangedCallback(name, oldV, newV) {
      if (!this._built || oldV === newV) return;
      if (name === 'lang') this._applyLabels();
      if (name === 'q') this._input.value = newV || '';
      if (this._input.value.trim() || this._filters().length) this._search(this._input.value, true);
      else this._renderFilters();
    }

    /** Options: attributes, overridden by the page URL when from-url is set. */
    _opt(name) {
      if (this.hasAttribute('from-url')) {
        var p = new URLSearchParams(location.search);
        var param = name === 'school-year' ? 'schoolYear' : name;
        var all = p.getAll(param).filter(Boolean);
        if (all.length) return name === 'q' || name === 'size' || name === 'lang' ? all[0] : all.join(',');
      }
      return this.getAttribute(name);
    }

    get _lang() { return (this._opt('lang') || 'vi').toLowerCase().indexOf('en') === 0 ? 'en' : 'vi'; }
    get _t() { return LABELS[this._lang]; }
    get _size() {
      var n = parseInt(this._opt('size') || '5', 10);
      return Math.max(1, Math.min(50, isFinite(n) ? n : 5));
    }
    get _base() {
      var b = this.getAttribute('base');
      if (b) {
        try {
          var u = new URL(b.replace(/\/?$/, '/'), location.href);
          if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
        } catch (e) { /* ignore */ }
      }
      return SCRIPT_BASE;
    }

    _filters() {
      var out = [];
      for (var i = 0; i < FILTERS.length; i++) {
        var vals = splitList(this._opt(FILTERS[i].attr));
        for (var j = 0; j < vals.length; j++) out.push([FILTERS[i].param, vals[j]]);
      }
      return out;
    }

    _fullUrl(q) {
      var p = new URLSearchParams();
      if (q) p.set('q', q);
      this._filters().forEach(function (kv) { p.append(kv[0], kv[1]); });
      return this._base + '?' + p.toString();
    }

    // A hit's document on the service's page, the words of the query q marked there.
    _docUrl(id, sectionId, q) {
      return this._base + '?doc=' + encodeURIComponent(id) + (q ? '&hl=' + encodeURIComponent(q) : '') +
        (sectionId ? '#' + encodeURIComponent(sectionId) : '');
    }

    _build() {
      this._built = true;
      var root = this._root;
      var box = h('div', 'box');
      box.setAttribute('part', 'container');

      var form = h('form');
      form.setAttribute('role', 'search');
      var label = h('label', 'sr');
      label.htmlFor = this._id + '-q';
      var input = h('input', 'q');
      input.type = 'search';
      input.id = this._id + '-q';
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.setAttribute('enterkeyhint', 'search');
      input.setAttribute('part', 'input');
      var btn = h('button', 'go');
      btn.type = 'submit';
      btn.setAttribute('part', 'button');
      form.append(label, input, btn);

      var filters = h('p', 'filters');
      var status = h('p', 'status');
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      // The words of a long query the service did not search (beyond its limit): the count is of what the words searched find.
      var ignored = h('p', 'ignored');
      ignored.setAttribute('part', 'ignored');
      ignored.hidden = true;
      var dym = h('p', 'dym');
      dym.hidden = true;
      // The instruments the query names by number, or a law by name: each leads to the instrument and every text citing it.
      var named = h('div', 'named');
      named.setAttribute('part', 'instruments');
      named.setAttribute('role', 'group');
      named.hidden = true;
      var list = h('ol', 'hits');
      var more = h('p', 'more');
      more.hidden = true;
      var foot = h('p', 'foot');

      box.append(form, filters, status, ignored, dym, named, list, more, foot);
      root.appendChild(box);

      this._box = box; this._label = label; this._input = input; this._btn = btn;
      this._filtersEl = filters; this._status = status; this._ignored = ignored; this._dym = dym; this._named = named; this._list = list;
      this._more = more; this._foot = foot;

      var self = this;
      input.addEventListener('input', function () {
        clearTimeout(self._timer);
        self._timer = setTimeout(function () { self._search(input.value, false); }, 300);
      });
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        clearTimeout(self._timer);
        self._search(input.value, true);
      });
    }

    _applyLabels() {
      var t = this._t;
      this._box.setAttribute('lang', this._lang);
      this._label.textContent = t.label;
      this._input.placeholder = t.placeholder;
      this._btn.textContent = t.button;
      this._foot.replaceChildren();
      var a = h('a', null, t.powered);
      a.href = this._base;
      a.target = '_blank';
      a.rel = 'noopener';
      this._foot.appendChild(a);
      this._renderFilters();
    }

    _renderFilters() {
      var f = this._filters();
      this._filtersEl.replaceChildren();
      if (!f.length) { this._filtersEl.hidden = true; return; }
      this._filtersEl.append(this._t.filter + ' ');
      var self = this;
      f.forEach(function (kv, i) {
        if (i) self._filtersEl.append(', ');
        self._filtersEl.appendChild(h('b', null, kv[1]));
      });
      this._filtersEl.hidden = false;
    }

    _clear() {
      this._list.replaceChildren();
      this._named.replaceChildren();
      this._named.hidden = true;
      this._more.hidden = true;
      this._ignored.hidden = true;
      this._dym.hidden = true;
      this._status.textContent = '';
      this._status.className = 'status';
    }

    async _search(raw, immediate) {
      var typed = String(raw || '').normalize('NFC').trim();
      var q = fitQuery(typed);
      var seq = ++this._seq;
      if (this._ctl) this._ctl.abort();
      this._renderFilters();
      // Filters alone list what they select ("/embed?year=2024", a portal's widget with kind="Kế hoạch"), as the API does.
      if (!q && !this._filters().length) { this._clear(); return; }
      var ctl = new AbortController();
      this._ctl = ctl;
      var t = this._t;
      this._status.className = 'status';
      this._status.textContent = t.searching;
      this.setAttribute('aria-busy', 'true');

      var url = new URL('api/search', this._base);
      if (q) url.searchParams.set('q', q);
      this._filters().forEach(function (kv) { url.searchParams.append(kv[0], kv[1]); });
      url.searchParams.set('size', String(this._size));
      url.searchParams.set('page', '1');

      try {
        var res = await fetch(url.href, { headers: { Accept: 'application/json' }, signal: ctl.signal, credentials: 'omit' });
        if (!res.ok) {
          // A refused query is said as such (retrying it cannot help); the service's own words are for developers.
          // A filter the service knows no such value of is named, with the attribute to fix: "province" mistyped on a portal's page
          // was said to be the visitor's query, on every search.
          var said = res.status === 400 ? t.refused : res.status === 429 ? t.busy : t.error;
          if (res.status === 400) {
            var detail = '';
            try { detail = (await res.json()).detail || ''; } catch (_) { /* not a problem document */ }
            var bad = /^(province|kind|year|schoolYear) '([^']*)'/.exec(detail);
            if (bad) said = t.badFilter(bad[1], bad[2]);
            if (detail && window.console) console.warn('eduplan-search: ' + detail);
          }
          var refused = new Error(said);
          refused.shown = true;
          throw refused;
        }
        var data = await res.json();
        if (seq !== this._seq) return;
        this._render(q, data, typed.length);
      } catch (e) {
        if (e && e.name === 'AbortError') return;
        if (seq !== this._seq) return;
        this._clear();
        this._status.className = 'status err';
        this._status.textContent = e && e.shown ? e.message : t.error;
      } finally {
        if (seq === this._seq) this.removeAttribute('aria-busy');
      }
    }

    _render(q, data, typedLength) {
      var t = this._t;
      var self = this;
      var nf = new Intl.NumberFormat(t.locale);
      var total = Number(data.total) || 0;
      var hits = Array.isArray(data.hits) ? data.hits.slice(0, this._size) : [];
      this._clear();
      this._status.textContent = total ? t.found(nf.format(total), q) : t.none(q);
      var notSearched = [];
      if (typedLength > q.length) notSearched.push(t.shortened(nf.format(typedLength), nf.format(MAX_QUERY_CHARS), nf.format(q.length)));
      if (Array.isArray(data.ignored) && data.ignored.length) notSearched.push(t.ignored(data.ignored.join(' ')));
      if (notSearched.length) {
        this._ignored.textContent = notSearched.join(' ');
        this._ignored.hidden = false;
      }

      if (data.didYouMean && data.didYouMean !== q) {
        var b = h('button', 'linkish', data.didYouMean);
        b.type = 'button';
        b.addEventListener('click', function () {
          self._input.value = data.didYouMean;
          self._search(data.didYouMean, true);
          self._input.focus();
        });
        this._dym.append(t.didYouMean + ' ', b);
        this._dym.hidden = false;
      }

      var instruments = Array.isArray(data.instruments) ? data.instruments : [];
      if (instruments.length) this._named.setAttribute('aria-label', t.named);
      instruments.forEach(function (ins) {
        var a = h('a');
        a.href = self._base + '?instrument=' + encodeURIComponent(ins.key);
        a.target = '_blank';
        a.rel = 'noopener';
        a.setAttribute('part', 'instrument');
        a.appendChild(h('strong', null, instrumentLabel(ins)));
        if (ins.symbol && ins.title) a.append(' ' + ins.title);
        var about = [ins.date ? t.dated(fmtDate(ins.date)) : ins.year, ins.issuer,
          ins.citedByCount ? t.citedBy(nf.format(ins.citedByCount)) : null].filter(Boolean).join(' · ');
        if (about) a.appendChild(h('span', 'about', about));
        self._named.appendChild(a);
        self._named.hidden = false;
      });

      hits.forEach(function (hit) {
        var d = hit.document || {};
        var li = h('li', 'hit');
        li.setAttribute('part', 'hit');
        var a = h('a', 'title', d.title || d.id);
        a.href = self._docUrl(d.id, null, q);
        a.target = '_blank';
        a.rel = 'noopener';
        a.setAttribute('part', 'title');
        li.appendChild(a);
        var meta = [d.province, d.kind, d.symbol, fmtDate(d.date)].filter(Boolean).join(' · ');
        if (meta) li.appendChild(h('p', 'meta', meta));
        var ps = (hit.passages || []).slice(0, 2);
        if (ps.length) {
          var ul = h('ul', 'passages');
          ps.forEach(function (p) {
            var pli = h('li', 'passage');
            pli.setAttribute('part', 'passage');
            var pa = h('a');
            pa.href = self._docUrl(d.id, p.sectionId, q);
            pa.target = '_blank';
            pa.rel = 'noopener';
            var snip = appendSnippet(h('span', 'snip'), p.snippet);
            // A section that is its heading line alone has that line for snippet: said once, marked.
            if (p.heading && snip.textContent.replace(/^…/, '').indexOf(p.heading.replace(/ …$/, '')) !== 0) pa.appendChild(h('span', 'ph', p.heading));
            pa.appendChild(snip);
            pli.appendChild(pa);
            ul.appendChild(pli);
          });
          li.appendChild(ul);
        }
        if (hit.missing && hit.missing.length) {
          var mp = h('p', 'missing', t.missing + ' ');
          mp.setAttribute('part', 'missing');
          hit.missing.forEach(function (w, i) {
            if (i) mp.appendChild(document.createTextNode(', '));
            mp.appendChild(h('s', null, w));
          });
          li.appendChild(mp);
        }
        self._list.appendChild(li);
      });

      if (total > 0) {
        var more = h('a', null, t.more(nf.format(total)));
        more.href = this._fullUrl(q);
        more.target = '_blank';
        more.rel = 'noopener';
        more.setAttribute('part', 'more');
        this._more.replaceChildren(more, ' ', h('span', 'sr', t.newTab));
        this._more.hidden = false;
      }
      this.dispatchEvent(new CustomEvent('eduplan-results', { detail: { query: q, total: total }, bubbles: true, composed: true }));
    }
  }

  customElements.define('eduplan-search', EduplanSearch);
})();
