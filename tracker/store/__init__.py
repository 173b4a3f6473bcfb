"""The write side: the only code that writes rows (``tests/test_layers.py`` checks it).

* :mod:`tracker.store.ingest`: the ingest service, read -> extract -> match -> store, a
  savepoint per article in one transaction per group of articles;
  :mod:`tracker.store.collection`: claim collections in batches;
  :mod:`tracker.store.claims`, :mod:`tracker.store.claimants`,
  :mod:`tracker.store.verdicts`: the rows of an article's claims, who made them, and
  fact-checkers' verdicts;
* :mod:`tracker.store.review`: people's decisions on links, stored as events;
  :mod:`tracker.store.import_jsonl`: ``tracker import`` of a jsonl export;
* ``tracker.match`` decides (pure functions over claim views); the modules here load
  those views from the database (:mod:`tracker.store.claim_views`), call the decisions
  and write their results: facts and their history (:mod:`tracker.store.facts`), links
  between claims (:mod:`tracker.store.linking`) and re-matching
  (:mod:`tracker.store.rematch`);
* the rows of the claim indexes (:mod:`tracker.store.index`) and the claim embeddings
  (:mod:`tracker.store.vectors`), and the reads behind ``tracker match``
  (:mod:`tracker.store.retrieval`: the candidates that :mod:`tracker.match.retrieval`
  ranks; only reads).
"""
