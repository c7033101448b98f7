"""pressgraph: government press releases to a validated linked-open-data graph.

The pipeline runs one way, one module per stage::

    reader -> parse -> extract -> resolve -> mapper -> validate -> serialize / sinks

Plain frozen dataclasses (``pressgraph.model``) travel between the stages; RDF terms
appear only in ``mapper`` (and the data files under ``ontology/`` and ``shapes/``).
"""

__version__ = "0.1.0"
