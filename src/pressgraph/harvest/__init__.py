"""The harvester: from the Government's public archive of press releases to files that
``pressgraph export --manifest`` and ``pressgraph load --manifest`` read.

One module per concern, data flowing one way:

* :mod:`~pressgraph.harvest.plan` -- which days (a range, ``--since-last``, a shard);
* :mod:`~pressgraph.harvest.sources` -- where each language's indexes and releases are
  (``data/sources.toml``);
* :mod:`~pressgraph.harvest.fetch` -- polite HTTP (robots.txt, delay, retries, conditional
  requests, redirects);
* :mod:`~pressgraph.harvest.index` -- an index page -> the releases it links to;
* :mod:`~pressgraph.harvest.store` -- the folder: raw pages, the manifest, the fetch log,
  written so that a kill leaves nothing half-written;
* :mod:`~pressgraph.harvest.run` -- the loop that ties them together.
"""
