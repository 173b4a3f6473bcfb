"""The fact rules moved to :mod:`tracker.fact_rules`, below both the write and the read side.

This name stays for ``tracker/store/`` (being reworked separately) until it imports
``tracker.fact_rules``; nothing else uses it.
"""

from tracker.fact_rules import Entry as Entry
from tracker.fact_rules import RelationEntry as RelationEntry
from tracker.fact_rules import Summary as Summary
from tracker.fact_rules import label_for as label_for
from tracker.fact_rules import pending_figures as pending_figures
from tracker.fact_rules import summarise as summarise
