// Keyboard-first annotation: number keys score the focused aspect, n marks N/A, arrows move, Enter saves and goes on.
(function () {
  'use strict';
  var form = document.getElementById('annotate');
  if (!form) { return; }
  var pairwise = form.dataset.kind === 'pairwise';
  var rows = Array.prototype.slice.call(form.querySelectorAll('.aspect'));
  var status = document.getElementById('status');

  function show(row, value) {
    row.dataset.value = value;
    row.querySelectorAll('button').forEach(function (b) {
      var mine = pairwise ? b.dataset.winner : b.dataset.score;
      b.classList.toggle('selected', mine === value);
    });
  }

  function focusRow(i, still) { if (rows[i]) { rows[i].focus({ preventScroll: !!still }); } }

  rows.forEach(function (row, i) {
    show(row, pairwise ? (form.dataset.value || '') : (row.dataset.value || ''));
    row.querySelectorAll('button').forEach(function (b) {
      b.addEventListener('click', function () { show(row, pairwise ? b.dataset.winner : b.dataset.score); focusRow(i); });
    });
  });
  focusRow(Math.max(0, rows.findIndex(function (r) { return !r.dataset.value; })), true);

  function body() {
    var comment = form.querySelector('textarea').value;
    if (pairwise) {
      return { instance: form.dataset.instance, system_a: form.dataset.systemA, system_b: form.dataset.systemB, winner: rows[0].dataset.value || '', comment: comment };
    }
    var scores = {};
    rows.forEach(function (r) {
      var v = r.dataset.value;
      if (v === 'na') { scores[r.dataset.aspect] = null; } else if (v) { scores[r.dataset.aspect] = Number(v); }
    });
    return { instance: form.dataset.instance, system: form.dataset.system, scores: scores, comment: comment };
  }

  function save() {
    status.textContent = 'Saving…';
    status.className = '';
    fetch(pairwise ? '/api/verdicts' : '/api/ratings', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Weft-Request': '1' },
      body: JSON.stringify(body())
    }).then(function (response) {
      if (response.ok) { window.location.href = form.dataset.next; return null; }
      return response.json().then(function (problem) { status.textContent = problem.error || ('Error ' + response.status); status.className = 'error'; });
    }).catch(function () { status.textContent = 'The server did not answer.'; status.className = 'error'; });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); save(); });

  document.addEventListener('keydown', function (e) {
    var typing = e.target && e.target.tagName === 'TEXTAREA';
    if (typing) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); }
      return;
    }
    var at = rows.indexOf(document.activeElement);
    var row = rows[at < 0 ? 0 : at];
    if (e.key === 'Enter') { e.preventDefault(); save(); return; }
    if (e.key === 'ArrowDown') { e.preventDefault(); focusRow(Math.min(rows.length - 1, at + 1)); return; }
    if (e.key === 'ArrowUp') { e.preventDefault(); focusRow(Math.max(0, at - 1)); return; }
    if (e.key === 'ArrowRight' && form.dataset.next) { window.location.href = form.dataset.next; return; }
    if (e.key === 'ArrowLeft' && form.dataset.prev) { window.location.href = form.dataset.prev; return; }
    if (!row) { return; }
    if (pairwise) {
      var pick = row.querySelector('button[data-key="' + e.key + '"]');
      if (pick) { show(row, pick.dataset.winner); }
      return;
    }
    if (e.key === 'n' || e.key === 'N') { show(row, 'na'); focusRow(Math.min(rows.length - 1, at + 1)); return; }
    if (row.querySelector('button[data-score="' + e.key + '"]')) {
      show(row, e.key);
      focusRow(Math.min(rows.length - 1, (at < 0 ? 0 : at) + 1));
    }
  });
}());
