// Charts for the funds and flows page, drawn with Chart.js from the JSON each chart's <script type="application/json">
// carries. The tables beside the charts hold the same figures for readers without JavaScript.
(function () {
  'use strict';
  if (!window.Chart) return;
  var palette = ['#1d4e89', '#e07a1f', '#2a9d8f', '#8d5a97', '#c44536', '#6c757d', '#f4a261', '#264653'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source) return;
    var data = JSON.parse(source.textContent);
    var fmt = new Intl.NumberFormat(data.locale || undefined, { maximumFractionDigits: 0 });
    var datasets = data.series.map(function (s, i) {
      return {
        type: s.line ? 'line' : 'bar',
        label: s.label,
        data: s.values,
        backgroundColor: palette[i % palette.length],
        borderColor: palette[i % palette.length],
        spanGaps: true,
        stack: s.line ? 'target' : 'amounts',
        order: s.line ? 0 : 1
      };
    });
    new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        animation: false,
        scales: {
          x: { stacked: !!data.stacked },
          y: { stacked: !!data.stacked, beginAtZero: true, ticks: { callback: function (v) { return fmt.format(v); } } }
        },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + fmt.format(c.parsed.y); } } } }
      }
    });
  });
})();
