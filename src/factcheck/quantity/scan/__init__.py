"""The reader's scanner, one module per section of the quantity spec (docs/quantities.md).

Each module holds one layer of the scanner class and extends the layer before it, in this order: ``spans``
(a number's span and precision, the scan's state), ``signs``, ``units`` (units and kinds), ``nonfigures``,
``fractions`` (fractions, shares, ratios), ``ranges``, ``hedges`` (hedges and bounds around a number),
``arabic``, ``chinese`` and ``english`` (numbers in digits, in Chinese numerals, in English words).
``quantity/reader.py`` completes the class with the scan loop and holds the public API.
"""
