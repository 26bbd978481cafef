# Helper package of uncaught_module_exception.py.
