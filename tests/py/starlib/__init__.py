# Helper package of tests/py/501_import_star.py and 509_class_module_repr.py.
