// Keeps a section summary's numbers live: the page asks for its summary every five seconds.
(function () {
  const main = document.querySelector('main[data-summary]');
  if (!main) return;
  async function refresh() {
    try {
      const response = await fetch(main.dataset.summary, {headers: {Accept: 'application/json'}});
      if (!response.ok) return;
      const summary = await response.json();
      document.getElementById('total').textContent = summary.total;
      document.querySelectorAll('#by-sentiment li').forEach((item) => {
        const count = summary.bySentiment[item.dataset.sentiment] || 0;
        const percent = summary.total === 0 ? 0 : Math.round(100 * count / summary.total);
        item.querySelector('.count').textContent = count;
        item.querySelector('.percent').textContent = percent;
        item.querySelector('.bar').style.width = (percent * 3) + 'px';
      });
    } catch (ignored) {
      // The next poll tries again.
    }
  }
  setInterval(refresh, 5000);
})();
