"""The write side: the only code that stores what tracker decides.

``tracker.match`` decides (pure functions over claim views); the modules here load
those views from the database, call the decisions and write their results: facts
and their history (:mod:`tracker.store.facts`), links between claims
(:mod:`tracker.store.linking`) and re-matching (:mod:`tracker.store.rematch`).
"""
