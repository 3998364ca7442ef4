/*
 * Waiting-room calling display: polls the public JSON endpoint every second (plain fetch, no Faces postbacks) and
 * shows the latest call, the last call per desk, the last calls and the number waiting per service. A new call is
 * announced with a short chime and speech in the page's language where the browser allows it.
 */
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board) {
    return;
  }
  var api = board.getAttribute('data-api');
  var lang = board.getAttribute('data-lang');
  var speechTemplate = board.getAttribute('data-speech');
  var labels = {};
  Array.prototype.forEach.call(document.querySelectorAll('#labels li'), function (li) {
    labels[li.getAttribute('data-service')] = li.textContent;
  });
  var lastKey = null;
  var busy = false;

  function el(id) {
    return document.getElementById(id);
  }

  function li(className, parts) {
    var item = document.createElement('li');
    item.className = className || '';
    parts.forEach(function (p) {
      var span = document.createElement('span');
      span.className = p[0];
      span.textContent = p[1] == null ? '' : p[1];
      item.appendChild(span);
    });
    return item;
  }

  function replace(list, items) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    items.forEach(function (i) { list.appendChild(i); });
  }

  function announce(call) {
    try {
      var AudioContext = window.AudioContext || window.webkitAudioContext;
      if (AudioContext) {
        var ctx = new AudioContext();
        [0, 0.35].forEach(function (offset, i) {
          var osc = ctx.createOscillator();
          var gain = ctx.createGain();
          osc.frequency.value = i === 0 ? 880 : 660;
          gain.gain.value = 0.15;
          osc.connect(gain);
          gain.connect(ctx.destination);
          osc.start(ctx.currentTime + offset);
          osc.stop(ctx.currentTime + offset + 0.3);
        });
      }
    } catch (e) { /* no sound: the display still shows the call */ }
    try {
      if ('speechSynthesis' in window && window.SpeechSynthesisUtterance) {
        var spoken = call.number.replace('-', ' ').replace(/ 0+(\d)/, ' $1');
        var text = speechTemplate.replace('{0}', spoken).replace('{1}', call.desk);
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(utterance);
      }
    } catch (e) { /* no speech */ }
  }

  function render(data) {
    el('clock').textContent = new Intl.DateTimeFormat('id-ID', {
      hour: '2-digit', minute: '2-digit', hour12: false,
      timeZone: board.getAttribute('data-zone') || undefined
    }).format(new Date(data.now)).replace(':', '.');
    el('zone').textContent = data.zone;
    var latest = data.latest;
    el('latestNone').hidden = !!latest;
    el('latestNumber').textContent = latest ? latest.number : '—';
    el('latestDesk').textContent = latest ? latest.desk : '';
    el('latestService').textContent = latest ? (labels[latest.service] || '') : '';
    el('latest').classList.toggle('empty', !latest);
    var key = latest ? latest.seq + ':' + latest.number : null;
    if (lastKey !== null && key !== null && key !== lastKey) {
      el('latest').classList.remove('flash');
      void el('latest').offsetWidth;
      el('latest').classList.add('flash');
      announce(latest);
    }
    lastKey = key === null ? '' : key;
    replace(el('desks'), data.desks.map(function (d) {
      return li(d.serving ? 'serving' : '', [['desk', d.desk], ['number', d.number || '—'],
        ['time', d.number ? d.time + (d.serving ? ' · ' + labels.SERVING : '') : '']]);
    }));
    replace(el('recent'), data.recent.slice(0, 4).map(function (c) {
      return li('', [['number', c.number], ['desk', c.desk], ['time', c.time]]);
    }));
    data.waiting.forEach(function (w) {
      var count = el('waiting-' + w.service);
      if (count) {
        count.textContent = String(w.count);
      }
    });
  }

  function poll() {
    if (busy) {
      return;
    }
    busy = true;
    fetch(api, { cache: 'no-store', headers: { 'Accept': 'application/json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (data) {
        el('offline').hidden = true;
        render(data);
      })
      .catch(function () {
        el('offline').hidden = false;
      })
      .then(function () {
        busy = false;
      });
  }

  poll();
  setInterval(poll, 1000);
}());
