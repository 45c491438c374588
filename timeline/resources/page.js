// The static export page's script (timeline/htmlpage.py): figure, list, detail, search.
// Document text is only ever set with textContent.
(function () {
  'use strict';
  function read(id) { return JSON.parse(document.getElementById(id).textContent); }
  var data = read('timeline-data'), fig = read('timeline-figure');
  var byId = {}, docs = {};
  data.events.forEach(function (e) { byId[e.id] = e; });
  data.documents.forEach(function (d) { docs[d.doc] = d; });
  var graph = document.getElementById('timeline-graph');
  var list = document.getElementById('event-list');
  var detail = document.getElementById('event-detail');
  var count = document.getElementById('event-count');
  var originals = fig.data.map(function (t) { return JSON.parse(JSON.stringify(t)); });
  Plotly.newPlot(graph, fig.data, fig.layout,
                 {displaylogo: false, responsive: true, scrollZoom: true});

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function select(id) {
    var e = byId[id];
    if (!e) { return; }
    detail.replaceChildren();
    detail.appendChild(el('h3', e.headline));
    detail.appendChild(el('p', 'When: ' + (e.date ? e.date + ' (' + e.precision + ')' : 'not placed')));
    detail.appendChild(el('p', 'Who: ' + (e.actors.join(', ') || 'no one named')));
    detail.appendChild(el('p', 'Category: ' + e.category));
    e.sources.forEach(function (s) {
      var d = docs[s.doc] || {title: s.doc, date: null};
      detail.appendChild(el('h4', d.title + ' · ' + (d.date || 'undated')));
      detail.appendChild(el('blockquote', s.evidence, 'evidence'));
      detail.appendChild(el('p', 'Date read: ' + s.resolution, 'resolution'));
    });
    Array.prototype.forEach.call(list.children, function (li) {
      li.classList.toggle('selected', li.getAttribute('data-event-id') === id);
    });
  }
  graph.on('plotly_click', function (ev) {
    var id = ev.points && ev.points[0] && ev.points[0].customdata;
    if (typeof id === 'string') { select(id); }
  });
  list.addEventListener('click', function (ev) {
    var li = ev.target.closest('li[data-event-id]');
    if (li) { select(li.getAttribute('data-event-id')); }
  });

  function keep(trace, kept) {
    // Keep the points of kept events (spans come as start, end, gap triples).
    var ids = trace.customdata, out = {}, step = trace.mode === 'lines' ? 3 : 1;
    if (!ids) { return null; }
    ['x', 'y', 'customdata', 'hovertext', 'text'].forEach(function (k) {
      if (Array.isArray(trace[k])) { out[k] = []; }
    });
    var marker = trace.marker || {}, arrays = {};
    ['size', 'opacity', 'color'].forEach(function (k) {
      if (Array.isArray(marker[k])) { arrays[k] = []; }
    });
    for (var i = 0; i < ids.length; i += step) {
      var id = ids[i];
      if (typeof id === 'string' && byId[id] && !kept[id]) { continue; }
      for (var j = i; j < i + step && j < ids.length; j++) {
        Object.keys(out).forEach(function (k) { out[k].push(trace[k][j]); });
        Object.keys(arrays).forEach(function (k) { arrays[k].push(marker[k][j]); });
      }
    }
    var update = {};
    Object.keys(out).forEach(function (k) { update[k] = [out[k]]; });
    Object.keys(arrays).forEach(function (k) { update['marker.' + k] = [arrays[k]]; });
    return update;
  }
  function filter() {
    var q = document.getElementById('search').value.trim().toLowerCase(), kept = {}, n = 0;
    data.events.forEach(function (e) {
      var hay = [e.headline].concat(e.actors, e.sources.map(function (s) { return s.evidence; }))
        .join(' ').toLowerCase();
      if (!q || hay.indexOf(q) >= 0) { kept[e.id] = true; n += 1; }
    });
    Array.prototype.forEach.call(list.children, function (li) {
      li.hidden = !kept[li.getAttribute('data-event-id')];
    });
    count.textContent = n + ' of ' + data.events.length + ' events';
    originals.forEach(function (t, i) {
      var update = keep(t, kept);
      if (update) { Plotly.restyle(graph, update, [i]); }
    });
  }
  document.getElementById('search').addEventListener('input', filter);
  count.textContent = data.events.length + ' of ' + data.events.length + ' events';
})();
