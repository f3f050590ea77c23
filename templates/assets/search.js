/*
 * Dozaban search: runs the query of the search page against the static index under search/.
 * The index files are scripts calling window.dozabanSearch, so they load from any static host and
 * from file://. Normalization follows the tables of the manifest, written by the build from
 * org.dozaban.search.SearchText and Stemmer; a browser test checks that both give the same terms.
 */
(function () {
  'use strict';

  var ZWNJ = '\u200c';
  var WORD = /[\p{L}\p{M}\p{N}]/u;
  var MAX_RESULTS = 20;
  var MIN_PREFIX = 3;
  var MAX_PREFIX_SHARDS = 2;
  var SNIPPET = 220;
  /* how much of the snippet comes before its first marked word */
  var LEAD = 50;

  var manifest = null;
  var shards = {};
  var recent = {};
  var docs = {};
  var texts = {};
  var inflated = {};
  var folded = new Map();
  var loading = {};

  var api = window.dozabanSearch = {
    manifest: function (m) { manifest = m; },
    shard: function (key, terms) { shards[key] = terms; },
    recent: function (group, terms) { recent[group] = terms; },
    docs: function (n, rows) { docs[n] = rows; },
    text: function (n, text) { texts[n] = text; },
    fold: fold,
    terms: function (query) { return queryWords(query).map(stem).filter(longEnough); },
    loaded: function () { return Object.keys(loading); }
  };

  function fold(text) {
    var out = '';
    for (var ch of text.normalize('NFKD').toLowerCase()) {
      var m = manifest.folds[ch];
      out += m === undefined ? ch : m;
    }
    return out;
  }

  /* Words of a text, folded, each with its ZWNJ-separated parts joined. */
  function words(text) {
    var out = [], parts = [], current = '';
    function end() {
      if (current) { parts.push(current); }
      current = '';
      if (parts.length) { out.push(parts.join('')); }
      parts = [];
    }
    for (var ch of fold(text)) {
      if (WORD.test(ch)) {
        current += ch;
      } else if (ch === ZWNJ && current) {
        parts.push(current);
        current = '';
      } else if (ch !== ZWNJ || !parts.length) {
        end();
      }
    }
    end();
    return out;
  }

  function joins(left, right) {
    return manifest.prefixes.indexOf(left) >= 0 || manifest.suffixes.indexOf(right) >= 0;
  }

  function queryWords(query) {
    var w = words(query), out = [];
    for (var i = 0; i < w.length; i++) {
      var joined = w[i];
      while (i + 1 < w.length && joins(w[i], w[i + 1])) {
        joined += w[++i];
      }
      out.push(joined);
    }
    return out;
  }

  function stem(word) {
    if (!/^[a-z]*$/.test(word)) { return word; }
    manifest.stem.forEach(function (step) {
      for (var i = 0; i < step.length; i++) {
        var r = step[i];
        var applies = word.endsWith(r[0]) && word.length - r[0].length >= r[2]
          && r[3].every(function (u) { return !word.endsWith(u); });
        if (applies) {
          word = word.slice(0, word.length - r[0].length) + r[1];
          if (r[4]) { word = undouble(word); }
          break;
        }
      }
    });
    return word;
  }

  function undouble(s) {
    var n = s.length;
    if (n >= 2 && s[n - 1] === s[n - 2] && 'aeiouylsz'.indexOf(s[n - 1]) < 0) { return s.slice(0, n - 1); }
    return s;
  }

  function longEnough(term) { return Array.from(term).length >= manifest.minTerm; }

  /* Loading the index files. */

  function load(root, path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = root + path;
        script.onload = resolve;
        script.onerror = function () { delete loading[path]; reject(new Error('cannot load ' + path)); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  function shardKey(term) {
    var best = null;
    manifest.shards.forEach(function (key) {
      if (term.startsWith(key) && (best === null || key.length > best.length)) { best = key; }
    });
    return best;
  }

  function shardFile(key) {
    return 'search/terms/' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-') + '.js';
  }

  /*
   * A large index keeps the terms of its latest documents apart from the shards, in groups by shard key:
   * manifest.recent says at which key (by its number among manifest.shards) each group begins. A term is in
   * the group of its shard key, the last that begins at or before it; one with no key in one more group
   * (org.dozaban.search.SearchFiles.recentGroups). Adds the group of shard key `key` to `groups`.
   */
  function addRecent(groups, key) {
    var starts = manifest.recent;
    if (!starts || !starts.length) { return; }
    var group = starts.length;
    if (key !== null && key !== undefined) {
      var i = manifest.shards.indexOf(key);
      group = 0;
      while (group + 1 < starts.length && starts[group + 1] <= i) { group++; }
    }
    if (groups.indexOf(group) < 0) { groups.push(group); }
  }

  function recentFile(group) { return 'search/recent/' + group + '.js'; }

  /* A query: each term with the shards it needs; the last word, while typed, also as a prefix. */
  function plan(query) {
    var raw = queryWords(query);
    var groups = [];
    raw.forEach(function (word, i) {
      var term = stem(word);
      var prefix = i === raw.length - 1 && !/\s$/.test(query) && Array.from(word).length >= MIN_PREFIX ? word : null;
      if (!longEnough(term) && !prefix) { return; }
      var keys = [], recentGroups = [];
      [term, prefix].forEach(function (t) {
        if (!t) { return; }
        var key = shardKey(t);
        if (key !== null && keys.indexOf(key) < 0) { keys.push(key); }
        addRecent(recentGroups, key);
      });
      if (prefix) {
        var longer = manifest.shards.filter(function (k) { return k.length > prefix.length && k.startsWith(prefix); });
        if (longer.length <= MAX_PREFIX_SHARDS) {
          keys = keys.concat(longer);
          longer.forEach(function (k) { addRecent(recentGroups, k); });
        } else {
          prefix = null;
        }
      }
      groups.push({ term: term, prefix: prefix, keys: keys, recent: recentGroups });
    });
    return groups;
  }

  function postings(list, into) {
    var id = 0;
    for (var i = 0; i < list.length; i += 2) {
      id += list[i];
      into.set(id, Math.max(into.get(id) || 0, list[i + 1]));
    }
  }

  /* Documents matching every group, best first: scores weighted by rarity, then the newer first. */
  function rank(groups) {
    var total = null;
    groups.forEach(function (group) {
      var found = new Map();
      /* the shards' documents, then the latest: each document is in one of them */
      var sources = group.keys.map(function (key) { return shards[key] || {}; })
        .concat(group.recent.map(function (g) { return recent[g] || {}; }));
      sources.forEach(function (terms) {
        if (terms[group.term]) { postings(terms[group.term], found); }
        if (group.prefix) {
          Object.keys(terms).forEach(function (t) {
            if (t !== group.term && t.startsWith(group.prefix)) { postings(terms[t], found); }
          });
        }
      });
      var weight = Math.log(1 + manifest.documents / Math.max(1, found.size));
      var next = new Map();
      found.forEach(function (score, id) {
        if (total === null || total.has(id)) { next.set(id, (total === null ? 0 : total.get(id)) + score * weight); }
      });
      total = next;
    });
    var ranked = Array.from(total || new Map());
    /* documents are numbered oldest first: on equal scores the newer comes first */
    ranked.sort(function (a, b) { return b[1] - a[1] || b[0] - a[0]; });
    return ranked.map(function (entry) { return entry[0]; });
  }

  function doc(id) {
    var row = docs[Math.floor(id / manifest.chunk)][id % manifest.chunk];
    return { path: row[0], lang: row[1], title: row[2], iso: row[3], dates: row[4] };
  }

  function textFile(id) { return 'search/text/' + id + '.js'; }

  /*
   * A document's text, stored as raw DEFLATE in Base64 (org.dozaban.search.SnippetText), inflated once;
   * without DecompressionStream (older browsers) results have no snippet.
   */
  function inflate(id) {
    if (inflated[id] !== undefined || texts[id] === undefined || !window.DecompressionStream) {
      return Promise.resolve();
    }
    var bytes = Uint8Array.from(atob(texts[id]), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text().then(function (text) {
      inflated[id] = text;
      delete texts[id];
    });
  }

  /* Snippets. */

  /* One character through fold(), remembered: a text's snippet folds thousands of them. */
  function foldChar(ch) {
    var f = folded.get(ch);
    if (f === undefined) {
      f = fold(ch);
      folded.set(ch, { text: f, word: f !== '' && Array.from(f).every(function (c) { return WORD.test(c); }) });
      f = folded.get(ch);
    }
    return f;
  }

  /* Words of the original text with their offsets and folded forms, for marking matches. */
  function spans(text) {
    var out = [], current = null, offset = 0;
    for (var ch of text) {
      var f = foldChar(ch);
      if (f.word || (f.text === '' && current && ch !== ZWNJ)) {
        if (!current) { current = { start: offset, parts: [''] }; }
        current.parts[current.parts.length - 1] += f.text;
        current.end = offset + ch.length;
      } else if (ch === ZWNJ && current) {
        current.parts.push('');
      } else if (current) {
        out.push(current);
        current = null;
      }
      offset += ch.length;
    }
    if (current) { out.push(current); }
    return out;
  }

  /* The groups a word of the text matches, by index: joined, or by one of its ZWNJ-separated parts. */
  function matching(span, groups) {
    var parts = span.parts.filter(Boolean);
    var forms = [parts.join('')].concat(parts.length > 1 ? parts : []);
    var out = [];
    groups.forEach(function (g, i) {
      var stemmed = g.term.slice(0, -1);
      var hit = forms.some(function (f) {
        /* a stem is the word or the word less a suffix, with at most its last letter replaced */
        return (f.startsWith(stemmed) && stem(f) === g.term) || (g.prefix && f.startsWith(g.prefix));
      });
      if (hit) { out.push(i); }
    });
    return out;
  }

  /*
   * Where the snippet starts: at the matched word whose window of text holds the most of the query's
   * different words, the earliest of equals; the text's opening when nothing matches.
   */
  function anchor(found) {
    var best = null, bestCount = 0;
    found.forEach(function (s, i) {
      var seen = {};
      for (var j = i; j < found.length && found[j].end <= s.start + SNIPPET - LEAD; j++) {
        found[j].groups.forEach(function (g) { seen[g] = true; });
      }
      var count = Object.keys(seen).length;
      if (count > bestCount) { best = s; bestCount = count; }
    });
    return best;
  }

  function direction(text) {
    var arabic = (text.match(/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g) || []).length;
    var latin = (text.match(/[A-Za-z\u00c0-\u024f]/g) || []).length;
    return arabic > latin ? 'rtl' : 'ltr';
  }

  function snippet(text, groups) {
    var found = spans(text).filter(function (s) {
      s.groups = matching(s, groups);
      return s.groups.length > 0;
    });
    var first = anchor(found);
    var start = 0;
    if (first && first.start > LEAD) {
      start = text.lastIndexOf(' ', first.start - LEAD) + 1;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) { end = Math.max(text.lastIndexOf(' ', end), first ? first.end : 0); }
    var p = document.createElement('p');
    p.className = 'entry__summary search__snippet';
    var shown = text.slice(start, end);
    p.dir = direction(shown);
    if (start > 0) { p.append('… '); }
    var at = start;
    found.forEach(function (s) {
      if (s.start < at || s.end > end) { return; }
      p.append(text.slice(at, s.start));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s.start, s.end);
      p.append(mark);
      at = s.end;
    });
    p.append(text.slice(at, end));
    if (end < text.length) { p.append(' …'); }
    return p;
  }

  /* The page. */

  function start(box) {
    var messages = JSON.parse(box.dataset.messages);
    var root = box.dataset.root;
    var form = box.querySelector('form');
    var input = box.querySelector('input[name=q]');
    var status = box.querySelector('.search__status');
    var list = box.querySelector('.search__results');
    var pageDir = document.documentElement.dir;
    var latest = 0;

    function digits(n) {
      return String(n).replace(/[0-9]/g, function (d) { return messages.digits[d]; });
    }

    function announce(key, count, query) {
      status.textContent = '';
      var text = messages[key].replace('{n}', digits(count)).split('{q}');
      status.append(text[0]);
      if (text.length > 1) {
        var bdi = document.createElement('bdi');
        bdi.textContent = query.trim();
        status.append(bdi, text[1]);
      }
    }

    function result(d, groups) {
      var li = document.createElement('li');
      var foreign = d.lang !== messages.lang;
      li.className = 'entry search__result' + (foreign ? ' entry--foreign' : '');
      li.lang = d.lang;
      li.dir = d.lang === 'fa' ? 'rtl' : 'ltr';
      var h2 = document.createElement('h2');
      h2.className = 'entry__title';
      var a = document.createElement('a');
      a.href = root + d.path + 'index.html';
      a.textContent = d.title;
      a.dir = 'auto';
      h2.append(a);
      var meta = document.createElement('p');
      meta.className = 'entry__meta';
      meta.lang = messages.lang;
      meta.dir = pageDir;
      if (foreign) {
        var language = document.createElement('span');
        language.className = 'entry__language';
        language.textContent = messages.languages[d.lang] || d.lang;
        meta.append(language, ' ');
      }
      var date = document.createElement(d.iso ? 'time' : 'span');
      if (d.iso) { date.dateTime = d.iso; }
      date.textContent = d.iso ? d.dates[manifest.languages.indexOf(messages.lang)] : messages.undated;
      meta.append(date);
      li.append(h2, meta);
      return li;
    }

    /*
     * The results at once, then each one's snippet as its text arrives; the list is aria-busy until every
     * snippet is in. A result whose text cannot be loaded keeps no snippet.
     */
    function show(query, ids, groups, ticket) {
      list.textContent = '';
      list.setAttribute('aria-busy', 'true');
      var snippets = ids.slice(0, MAX_RESULTS).map(function (id) {
        var li = result(doc(id), groups);
        list.append(li);
        return load(root, textFile(id)).then(function () { return inflate(id); }).then(function () {
          if (ticket === latest && inflated[id]) { li.append(snippet(inflated[id], groups)); }
        }).catch(function () { return null; });
      });
      announce(ids.length === 0 ? 'none' : ids.length === 1 ? 'one' : 'many', ids.length, query);
      Promise.all(snippets).then(function () {
        if (ticket === latest) { list.removeAttribute('aria-busy'); }
      });
    }

    function run(query) {
      var ticket = ++latest;
      load(root, box.dataset.index).then(function () {
        var groups = plan(query);
        if (!groups.length) {
          list.textContent = '';
          list.removeAttribute('aria-busy');
          status.textContent = query.trim() ? messages.short : '';
          return null;
        }
        var files = [];
        groups.forEach(function (g) {
          files = files.concat(g.keys.map(shardFile), g.recent.map(recentFile));
        });
        return Promise.all(files.map(function (f) { return load(root, f); })).then(function () {
          var ids = rank(groups);
          var chunks = {};
          ids.slice(0, MAX_RESULTS).forEach(function (id) {
            chunks[Math.floor(id / manifest.chunk)] = true;
            /* the texts load beside the rows; show() waits for each one when it adds the snippets */
            load(root, textFile(id)).catch(function () { return null; });
          });
          return Promise.all(Object.keys(chunks).map(function (n) { return load(root, 'search/docs/' + n + '.js'); }))
            .then(function () {
              if (ticket === latest) { show(query, ids, groups, ticket); }
            });
        });
      }).catch(function () {
        if (ticket === latest) {
          list.removeAttribute('aria-busy');
          status.textContent = messages.failed;
        }
      });
    }

    input.addEventListener('input', function () { run(input.value); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run(input.value);
      try {
        history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
      } catch (e) {
        /* some browsers refuse to change file:// addresses; the results are shown anyway */
      }
    });
    var initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      run(initial);
    }
    api.ready = load(root, box.dataset.index);
  }

  var box = document.querySelector('.search');
  if (box) { start(box); }
}());
