#!/usr/bin/env python3
"""Fills packaging-demo/README.md from README.template.md and the transcripts of transcript.sh and
python-story.sh: every {{name}} is replaced by the block that follows "### name" in a transcript.

    packaging-demo/scripts/transcript.sh /tmp/cases > /tmp/transcript.txt
    packaging-demo/scripts/python-story.sh /tmp/pystory > /tmp/python.txt
    packaging-demo/scripts/fill-readme.py /tmp/transcript.txt /tmp/python.txt "TIMING SENTENCE"
"""
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent
text = (here / "README.template.md").read_text(encoding="utf-8")
for transcript in sys.argv[1:3]:
    parts = re.split(r"^### (\S+)\n", pathlib.Path(transcript).read_text(encoding="utf-8"), flags=re.M)
    for name, body in zip(parts[1::2], parts[2::2]):
        body = re.sub(r"\nfixtures in \S+\n?$", "", body.rstrip("\n"))
        body = "\n".join(l for l in body.split("\n") if not l.startswith("\tat "))  # stack traces: first lines only
        text = text.replace("{{" + name + "}}", body.strip("\n"))
if len(sys.argv) > 3:
    text = text.replace("{{timing}}", sys.argv[3])
left = re.findall(r"\{\{[^}]+\}\}", text)
if left:
    sys.exit(f"unfilled: {left}")
(here.parent / "README.md").write_text(text, encoding="utf-8")
