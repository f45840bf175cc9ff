"""`python -m aiorthanc ...`: the `aiorthanc` command line."""

import sys

from aiorthanc._cli import main

sys.exit(main())
