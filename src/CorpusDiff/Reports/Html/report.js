// CorpusDiff HTML report behaviour. Reads only the data attributes documented in docs/report-format.md and never
// turns report text into markup: content shown elsewhere is cloned from the page's own nodes, and the only HTML it
// parses is the page's own pre-escaped chunks of a long document (script type="text/x-cd-chunk").
(function () {
  'use strict';
  var d = document;
  var panel = d.getElementById('cd-panel');
  var status = d.getElementById('cd-status');
  var hovered = [], selected = [], current = null;

  function sectionOf(el) { return el.closest('.cd-cmp'); }

  // Long documents arrive in inert chunks; each is turned into markup in place, in order, when needed.
  function renderChunk(chunk) {
    chunk.insertAdjacentHTML('beforebegin', chunk.textContent);
    chunk.remove();
  }
  function renderUntil(root, found) {
    var chunk;
    while (!found() && (chunk = root.querySelector('script.cd-chunk'))) { renderChunk(chunk); }
    return found();
  }
  function fill() {
    d.querySelectorAll('.cd-text').forEach(function (box) {
      var chunk = box.querySelector('script.cd-chunk');
      if (!chunk || box.closest('[hidden]')) { return; }
      var r = box.getBoundingClientRect();
      var nearEnd = box.scrollTop + box.clientHeight > box.scrollHeight - 1500 && r.bottom < window.innerHeight + 1500;
      if (nearEnd) { renderChunk(chunk); }
    });
  }
  d.addEventListener('scroll', fill, true);
  window.addEventListener('resize', fill);
  d.addEventListener('toggle', function (e) {
    if (e.target.classList && e.target.classList.contains('cd-pairs') && e.target.open) { renderUntil(e.target, function () { return false; }); }
  }, true);
  function ids(el) { return (el.getAttribute('data-a') || '').split(' ').filter(Boolean); }

  // The sentences sharing an alignment with el, on both sides (all members of a fusion or split).
  function members(el) {
    var section = sectionOf(el), found = [el];
    ids(el).forEach(function (a) {
      section.querySelectorAll('.cd-s[data-a~="' + a + '"]').forEach(function (s) {
        if (found.indexOf(s) < 0) { found.push(s); }
      });
    });
    return found;
  }

  function mark(list, cls, on) { list.forEach(function (s) { s.classList.toggle(cls, on); }); }

  function clearSelection() {
    mark(selected, 'cd-hi', false);
    selected.forEach(function (s) { s.classList.remove('cd-sel'); s.removeAttribute('aria-current'); });
    selected = [];
    if (panel) { panel.hidden = true; }
  }

  function select(el, scroll) {
    if (selected[0] === el) { return; }
    clearSelection();
    selected = members(el);
    mark(selected, 'cd-hi', true);
    el.classList.add('cd-sel');
    el.setAttribute('aria-current', 'true');
    if (scroll) {
      var side = el.closest('.cd-doc');
      var other = selected.filter(function (s) { return s.closest('.cd-doc') !== side; })[0];
      if (!other) {
        // The counterpart may sit in a chunk not rendered yet: render that column up to it.
        var want = ids(el)[0], column = selected.length && side && sectionOf(el).querySelector('.cd-doc:not([data-side="' + side.getAttribute('data-side') + '"])');
        if (want && column && renderUntil(column, function () { return column.querySelector('.cd-s[data-a~="' + want + '"]'); })) {
          mark(selected, 'cd-hi', false);
          selected = members(el);
          mark(selected, 'cd-hi', true);
          other = selected.filter(function (s) { return s.closest('.cd-doc') !== side; })[0];
        }
      }
      if (other) { other.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
    }
    showPanel(el);
  }

  function text(tag, value, cls) {
    var e = d.createElement(tag);
    e.textContent = value;
    if (cls) { e.className = cls; }
    return e;
  }

  function showPanel(el) {
    if (!panel) { return; }
    var section = sectionOf(el), doc = el.closest('.cd-doc');
    var side = doc.getAttribute('data-side');
    panel.replaceChildren();
    var close = text('button', 'Close', 'cd-close');
    close.type = 'button';
    close.addEventListener('click', clearSelection);
    panel.appendChild(close);
    panel.appendChild(text('h2', (side === 'source' ? 'Source S' : 'Target T') + el.getAttribute('data-i') + ' \u00b7 ' + el.getAttribute('data-kind')));
    var alignments = ids(el);
    if (!alignments.length) {
      panel.appendChild(text('p', side === 'source' ? 'The target does not use this source sentence.' : 'No source sentence supports this target sentence.', 'cd-note'));
    }
    alignments.forEach(function (a) {
      var pairs = section.querySelector('.cd-pairs');
      var pair = null;
      renderUntil(pairs || section, function () { return (pair = section.querySelector('.cd-pair[data-a="' + a + '"]')); });
      if (pair) { Array.prototype.forEach.call(pair.children, function (c) { panel.appendChild(c.cloneNode(true)); }); }
    });
    var tips = el.querySelectorAll('.cd-tip');
    if (tips.length) {
      var list = d.createElement('ul');
      list.setAttribute('aria-label', 'Divergent claims in this sentence');
      tips.forEach(function (t) {
        var li = d.createElement('li');
        Array.prototype.forEach.call(t.childNodes, function (c) { li.appendChild(c.cloneNode(true)); });
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    panel.hidden = false;
  }

  function visible(el) { return el.getClientRects().length > 0 && !el.closest('[hidden]'); }
  function divergenceMarks() {
    return Array.prototype.filter.call(d.querySelectorAll('.cd-cmp mark.cd-dv'), visible);
  }

  function goTo(m, list) {
    if (current) { current.classList.remove('cd-cur'); }
    current = m;
    m.classList.add('cd-cur');
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (status) { status.textContent = 'divergence ' + (list.indexOf(m) + 1) + ' of ' + list.length; }
  }

  function pending() {
    return Array.prototype.filter.call(d.querySelectorAll('.cd-doc[data-side="target"] script.cd-chunk'), function (c) { return !c.closest('[hidden]'); });
  }

  function step(by) {
    var list = divergenceMarks();
    // Past the last rendered divergence (or before the first), render the next chunks until there is one to go to.
    while (pending().length && (by > 0 ? list.indexOf(current) === list.length - 1 || !list.length : list.indexOf(current) <= 0)) {
      if (by > 0) { renderChunk(pending()[0]); } else { pending().forEach(renderChunk); }
      list = divergenceMarks();
    }
    if (!list.length) { if (status) { status.textContent = 'no divergences shown'; } return; }
    var i = list.indexOf(current);
    var next = i < 0 ? (by > 0 ? 0 : list.length - 1) : (i + by + list.length) % list.length;
    goTo(list[next], list);
  }

  d.addEventListener('click', function (e) {
    var link = e.target.closest('.cd-dlink');
    if (link) {
      var column = sectionOf(link).querySelector('.cd-doc[data-side="target"]'), m = null;
      renderUntil(column, function () { return (m = column.querySelector('mark.cd-dv[data-d~="' + link.getAttribute('data-d') + '"]')); });
      if (m) { e.preventDefault(); goTo(m, divergenceMarks()); }
      return;
    }
    var s = e.target.closest('.cd-s');
    if (s) { select(s, true); }
  });
  d.addEventListener('focusin', function (e) {
    var s = e.target.closest && e.target.closest('.cd-s');
    if (s) { select(s, true); }
    if (e.target.matches && e.target.matches('mark')) { placeTip(e.target); }
    if (e.target.matches && e.target.matches('mark.cd-dv') && e.target !== current) {
      if (current) { current.classList.remove('cd-cur'); }
      current = e.target;
    }
  });
  // A tooltip opens toward the side with room, so a scrolling column does not cut it off.
  function placeTip(m) {
    var tip = m && m.querySelector('.cd-tip'), box = m && m.closest('.cd-text');
    if (!tip || !box) { return; }
    tip.style.left = '0px';
    var t = tip.getBoundingClientRect(), b = box.getBoundingClientRect();
    var shift = Math.max(0, t.right - (b.right - 8));
    shift = Math.min(shift, Math.max(0, t.left - (b.left + 8)));
    tip.style.left = (-shift) + 'px';
  }
  d.addEventListener('mouseover', function (e) {
    if (e.target.closest) { placeTip(e.target.closest('mark')); }
    var s = e.target.closest && e.target.closest('.cd-s');
    if (!s || hovered[0] === s) { return; }
    mark(hovered, 'cd-hov', false);
    hovered = members(s);
    mark(hovered, 'cd-hov', true);
  });
  d.addEventListener('mouseout', function (e) {
    var to = e.relatedTarget;
    if (!to || !to.closest || !to.closest('.cd-s')) { mark(hovered, 'cd-hov', false); hovered = []; }
  });
  d.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) { return; }
    if (e.key === 'n' || e.key === 'j') { e.preventDefault(); step(1); }
    else if (e.key === 'p' || e.key === 'k') { e.preventDefault(); step(-1); }
    else if (e.key === 'Escape') { clearSelection(); }
    else if ((e.key === 'Enter' || e.key === ' ') && e.target.classList && e.target.classList.contains('cd-s')) { e.preventDefault(); select(e.target, true); }
  });

  function bind(id, ev, fn) { var el = d.getElementById(id); if (el) { el.addEventListener(ev, fn); } }
  bind('cd-next', 'click', function () { step(1); });
  bind('cd-prev', 'click', function () { step(-1); });
  bind('cd-only-div', 'change', function (e) { d.body.classList.toggle('cd-only-div', e.target.checked); });
  bind('cd-only-unaligned', 'change', function (e) { d.body.classList.toggle('cd-only-unaligned', e.target.checked); });
  bind('cd-target', 'change', function (e) {
    var v = e.target.value;
    d.querySelectorAll('.cd-cmp').forEach(function (s) { s.hidden = v !== 'all' && s.id !== v; });
    clearSelection();
  });
  window.addEventListener('beforeprint', function () {
    d.querySelectorAll('details.cd-divs').forEach(function (x) { x.open = true; });
  });
}());
