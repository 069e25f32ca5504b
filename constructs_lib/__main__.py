from .runtime.entrypoint import run

run()
