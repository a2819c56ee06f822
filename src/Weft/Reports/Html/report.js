(() => {
  'use strict';
  const byId = id => document.getElementById(id);
  const images = {};
  let complete = false;
  const pending = new Set();

  // An entry is [thumbnail, full?], the id of an identical image, or {error}; undefined while it has not arrived.
  const resolve = id => {
    let value = images[id];
    for (let hops = 0; typeof value === 'string' && hops < 4; hops++) value = images[value];
    return value === undefined && complete ? { error: 'image not embedded' } : value;
  };

  const fill = card => {
    let waiting = 0;
    for (const img of card.querySelectorAll('img[data-img]')) {
      const value = resolve(img.dataset.img);
      if (value === undefined) {
        waiting++;
        continue;
      }
      img.removeAttribute('data-img');
      if (Array.isArray(value)) {
        img.src = value[0];
        img.dataset.full = value[1] ?? value[0];
      } else {
        const note = document.createElement('span');
        note.className = 'pic-missing';
        note.textContent = `${img.alt}: ${value.error}`;
        img.replaceWith(note);
      }
    }
    if (waiting) pending.add(card); else pending.delete(card);
  };

  // Images are decoded only for cards near the viewport, so the page opens at the same speed for 10 or 10,000 of them.
  const cards = [...document.querySelectorAll('.instance')];
  const observer = new IntersectionObserver(entries => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        fill(entry.target);
        observer.unobserve(entry.target);
      }
    }
  }, { rootMargin: '1200px 0px' });
  cards.forEach(card => observer.observe(card));

  // The images follow this script in blocks, each followed by a call to weft.more().
  window.weft = {
    more(last) {
      for (const block of document.querySelectorAll('script.weft-images:not([data-read])')) {
        Object.assign(images, JSON.parse(block.textContent));
        block.dataset.read = 'true';
        block.textContent = '';
      }
      complete = last === true;
      for (const card of [...pending]) fill(card);
    },
  };

  const viewer = byId('viewer');
  document.addEventListener('click', event => {
    const target = event.target;
    if (target instanceof HTMLImageElement && target.classList.contains('pic') && target.dataset.full) {
      viewer.querySelector('img').src = target.dataset.full;
      viewer.showModal();
    } else if (target === viewer || viewer.contains(target)) {
      viewer.close();
    }
  });

  const heat = byId('heat-system');
  if (heat) {
    heat.addEventListener('change', () => {
      for (const table of document.querySelectorAll('table.heat')) table.hidden = table.dataset.index !== heat.value;
    });
  }

  const f = { task: byId('f-task'), system: byId('f-system'), aspect: byId('f-aspect'), min: byId('f-min'), max: byId('f-max') };
  const count = byId('f-count');
  const top = Number(f.max.options[f.max.options.length - 1].value);
  const scoresOf = output => {
    const map = new Map();
    for (const pair of (output.dataset.scores || '').split(' ')) {
      const at = pair.lastIndexOf(':');
      if (at > 0) map.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return map;
  };

  const passes = (output, aspect, min, max, scored) => {
    if (!scored) return true;
    const value = aspect ? scoresOf(output).get(aspect) : output.dataset.overall;
    if (value === undefined || value === 'na' || value === 'err') return false;
    const score = Number(value);
    return score >= min && score <= max;
  };

  const apply = () => {
    const task = f.task.value, system = f.system.value, aspect = f.aspect.value;
    const min = Number(f.min.value), max = Number(f.max.value);
    const scored = aspect !== '' || min > 0 || max < top;
    let shown = 0;
    for (const card of cards) {
      let visible = task === '' || card.dataset.task === task;
      let anyPasses = false;
      for (const output of card.querySelectorAll('.output')) {
        const mine = system === '' || output.dataset.system === system;
        output.hidden = !mine;
        if (mine && passes(output, aspect, min, max, scored)) anyPasses = true;
      }
      visible = visible && anyPasses;
      card.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `${shown} of ${cards.length} instances`;
  };

  for (const select of Object.values(f)) select.addEventListener('change', apply);
  byId('filters').addEventListener('reset', () => setTimeout(apply, 0));

  const jump = cell => {
    f.task.value = '';
    f.system.value = cell.dataset.system;
    f.aspect.value = cell.dataset.aspect;
    f.min.value = '0';
    f.max.value = String(top);
    apply();
    byId('instances').scrollIntoView();
  };
  for (const cell of document.querySelectorAll('.board td.cell')) {
    cell.addEventListener('click', () => jump(cell));
    cell.addEventListener('keydown', event => { if (event.key === 'Enter') jump(cell); });
  }

  apply();
  document.documentElement.dataset.ready = 'true';
  performance.mark('weft-ready');
})();
