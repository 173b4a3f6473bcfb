"""Reports and exports: what the database knows, written out for people and programs.

* :mod:`dataset` loads the selected claims with everything around them;
* :mod:`export_jsonl` (format in :mod:`jsonl_format`): the complete round-trip format,
  read back by :mod:`tracker.store.import_jsonl` (the write side);
* :mod:`export_csv`, :mod:`claimreview` (schema.org JSON-LD), :mod:`prov` (W3C
  PROV-O JSON-LD);
* :mod:`html` with :mod:`timeline` and :mod:`charts`: the self-contained HTML report.

docs/reporting.md describes the formats for their readers.
"""

from tracker.errors import TrackerError


class OutputError(TrackerError):
    """A report or export cannot be written where it was asked to go."""
