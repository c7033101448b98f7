"""Score the pipeline against gold facts: per field precision, recall and F1, and the misses.

For each input the pipeline runs as ``export`` would (no file written), the release graph is
loaded into an in-memory Oxigraph store, and the shipped competency queries
(``queries/*.rq``) are asked of it. Their rows are the system's answer; the gold JSON
(``tests/fixtures/corpus/README.md`` describes it) is the expected one. So the score
measures what a user of the graph can actually get out of it, through the same queries.

The steps:

1. group query rows by meeting (:func:`build_system`);
2. pair system meetings with gold meetings of the same release, one to one, maximising
   a similarity of date, body, place, chairs, participants, agenda and visits
   (:func:`align_meetings`);
3. count true positives, false positives and false negatives per field
   (:func:`score_release`), noting every miss;
4. sum the counts over the corpus and per group of inputs (:class:`Report`), and compare
   the F1 scores with the targets in ``data/evaluation-targets.json``.

Names are compared after :func:`normalise_name` (case, whitespace, punctuation, a leading
"the", "&" = "and", "/" and "-" = space); nothing is fuzzy. A field the graph cannot
express yet, or a query that is not shipped, scores its gold facts as misses.

The modules, each reading only those above it: ``fields`` (field names, normalising, counts),
``system`` (query rows grouped by meeting), ``matching`` (pairing items and meetings),
``scoring`` (one release), ``running`` (the pipeline and the queries), ``report`` (targets,
table, JSON) and ``records`` (a records file of real releases). ``pressgraph.evaluate`` keeps
the public names at their old place.
"""

from __future__ import annotations

