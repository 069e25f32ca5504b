"""How the commands run: as a process (:mod:`.entrypoint`), on several CPUs (:mod:`.workers`,
:mod:`.forked_workers`, :mod:`.serve`), and faster through jsii (:mod:`.jsii_fastpath`,
:mod:`.manifest_text`).

Nothing here changes what is built: the constructs know nothing of this layer, and where it
speeds them up it is put in place from outside (the commands call it). Library users who import
the constructs keep stock jsii.
"""
