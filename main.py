"""The cdk8s app (``cdk8s synth`` runs it): every clusters/NAME.yaml into dist/NAME.k8s.yaml."""
import sys

from constructs_lib.commands import main
from constructs_lib.runtime.entrypoint import run

if __name__ == "__main__":
    run(main, ["synth", *sys.argv[1:]])
