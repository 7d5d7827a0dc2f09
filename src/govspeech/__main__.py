"""``python -m govspeech`` runs the command line."""

import sys

from govspeech.cli import main

sys.exit(main())
