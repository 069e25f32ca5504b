"""The typed classes ``cdk8s import`` generates from the upstream CRDs, as ``constructs_lib.imports.io...``.

They are written (``make imports``, scripts/gen_imports.py) into the folder ``imports/`` at the top
of the repository, where ``cdk8s import`` puts them, and never edited by hand. The library reaches
them only through this package: the top-level name ``imports`` belongs to the cdk8s app that
installs the library (every app has its own ``imports/``), and jsii must see the generated
classes under one module name only, or it registers their types twice.

* In a wheel, setuptools installs the repository's ``imports/io`` here as ``io``
  (``package-dir`` in pyproject.toml).
* In a checkout, and so in an editable install, no ``io`` sits beside this file: the package's
  path then also holds the repository's ``imports/``.
"""
import os

_here = os.path.dirname(os.path.realpath(__file__))
if not os.path.isdir(os.path.join(_here, "io")):
    __path__.append(os.path.join(os.path.dirname(os.path.dirname(_here)), "imports"))
del _here
