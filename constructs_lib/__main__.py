from .commands import main
from .runtime.entrypoint import run

run(main)
