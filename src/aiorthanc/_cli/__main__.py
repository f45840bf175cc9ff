"""`python -m aiorthanc._cli`: the command line."""

import sys

from aiorthanc._cli import main

sys.exit(main())
