/* EduPlan – integrators page: fills in this server's origin, copy buttons, endpoint list. */
'use strict';

(() => {
  const origin = location.origin;

  // Snippets are written with the placeholder {origin}; show the real address.
  for (const node of document.querySelectorAll('code')) {
    if (node.textContent.includes('{origin}')) node.textContent = node.textContent.split('{origin}').join(origin);
  }

  // Copy buttons.
  for (const code of document.querySelectorAll('.snippet-code')) {
    const box = code.closest('.snippet-box');
    if (!box) continue;
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copy-btn';
    btn.textContent = 'Sao chép';
    btn.setAttribute('aria-label', 'Sao chép đoạn mã');
    btn.addEventListener('click', async () => {
      const text = code.textContent;
      let ok = false;
      try {
        await navigator.clipboard.writeText(text);
        ok = true;
      } catch {
        const range = document.createRange();
        range.selectNodeContents(code);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        try { ok = document.execCommand('copy'); } catch { ok = false; }
      }
      btn.textContent = ok ? 'Đã chép ✓' : 'Hãy chọn và chép (Ctrl+C)';
      setTimeout(() => { btn.textContent = 'Sao chép'; }, 2000);
    });
    box.append(btn);
  }

  // Endpoint list from the OpenAPI document.
  const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
  const statusEl = document.getElementById('endpoints-status');
  const wrap = document.getElementById('endpoints-wrap');
  const body = document.getElementById('endpoints-body');

  function cell(tag, text, cls) {
    const c = document.createElement(tag);
    if (cls) c.className = cls;
    if (text !== undefined) c.textContent = text;
    return c;
  }

  async function loadEndpoints() {
    try {
      const res = await fetch('/openapi/v1.json', { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const doc = await res.json();
      const paths = doc && doc.paths ? doc.paths : {};
      const rows = [];
      for (const [path, item] of Object.entries(paths)) {
        if (!item || typeof item !== 'object') continue;
        for (const m of METHODS) {
          const op = item[m];
          if (!op) continue;
          // HEAD is GET without the body, listed wherever GET is: said on GET's row, not as a row of its own.
          if (m === 'head' && item.get) continue;
          rows.push({ path, method: m, op, head: m === 'get' && !!item.head, params: [...(item.parameters || []), ...(op.parameters || [])] });
        }
      }
      rows.sort((a, b) => a.path.localeCompare(b.path) || METHODS.indexOf(a.method) - METHODS.indexOf(b.method));
      body.replaceChildren();
      for (const r of rows) {
        const tr = document.createElement('tr');
        tr.className = 'endpoint';
        tr.dataset.method = r.method.toUpperCase();
        tr.dataset.path = r.path;
        const mtd = cell('td');
        mtd.append(cell('span', r.method.toUpperCase(), `method method-${r.method}`));
        if (r.head) mtd.append(' ', cell('span', 'HEAD', 'method method-head'));
        const ptd = cell('td');
        ptd.append(cell('code', r.path));
        const names = r.params.filter((p) => p && p.name && p.in === 'query').map((p) => p.name);
        if (names.length) ptd.append(cell('div', `?${names.join(', ')}`, 'muted small'));
        const summary = r.op.summary || r.op.description || r.op.operationId || '';
        const dtd = cell('td', summary);
        if (r.op.deprecated) dtd.append(cell('span', ' (ngừng hỗ trợ)', 'muted'));
        tr.append(mtd, ptd, dtd);
        body.append(tr);
      }
      const title = doc && doc.info ? [doc.info.title, doc.info.version].filter(Boolean).join(' ') : '';
      statusEl.textContent = `${rows.length} endpoint${title ? ` – ${title}` : ''}.`;
      wrap.hidden = rows.length === 0;
    } catch (e) {
      statusEl.textContent = `Không tải được /openapi/v1.json (${e.message}).`;
      statusEl.className = 'status status-error';
    }
  }

  loadEndpoints();
})();
