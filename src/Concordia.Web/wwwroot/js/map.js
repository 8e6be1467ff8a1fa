// Members of a mechanism on a Leaflet map. Country shapes come from world-atlas (TopoJSON, ISO 3166 numeric ids)
// served by the portal itself; there is no tile server, so the map works offline.
(function () {
  'use strict';
  var el = document.getElementById('member-map');
  if (!el || !window.L || !window.topojson) return;
  var members = (el.dataset.members || '').split(' ').filter(Boolean);
  var names = (el.dataset.names || '').split('|');

  Promise.all([
    fetch('/lib/world-atlas/countries-50m.json').then(function (r) { return r.json(); }),
    fetch('/data/iso-3166-numeric.json').then(function (r) { return r.json(); })
  ]).then(function (loaded) {
    var world = loaded[0], numeric = loaded[1];
    var wanted = {};
    members.forEach(function (code, i) { if (numeric[code]) wanted[numeric[code]] = names[i] || code; });
    var countries = topojson.feature(world, world.objects.countries);
    el.classList.add('ready');
    var map = L.map(el, { attributionControl: false, worldCopyJump: true, zoomSnap: 0.25 });
    L.geoJSON(countries, {
      style: function (f) {
        var on = Object.prototype.hasOwnProperty.call(wanted, f.id);
        return { color: on ? '#1d4e89' : '#b8c2cc', weight: on ? 1.2 : 0.5, fillColor: on ? '#3a7bd5' : '#eef1f4', fillOpacity: on ? 0.75 : 1 };
      }
    }).addTo(map);
    var highlighted = L.geoJSON({
      type: 'FeatureCollection',
      features: countries.features.filter(function (f) { return Object.prototype.hasOwnProperty.call(wanted, f.id); })
    }, {
      style: { opacity: 0, fillOpacity: 0 },
      onEachFeature: function (f, layer) { layer.bindTooltip(wanted[f.id]); }
    }).addTo(map);
    var bounds = highlighted.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] }); else map.setView([15, 105], 3);
  }).catch(function () { el.classList.add('failed'); });
})();
