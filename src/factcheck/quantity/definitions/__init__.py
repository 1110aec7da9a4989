"""The words and patterns of each language the reader knows, one module per language.

Adding a form (a hedge word, a measure word, a label that is not a figure) is a change to these tables plus a
test vector; the reader's code only says how the tables are used.
"""
