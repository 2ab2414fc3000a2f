#!/usr/bin/env bash
# Reproduces the README's Python transcripts: the blog's test_module, then the coding-line and C-locale checks.
#   packaging-demo/scripts/python-story.sh [WORK]      (needs python3 and iconv; run with python3 = CPython 3.11)
set -u
work="${1:-$(mktemp -d)}"
mkdir -p "$work/py/test_module" && cd "$work/py"
: > test_module/__init__.py
printf 'def sample():\n    return "sample() of test_module/sample.py"\n' > test_module/sample.py
printf '# -*- coding: utf-8 -*-\nfrom sample import sample\n\nprint(sample())\n' > test_module/begin.py
echo "### python"
echo '$ cd test_module && python3 begin.py'; (cd test_module && python3 begin.py 2>&1)
echo; echo '$ python3 -m test_module.begin        # from the parent folder'; python3 -m test_module.begin 2>&1 | tail -3
echo; echo '$ sed -i "s/from sample/from .sample/" test_module/begin.py && python3 -m test_module.begin'
sed -i "s/from sample/from .sample/" test_module/begin.py && python3 -m test_module.begin 2>&1
cd "$work"
printf '# 日本語のコメント\nprint("こんにちは")\n' | iconv -f UTF-8 -t SHIFT_JIS > sj.py
{ printf '# -*- coding: shift_jis -*-\n'; cat sj.py; } > sj2.py
printf 'print("日本語")\n' > u.py
echo "### python2"
echo '$ python3 sj.py'; python3 sj.py 2>&1 | tail -1
echo; echo '$ python3 sj2.py        # sj.py with "# -*- coding: shift_jis -*-" as a first line'; python3 sj2.py
echo; echo '$ LANG=C LC_ALL=C PYTHONCOERCECLOCALE=0 PYTHONUTF8=0 python3 u.py'
PYTHONCOERCECLOCALE=0 PYTHONUTF8=0 LANG=C LC_ALL=C python3 u.py 2>&1 | tail -1
