from .entrypoint import run

run()
